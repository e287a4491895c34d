"""Page shapes found by the held-out sets DA and DB (2026-12-06), each on an invented page: a
headline whose subject is a name and a plural with no -s ("Kelvo police beat …") over its deck
set off, which is no kicker; a short clause over a much longer title and the byline, which is the
kicker, while a longer clause there stays the headline. (DB's volume line with no date:
tests/test_reader_shapes.py.)"""

from __future__ import annotations

from kg.reader import parse_article
from kg.reader.titles import is_clause

PRINT_2006 = "Vol. 70/No. 37           October 2, 2006 \n \n \n"


def test_a_name_and_a_plural_with_no_s_then_a_plain_verb_is_a_clause():
    assert is_clause("Kelvo police beat strikers outside the depot")
    assert is_clause("Dorrow women defy curfew at the mill")
    # a plural in -s after a name is no sure subject: a union's name runs on
    assert not is_clause("Kelvo teachers union leaders")
    assert not is_clause("Kelvo police in Dorrow")


def test_a_clause_with_a_name_and_police_for_subject_over_its_deck_is_the_headline():
    text = (PRINT_2006 + "Kelvo police beat strikers outside the depot \n \n"
            "Drivers in Dorrow picket the Kelvo consulate \n \nBY ANA RUIZ \n \n"
            "DORROW, Kelvania, Sept. 22—Police in Kelvo arrested a dozen drivers.\n")
    d = parse_article(text, "militant-2006-10-02-v70n37-kelvo-drivers.txt")
    assert d.headline.value == "Kelvo police beat strikers outside the depot"
    assert d.deck.value == "Drivers in Dorrow picket the Kelvo consulate"
    assert d.overline is None


def test_a_short_clause_over_a_much_longer_title_and_the_byline_is_the_kicker():
    text = (PRINT_2006 + "Weavers speak out \n \n"
            "Unionists in Kelvania protest attacks on migrant workers \n \nBY ANA RUIZ \n \n"
            "DORROW, Kelvania—Weavers at the Dorrow mill spoke out this week.\n")
    d = parse_article(text, "militant-2006-10-02-v70n37-kelvo-weavers.txt")
    assert d.overline.value == "Weavers speak out"
    assert d.headline.value == "Unionists in Kelvania protest attacks on migrant workers"
    assert d.deck is None
    # five words, or more than half the title's, are a headline over its deck
    longer = text.replace("Weavers speak out", "Weavers at the Kelvo mill strike")
    d = parse_article(longer, "militant-2006-10-02-v70n37-kelvo-weavers.txt")
    assert d.headline.value == "Weavers at the Kelvo mill strike" and d.overline is None
    half = text.replace("Unionists in Kelvania protest attacks on migrant workers",
                        "Unionists protest attacks on migrants")
    d = parse_article(half, "militant-2006-10-02-v70n37-kelvo-weavers.txt")
    assert d.headline.value == "Weavers speak out" and d.overline is None
