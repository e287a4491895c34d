"""Quotation speakers in a shape set CJ's pass brought up (branch ent126): a speaker who laughs or
quips the words after them ("“…,” laughed Ana Ruiz, a cook"). The article is made up; the
entities stage runs for real."""

from __future__ import annotations

import pytest
from nlp_support import article, speakers_by_opening

from kg.nlp.stages import annotate

LAUGHED = (
    "Most tables at the Dorrow casino stayed dark. “The managers cannot deal a single hand,” "
    "laughed Tomasz Obrecki, a porter with nine years there.",
    "“They will learn,” quipped Ines Varga-Holt, a dealer.",
    "Renata Sokol laughs: “We have all week.”",
)


@pytest.fixture(scope="module")
def doc():
    return annotate(article(*LAUGHED))


@pytest.mark.parametrize("opens, speaker", [
    ("The managers cannot ", ["Tomasz Obrecki"]),
    ("They will learn,", ["Ines Varga-Holt"]),
    ("We have all week.", ["Renata Sokol"]),
])
def test_a_speaker_who_laughs_the_words(doc, opens, speaker):
    assert speakers_by_opening(doc)[opens] == speaker
