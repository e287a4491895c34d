"""Page shapes held-out set DE showed at its first measure (2026-12-06, passB42), each on an
invented page: a print headline that gives someone's words after a colon (or opens with them),
set off over one deck and the byline, is the headline, never a kicker."""

from __future__ import annotations

import pytest

from kg.reader import parse_article

PRINT_1990 = "The Militant(logo) \n    Vol.54/No.13           March 30, 1990 \n \n"
DECK = "Bakers hold picket lines at plants as company hires replacements"


def _page(top: str) -> str:
    return (PRINT_1990 + top + "  \n \n" + DECK + " \n \nBY ANA DORROW AND TOM KELVIN \n \n"
            "KELVO--\"They want us to work eleven hours,\" said Rosa Kelvin, a baker. \n \n"
            "Some 900 bakers walked out. \n")


@pytest.mark.parametrize("top", [
    "Kelvo strikers: 'We won't crawl back'",
    "Kelvo strikers: ‘No return on company terms’",
    "‘No return’: Kelvo bakers hold out",
])
def test_a_quoted_headline_with_a_colon_over_one_deck_is_the_headline(top):
    d = parse_article(_page(top), "militant-1990-03-30-v54n13-x.txt")
    assert d.overline is None
    assert d.headline.value == top
    assert d.deck.value == DECK


def test_a_short_phrase_over_one_deck_stays_the_kicker():
    d = parse_article(_page("Bread and solidarity"), "militant-1990-03-30-v54n13-x.txt")
    assert d.overline.value == "Bread and solidarity"
    assert d.headline.value == DECK
