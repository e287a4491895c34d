"""A quotation standing alone after a sentence that reports its speaker with the verb before the
name (", said Tom Dowd, a bus mechanic."): that person's (kg.nlp.quotations.invertedsaid, set
BD's speakers, branch ent87). The articles are made up; the entities stage runs for real."""

from __future__ import annotations

import pytest
from nlp_support import article
from nlp_support import speakers_by_opening as speakers

from kg.nlp.stages import annotate


@pytest.mark.parametrize(("paragraph", "opening", "speaker"), [
    pytest.param("The mayor promised new buses, said Tom Farrell, a bus mechanic. \"We are still waiting "
                 "on them.\"", "We are still waiting", ["Tom Farrell"], id="straight-quotes-apposition"),
    pytest.param("The bosses promised safety, said welder Tom O'Dowd. “Two more men were hurt in May.”",
                 "Two more men were hu", ["Tom O'Dowd"], id="a-role-before-an-o-apostrophe-name"),
    pytest.param("The bosses promised safety, said Rena Kovač on the line. “We got cuts.”",
                 "We got cuts.", [], id="words-after-the-name-leave-it-unread"),
])
def test_inverted_said_before(paragraph, opening, speaker):
    doc = annotate(article("Workers at the plant gathered on Monday.", paragraph))
    assert speakers(doc)[opening] == speaker
