"""Page shapes held-out sets EL–EP showed at their first measure (2026-12-07, rdr47), each on an
invented page: a headline with a colon inside it over a longer deck (no kicker has a colon), a
1990s Title Case headline whose capitalised verb follows a plural over its sentence-case deck, a
deck ending on initials ("U.S."), and today's site's caption over its credit set off between the
byline's block and the dateline's paragraph."""

from __future__ import annotations

import pytest

from kg.reader import parse_article
from kg.reader.headerlines import ends_on_initials
from kg.reader.kickers import INNER_COLON_RE
from kg.reader.titles import is_clause

PRINT_1997 = "The Militant(logo) \n    Vol.61/No.40 \n \n \n"
PRINT_1999 = "The Militant(logo) \n   Vol.63/No.39\n\n"
PRINT_2013 = "Vol. 77/No. 43      December 2, 2013 \n \n"


def _titles(d) -> tuple[str | None, str, str | None, str | None]:
    """The page's kicker, headline, deck and dateline, as printed."""
    return (d.overline and d.overline.value, d.headline.value, d.deck and d.deck.value,
            d.dateline and d.dateline.value)


COLON_DECK = "Pay freeze and new sales tax hit working families \n \nBY ANA RUIZ \n \n"
COLON_BODY = "DORROW, Kelvia — Thousands of bakers and bus drivers walked out here May 3.\n"
TITLE_CASE_BODY = ("BY TOM LEE \n \nDORROW, California--Dockers refused to cross a picket line "
                   "here for three days in October. \n")
TITLE_CASE_FILE = "militant-1997-11-10-v61n40-test.txt"


@pytest.mark.parametrize("page, path, read", [
    # "Kelvia: bakers, drivers strike" (four words, half the deck's) was read as a short
    # clause's kicker over the deck, which became the headline
    (PRINT_2013 + "Kelvia: bakers, drivers strike \n \n" + COLON_DECK + COLON_BODY, "<test>",
     (None, "Kelvia: bakers, drivers strike", "Pay freeze and new sales tax hit working families",
      "DORROW, Kelvia")),
    # a short clause with no colon over the same title stays the kicker
    (PRINT_2013 + "Bakers speak out \n \n" + COLON_DECK + COLON_BODY, "<test>",
     ("Bakers speak out", "Pay freeze and new sales tax hit working families", None,
      "DORROW, Kelvia")),
    # 1990s print: the Title Case headline's verbs are capitalised like every word; it was read
    # as a kicker over the sentence-case deck
    (PRINT_1997 + "Dockers Honor Picket Line, Send Ship Away \n \n"
     "Vessel loaded by strikebreakers in Kelvo sails on with its cargo \n \n" + TITLE_CASE_BODY,
     TITLE_CASE_FILE,
     (None, "Dockers Honor Picket Line, Send Ship Away",
      "Vessel loaded by strikebreakers in Kelvo sails on with its cargo", "DORROW, California")),
    # a Title Case kicker that names, over a sentence-case headline, stays the kicker
    (PRINT_1997 + "Victory at the Kelvo Docks \n \n"
     "Dockers win contract after six-week strike at three terminals \n \n" + TITLE_CASE_BODY,
     TITLE_CASE_FILE,
     ("Victory at the Kelvo Docks", "Dockers win contract after six-week strike at three terminals",
      None, "DORROW, California")),
], ids=["colon-headline", "short-clause-kicker", "title-case-headline", "title-case-kicker"])
def test_the_kicker_headline_and_deck(page, path, read):
    assert _titles(parse_article(page, path)) == read


@pytest.mark.parametrize("line, colon", [
    ("Kelvia: bakers, drivers strike", True), ("Dorrow at 100: a mill town’s fight", True),
    ("‘No return’: bakers hold out", True), ("Rally at 6:30 in Kelvo", False),
    ("Report from Kelvia", False),
])
def test_a_colon_inside_a_line(line, colon):
    assert bool(INNER_COLON_RE.search(line)) is colon


@pytest.mark.parametrize("line, clause", [
    ("Dockers Honor Picket Line, Send Ship Away", True),
    ("Kelvo Longshoremen Defy Court Order", True),
    ("Tradespeople Back Striking Bakers In Dorrow", True),
    ("Coal Miners Strike", False),            # a verb last on the line may be a noun
    ("Victory at the Kelvo Docks", False),
    ("Socialist Workers Party Campaign", False),
])
def test_a_title_case_plural_and_its_capitalised_verb(line, clause):
    assert is_clause(line) is clause


def test_a_deck_ending_on_initials_is_the_deck():
    """"… across U.S.": the stop of initials closes the deck; it was read as the first paragraph."""
    d = parse_article(PRINT_1999 + "Kelvan choir sings to a full hall  \nwhile its foes shout outside \n\n"
                      "Kelvan choir wins new listeners on a tour of the U.S.\n\nBY ANA RUIZ AND TOM LEE\n\n"
                      "DORROW--\"I waited ten years to hear them,\" said a worker at the hall "
                      "October 9.\n\nInside, some 2,000 people danced.\n",
                      "militant-1999-11-08-v63n39-test.txt")
    assert d.headline.value == "Kelvan choir sings to a full hall while its foes shout outside"
    assert d.deck.value == "Kelvan choir wins new listeners on a tour of the U.S."
    assert d.dateline.value == "DORROW"


@pytest.mark.parametrize("line, initials", [
    ("Kelvan choir wins new listeners on a tour of the U.S.", True),
    ("Bakers march in Washington, D.C.", True),
    ("Bakers marched in Dorrow.", False), ("A letter from Ana T.", False), ("U.S.", True),
])
def test_a_line_ending_on_initials(line, initials):
    assert ends_on_initials(line) is initials


TODAY = ("Kelvo bakers: ‘Pay us what we earn’\n\nCompany rakes in record profits as talks drag on\n\n"
         "By Ana Ruiz\n\nAugust 4, 2025\n\n"
         "Bakers at the Dorrow plant picket July 22 for a bigger share of the company’s profits.\n"
         "Militant/Tom Lee\n\n")


def test_a_caption_over_its_credit_set_off_past_the_byline_is_the_photos():
    d = parse_article(TODAY + "KELVO, Ohio — Before the shift change July 19, bakers came out "
                      "in black T-shirts.\n\nThe contract runs out October 31.\n",
                      "militant-2025-08-04-v89n29-test.txt")
    assert d.dateline.value == "KELVO, Ohio"
    assert [(p.credit.value, p.caption.value) for p in d.photos] == [(
        "Militant/Tom Lee",
        "Bakers at the Dorrow plant picket July 22 for a bigger share of the company’s profits.")]
    assert d.deck.value == "Company rakes in record profits as talks drag on"


def test_a_caption_over_its_credit_over_text_with_no_dateline_is_left_as_it_was():
    """No dateline's paragraph under it: nothing says the two lines are the top photo's."""
    d = parse_article(TODAY + "Before the shift change July 19, bakers came out in black T-shirts.\n",
                      "militant-2025-08-04-v89n29-test.txt")
    assert not any(p.caption for p in d.photos)
