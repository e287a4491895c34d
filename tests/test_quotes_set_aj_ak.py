"""Quotation speakers in shapes set AJ's first measure brought up (kg.nlp.quotations,
kg.nlp.agents): words a speaker passes on from someone unnamed ("A retired driver … told us, ‘…’"
inside her quotation: nobody, not the speaker outside the marks), a relative the writer names by
"my" ("My father still says, “…”": someone unnamed, not the writer, nor the paper under an
editor's introduction) and a reviewed author who "answers that" a charge is false. The articles
are made up; the entities stage runs for real."""

from __future__ import annotations

from functools import partial

import pytest
from nlp_support import article, speakers_by_opening

from kg.nlp.stages import annotate

PASSED_ON = (
    "Bus riders honked as they passed, Rosa Pelletier, a janitor, reported. “A pensioner sent "
    "$10 with a note that told us, ‘Keep the line strong.’”",
    "“Six packers signed up at the cannery gate,” Greta Olafsdottir-Lind wrote. “One "
    "packer said, ‘At last somebody writes about us.’”",
    "“We all waited. Tomas Lindqvist told the boss, ‘We walk out at noon.’ He laughed,” said Ivo "
    "Brandt.",
)

RELATIVE = (
    "The mine closed when I was six. My father still says, “The company took the mountain and left "
    "us the dust.”",
    "We went back the next year. “We will rebuild,” I said.",
)

ANSWERS = (
    "The author, Ravindra Oyelaran-Marsh, is blunt. Critics call the co-op a front for the ruling "
    "party; Oyelaran-Marsh answers that \"every member has one vote and the party has none.\"",
)

LATER = (
    "Pickets kept the fire going all night, Ivo Brandt reported. “Later a man in a wheelchair "
    "stopped by and told us, ‘Keep going.’”",
)


@pytest.fixture(scope="module")
def docs():
    return {"passed_on": annotate(article(*PASSED_ON)),
            "relative": annotate(article(*RELATIVE)),
            "relative_unsigned": annotate(article(*RELATIVE, byline=None)),
            "answers": annotate(article(*ANSWERS, byline=None)),
            "later": annotate(article(*LATER))}


speakers = partial(speakers_by_opening, agent_kinds=True)  # agents as (kind, key)


@pytest.mark.parametrize("article_, opens, speaker", [
    ("passed_on", "A pensioner sent $10", ["Rosa Pelletier"]),  # the outer words are hers
    ("passed_on", "Keep the line strong", []),                 # … and told us, ‘…’: nobody named
    ("passed_on", "One packer said, ‘At", ["Greta Olafsdottir-Lind"]),
    ("passed_on", "At last somebody wri", [("unidentified", "One packer")]),  # the subject, unnamed
    ("passed_on", "We walk out at noon.", ["Tomas Lindqvist"]),  # named inside the outer marks
    ("relative", "The company took the", [("unidentified", "My father")]),  # not the writer
    ("relative", "We will rebuild,", [("person", "Mary Martin")]),          # "I said": the writer
    ("relative_unsigned", "The company took the", [("unidentified", "My father")]),  # nor the paper
    ("answers", "every member has one", ["Ravindra Oyelaran-Marsh"]),       # X answers that "…"
    # a time adverb opening the clause is no word of the unnamed speaker's description
    ("later", "Keep going.", [("unidentified", "a man in a wheelchair")]),
])
def test_speaker(docs, article_, opens, speaker):
    assert speakers(docs[article_])[opens] == speaker
