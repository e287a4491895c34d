"""Quotation speakers in eight more shapes (kg.nlp.quotations.quotes, kg.nlp.speakers,
kg.nlp.agents): a review's "he writes" past founders named by "by … and …", a name holding a
full stop before its apposition ("“…,” Md. X Y, a cutter, said."), an occupation before a name
with a middle initial ("said regional supervisor X T. Y."), a "she" in a paragraph about someone
unnamed, a quotation printed in single marks after "said,", a fragment after "X, who taught
him", and two unnamed subjects (one before an apposition and a first predicate, one with a long
predicate before "and told us"). The articles are made up; the entities stage runs for real."""

from __future__ import annotations

import pytest
from nlp_support import article
from nlp_support import speakers_by_opening as speakers

from kg.nlp.stages import annotate

REVIEW = (
    "Tomás Ó Ceallaigh worked as a fireman for the harbor board from 1975.",
    "Ó Ceallaigh signed up with the Dockers’ Federation, built by Peadar Mulcahy and Liam Brennan "
    "after the port strike of 1921. In 1998 he and forty stokers quit to set up a union of their "
    "own. “They said we were traitors in every pub on the quay,” he writes. “But the crews knew "
    "better.”",
)
PARTICLE = (
    "The walkout spread to a dozen plants near the port after the owners cut pay.",
    "“We kept the machines still for a week,” Md. Rafiqul Hasan Talukder, a cutter, said. “Next "
    "time we will stay out longer.”",
)
INITIAL = (
    "Inspectors fined the owners of a sawmill in Dunmore, Oregon, $2,000 after a worker lost a "
    "hand. \"We see no reason to reopen the case,\" said regional supervisor Harold T. Quimby. "
    "The owners plan to appeal.",
)
UNNAMED_SHE = (
    "Gwendolyn Marsh-Tate, a student, opened the meeting. “The college pays the deans, but it "
    "starves the cleaners,” she said.",
    "A cleaner from Lagos who moved here six years ago told the meeting her cousin works at the "
    "hospital. “Nobody is asking for charity,” she said. “We want what we are owed.”",
)
NAMED_SHE = (
    "Gwendolyn Marsh-Tate chaired the meeting.",
    "Rosa Imbert, a cleaner, spoke next. A friend of hers works at the hospital. “We want what we "
    "are owed,” she said.",
)
SINGLE = (
    "Soldiers sealed off the workers’ hostel on Tuesday. Daw Thida Kyaw Swe, whose son is a "
    "welder, said, ‘We had ten minutes to pack our things.’ The workers’ union called it "
    "a ‘punishment’ of strikers.",
)
TELLER = (
    "Ó Ceallaigh writes about the crews of the Cork ferries. He remembers a Scottish deckhand, "
    "Archie Drummond, who taught him “that no owner ever gave a stoker anything for free.”",
    "Marta Ruiz spoke next. She recalls a foreman who told her “to keep quiet and work.”",
)
SUBJECTS = (
    "Her neighbor, retired now, gave us coffee and told us, “The strike is the only way.”",
    "One old woman gave us $10 for the fund and told us, “Keep fighting for all of us.”",
    "Nadia Ferreira, a baker, smiled and told us, “We will be back tomorrow.”",
)


@pytest.fixture(scope="module")
def docs():
    """The made-up articles of this module, each read and annotated once by the real stages."""
    return {name: annotate(article(*paras)) for name, paras in {
        "review": REVIEW, "particle": PARTICLE, "initial": INITIAL, "unnamed": UNNAMED_SHE,
        "named": NAMED_SHE, "single": SINGLE, "subjects": SUBJECTS,
        "teller": TELLER}.items()}


def test_he_writes_is_the_memoirist_not_a_founder_named_after_by(docs):
    got = speakers(docs["review"])
    assert got["They said we were tr"] == ["Tomás Ó Ceallaigh"]  # not Liam Brennan, after "by … and"
    assert got["But the crews knew b"] == ["Tomás Ó Ceallaigh"]


def test_a_name_with_a_full_stop_speaks_over_its_apposition(docs):
    got = speakers(docs["particle"])
    assert got["We kept the machines"] == ["Md. Rafiqul Hasan Talukder"]
    assert got["Next time we will st"] == ["Md. Rafiqul Hasan Talukder"]


def test_an_occupation_before_a_name_with_a_middle_initial(docs):
    assert speakers(docs["initial"])["We see no reason to "] == ["Harold T. Quimby"]


def test_she_in_a_paragraph_about_someone_unnamed_is_not_the_last_paragraphs_woman(docs):
    got = speakers(docs["unnamed"], agent_kinds=True)
    assert got["The college pays the"] == ["Gwendolyn Marsh-Tate"]
    assert got["Nobody is asking for"] == [("unidentified", "A cleaner from Lagos")]
    assert got["We want what we are "] == [("unidentified", "A cleaner from Lagos")]
    # a person named in the paragraph comes first: the unnamed one is only the fallback
    assert speakers(docs["named"])["We want what we are "] == ["Rosa Imbert"]


def test_a_quotation_in_single_marks_after_said(docs):
    doc = docs["single"]
    assert speakers(doc)["We had ten minutes t"] == ["Thida Kyaw Swe"]
    # a term in single marks with no verb of saying before it stays text
    assert not any(q.content.of(doc.text) == "punishment" for q in doc.annotations.quotations)


def test_unnamed_subjects_before_an_apposition_or_a_long_predicate(docs):
    got = speakers(docs["subjects"], agent_kinds=True)
    assert got["The strike is the on"] == [("unidentified", "Her neighbor")]  # not "gave us coffee and"
    assert got["Keep fighting for al"] == [("unidentified", "One old woman")]
    assert got["We will be back tomo"] == ["Nadia Ferreira"]  # a named subject stays


def test_a_fragment_after_a_named_one_who_taught_him_is_that_ones(docs):
    got = speakers(docs["teller"])
    assert got["that no owner ever g"] == ["Archie Drummond"]  # not the "he" who remembers
    assert got["to keep quiet and wo"] == ["Marta Ruiz"]  # no name before "who": the subject's
