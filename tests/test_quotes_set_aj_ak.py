"""Quotation speakers in shapes set AJ's first measure brought up (kg.nlp.quotations,
kg.nlp.agents): words a speaker passes on from someone unnamed ("One old man … told us, ‘…’"
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
    "Rosa Pelletier, a janitor, said the strikers had got support from riders too. “One old man gave "
    "us $20 from his wages and told us, ‘Keep the line strong.’”",
    "“We took the leaflets to the cannery in Moss Landing,” reported Greta Olafsdottir-Lind. “One "
    "packer said, ‘At last somebody writes about us.’”",
    "“We all waited. Tomas Lindqvist told the boss, ‘We walk out at noon.’ He laughed,” said Ivo "
    "Brandt.",
)

RELATIVE = (
    "Then the army came to our town to arrest one man. My father still says, “They burned our fields "
    "to catch one man.”",
    "We went back the next year. “We will rebuild,” I said.",
)

ANSWERS = (
    "The book tells how the island built a new pier. The governor charged that the pier was a naval "
    "base. Ravindra Oyelaran-Marsh answers that \"the pier was for bananas and for cocoa, not for "
    "warships.\"",
)


@pytest.fixture(scope="module")
def docs():
    return {"passed_on": annotate(article(*PASSED_ON)),
            "relative": annotate(article(*RELATIVE)),
            "relative_unsigned": annotate(article(*RELATIVE, byline=None)),
            "answers": annotate(article(*ANSWERS, byline=None))}


speakers = partial(speakers_by_opening, agent_kinds=True)  # agents as (kind, key)


@pytest.mark.parametrize("article_, opens, speaker", [
    ("passed_on", "One old man gave us ", ["Rosa Pelletier"]),  # the outer words are hers
    ("passed_on", "Keep the line strong", []),                 # … and told us, ‘…’: nobody named
    ("passed_on", "One packer said, ‘At", ["Greta Olafsdottir-Lind"]),
    ("passed_on", "At last somebody wri", [("unidentified", "One packer")]),  # the subject, unnamed
    ("passed_on", "We walk out at noon.", ["Tomas Lindqvist"]),  # named inside the outer marks
    ("relative", "They burned our fiel", [("unidentified", "My father")]),  # not the writer
    ("relative", "We will rebuild,", [("person", "Mary Martin")]),          # "I said": the writer
    ("relative_unsigned", "They burned our fiel", [("unidentified", "My father")]),  # nor the paper
    ("answers", "the pier was for ban", ["Ravindra Oyelaran-Marsh"]),       # X answers that "…"
])
def test_speaker(docs, article_, opens, speaker):
    assert speakers(docs[article_])[opens] == speaker
