"""A deck that quotes a body quotation ("Bakers: ‘Company put profits before our lungs’" over
"“The company put profits before our lungs,” she said"): the speaker's words lifted into the
deck are hers, as a headline's are (kg.nlp.quotations.headline.deck_quotation). A deck quoting
words nobody in the body says keeps no speaker. The page is made up; the entities stage runs
for real."""

from __future__ import annotations

import pytest
from nlp_support import speakers_by_opening

from kg.nlp.stages import annotate
from kg.reader import parse_article

TOP = ("The Militant (logo)  \n\nVol. 74/No. 14      April 12, 2010\n\n"
       "Flour dust blast kills 6 at Kelvo bakery\n{deck}\n \nBY ANA DORROW  \n")
BODY = ("KELVO, Ohio — Six bakers were killed when flour dust exploded at the Dorrow Foods plant "
        "here April 3.\n\n"
        "Lena Marsh-Oduya, whose brother worked the night shift, spoke outside the union hall. "
        "“The company put profits before our lungs,” she said. “They knew the filters were "
        "clogged.”\n")


def _speakers(deck: str) -> dict[str, list]:
    doc = annotate(parse_article(TOP.format(deck=deck) + BODY, "militant-2010-04-12-v74n14-x.txt"))
    assert doc.deck is not None and doc.deck.value == deck
    return speakers_by_opening(doc, length=None)


@pytest.mark.parametrize("deck", ["Bakers: ‘Company put profits before our lungs’",
                                  "‘Company put profits before our lungs’"])
def test_a_deck_lifting_a_body_quotation_is_its_speakers(deck):
    got = _speakers(deck)
    assert got["Company put profits before our lungs"] == ["Lena Marsh-Oduya"]
    assert got["The company put profits before our lungs,"] == ["Lena Marsh-Oduya"]


def test_a_deck_quoting_words_the_body_does_not_has_no_quotation():
    got = _speakers("Bakers: ‘Shut the ovens until they are safe’")
    assert "Shut the ovens until they are safe" not in got
