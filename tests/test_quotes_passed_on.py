"""Quotation speakers in shapes a sixth look at the paper's pages brought up (kg.nlp.quotations,
kg.nlp.speakers): words a speaker passes on (a quotation in single marks inside a quotation,
"`…'" on straight-quoted 1990s pages; "she said, quoting a message from …"), a speaker's name
that a clause follows with no comma ("said X as she opened the meeting"), a dateline running
straight into a quotation, a speaker described but not named ("One of them, a worker from …,
said"), and a "she" that goes on from a sentence opening with "She". The articles are made up;
the entities stage runs for real."""

from __future__ import annotations

from functools import partial

import pytest
from nlp_support import article, speakers_by_opening

from kg.model import Span
from kg.nlp.quotations.nested import inner_marks
from kg.nlp.stages import annotate

PASSED_ON = (
    'DENVER - "We will not give up this plant," said Carla Benning as she opened a rally here March 3 '
    "to support the strikers at the Midland Foods plant and their families.",
    '"She taught me to weld," said Ana Ruiz, who worked beside her. "When they cut the line, Maria Soto '
    "was the one who said, `Nobody leaves this line.' \"",
    "“We told the foreman, ‘We will not work in that heat.’ He sent us home,” said Omar Haddad, a "
    "baggage handler.",
    "“The workers’ union is ours. Ask anyone,” said Omar Haddad.",
    "The first speaker was Olena Marchuk, a nurse from Lviv. Marchuk described how miners organize aid. "
    "“The bosses take the plants. We have to fight,” she said, quoting a text from an uncle who drives "
    "a city bus.",
    "Lena Park spoke next. “We stand with them,” she said, quoting Malcolm X.",
    "Dana Brooks, a packer, spoke first. “My mother worked in that plant. She told the boss, ‘We will not "
    "be your slaves.’ He fired her,” said Brooks.",
    "“Nobody knew what to say. Then Luis Ortega stood up. He told them, ‘This union is ours.’ We all "
    "cheered,” Dana Brooks said.",
    "Rita Gomez spoke last. “Nobody here can pay that rent,” she said, citing the cost of housing.",
)

AROUND = (
    "Workers at the Delta Foods plant bought four papers. One of them, a worker born in Honduras who had "
    "lost a job at another plant, said, “This paper tells the truth.”",
    "Speakers included Marta Jonsdottir, a nurse who has chaired the meetings since May. She called for "
    "the removal of the bank's board, headed by former prime minister Karl Bergsson. “They sold us out,” "
    "she said.",
)


@pytest.fixture(scope="module")
def docs():
    return {"passed_on": annotate(article(*PASSED_ON)), "around": annotate(article(*AROUND))}


speakers = partial(speakers_by_opening, agent_kinds=True)  # agents as (kind, key)


@pytest.mark.parametrize("article_, opens, speaker", [
    ("passed_on", "We will not give up ", ["Carla Benning"]),   # DATELINE - "…," said X as she …
    ("passed_on", "When they cut the li", ["Ana Ruiz"]),        # the outer quotation goes on
    ("passed_on", "Nobody leaves this l", ["Maria Soto"]),        # X was the one who said, `…'
    ("passed_on", "We told the foreman,", ["Omar Haddad"]),
    ("passed_on", "We will not work in ", ["Omar Haddad"]),     # “we told them, ‘…’”: the outer speaker
    ("passed_on", "The workers’ union i", ["Omar Haddad"]),     # an apostrophe opens nothing
    ("passed_on", "The bosses take the ", [("unidentified", "a text from an uncle")]),
    ("passed_on", "We stand with them,", ["Malcolm X"]),        # she said, quoting X
    ("passed_on", "We will not be your ", []),                # “… She told the boss, ‘…’”: not the speaker
    ("passed_on", "This union is ours.", ["Luis Ortega"]),      # “… X stood up. He told them, ‘…’”
    ("passed_on", "Nobody here can pay ", ["Rita Gomez"]),      # citing a reason passes on nobody's words
    ("around", "This paper tells the", [("unidentified", "One of them")]),  # one of them: not the company
    ("around", "They sold us out,", ["Marta Jonsdottir"]),      # She … . “…,” she said: the same she
])
def test_speaker(docs, article_, opens, speaker):
    assert speakers(docs[article_])[opens] == speaker


def test_only_introduced_inner_quotations_are_read(docs):
    doc = docs["passed_on"]
    got = [q.content.of(doc.text) for q in doc.annotations.quotations]
    assert "Nobody leaves this line." in got and "We will not work in that heat." in got
    assert not any(g.startswith("union") or g.startswith("re staying") for g in got)
    assert [q.span.begin for q in doc.annotations.quotations] == sorted(q.span.begin
                                                                    for q in doc.annotations.quotations)


def test_inner_marks_skip_apostrophes():
    text = "“The workers’ union said, ‘We won’t go.’ It’s ours,” she said."
    got = [text[c.begin:c.end] for _m, c in inner_marks(text, Span(1, text.index("”")))]
    assert got == ["We won’t go."]


def test_a_term_in_single_marks_inside_a_quotation_is_not_a_quotation():
    doc = annotate(article("“They call it the ‘new economy’ and pay us less,” said Dale Hughes."))
    got = [q.content.of(doc.text) for q in doc.annotations.quotations]
    assert got == ["They call it the ‘new economy’ and pay us less,"]
