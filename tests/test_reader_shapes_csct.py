"""Page shapes found by the held-out sets CS and CT at their first measure (2026-12-06), each on
an invented page: a print page's kicker, headline and deck each set off over the byline; today's
caption set off under the date with its credit in brackets after it, the byline in a block of its
own above the date; today's caption between the byline and the dateline's paragraph on a page
copied with no blank line at all."""

from __future__ import annotations

import pytest

from kg.reader import parse_article

TODAY = "militant-2023-05-15-v87n19-x.txt"
PRINT_2012 = "The Militant (logo) \nVol. 76/No. 30      August 6, 2012 \n \n \n"
DATELINE = "KELVO, Ohio — Bakers at the Dorrow plant voted 212 to 9 to stay out.\n"


def _print_page(top: str, byline: str = "BY ANA DORROW \n") -> str:
    return (PRINT_2012 + top + " \nKelvo bakers win backing of drivers, nurses \n \n"
            "Union fights night shifts, pay cut to bonus \n \n" + byline + " \n"
            "KELVO—Some 900 bakers walked out of the Dorrow plant July 23. \n \n"
            "Drivers at the depot refused to cross the line. \n")


def test_print_kicker_headline_and_deck_each_set_off_over_the_byline():
    d = parse_article(_print_page("Bread and solidarity \n"))
    assert d.overline.value == "Bread and solidarity"
    assert d.headline.value == "Kelvo bakers win backing of drivers, nurses"
    assert d.deck.value == "Union fights night shifts, pay cut to bonus"
    assert d.dateline.value == "KELVO"
    assert d.paragraphs[0].span.of(d.text).startswith("KELVO—Some 900 bakers")


def test_print_kicker_over_headline_and_deck_set_off_over_a_photo_credit():
    d = parse_article(_print_page("Bread and solidarity \n",
                                  "Militant/Tom Kelvin \nBakers picket the Dorrow plant July 24. \n \n"
                                  "BY ANA DORROW \n"))
    assert d.overline.value == "Bread and solidarity"
    assert d.headline.value == "Kelvo bakers win backing of drivers, nurses"
    assert d.deck.value == "Union fights night shifts, pay cut to bonus"


def test_a_long_clause_over_two_title_blocks_is_no_kicker():
    # more words than a kicker has: the line on top stays the headline, as before
    d = parse_article(_print_page("Bakers in the Kelvo valley hold the line against cuts \n"))
    assert d.overline is None
    assert d.headline.value == "Bakers in the Kelvo valley hold the line against cuts"


def test_todays_caption_with_a_bracketed_credit_set_off_under_the_date_below_the_byline():
    text = ("Kelvo bakers stay out, win back pay after 12-day strike\n\n"
            "Union faced fines under state law banning strikes by food inspectors\n\n"
            "By Ana Dorrow and Tom Kelvin\n\nMay 15, 2023\n\n"
            "Bakers and their families march past the Dorrow plant, May 6. (Militant photo)\n\n"
            + DATELINE + "\nThe company had cut the night bonus in March.\n")
    d = parse_article(text, TODAY)
    assert [p.name for p in d.bylines] == ["Ana Dorrow", "Tom Kelvin"]
    (photo,) = d.photos
    assert photo.caption.value == "Bakers and their families march past the Dorrow plant, May 6."
    assert photo.credit.value == "Militant photo"
    assert d.dateline.value == "KELVO, Ohio"
    assert d.paragraphs[0].span.of(d.text) == DATELINE.strip()


HEAD_NO_BLANKS = ("Kelvo bakers stay out, win back pay\n"
                  "Owners of the Dorrow plant still refuse to talk\n"
                  "By Ana Dorrow\nMay 15, 2023\n")


@pytest.mark.parametrize("caption", [
    "Strikers and their families march past the Dorrow plant in Kelvo May 6.",
    "Strikers march past the Dorrow plant in Kelvo May 6. Drivers honked in support all day.",
])
def test_todays_caption_between_byline_and_dateline_with_no_blank_line(caption):
    text = HEAD_NO_BLANKS + caption + "\n" + DATELINE + "The company had cut the bonus.\n"
    d = parse_article(text, TODAY)
    assert d.headline.value == "Kelvo bakers stay out, win back pay"
    assert d.deck.value == "Owners of the Dorrow plant still refuse to talk"
    assert [p.name for p in d.bylines] == ["Ana Dorrow"]
    (photo,) = d.photos
    assert photo.caption.value == caption and photo.credit is None
    assert d.dateline.value == "KELVO, Ohio"
    assert d.paragraphs[0].span.of(d.text) == DATELINE.strip()


def test_todays_caption_with_no_blank_line_over_a_dateline_set_off_and_a_second_writer():
    text = (HEAD_NO_BLANKS.replace("By Ana Dorrow\n", "By Ana Dorrow\nand Tom Kelvin\n")
            + "Strikers march past the Dorrow plant in Kelvo May 6.\n\n" + DATELINE)
    d = parse_article(text, TODAY)
    assert [p.name for p in d.bylines] == ["Ana Dorrow", "Tom Kelvin"]
    assert d.photos[0].caption.value == "Strikers march past the Dorrow plant in Kelvo May 6."
    assert d.dateline.value == "KELVO, Ohio"


@pytest.mark.parametrize("first", [
    "“We will not go back for less,” said Rosa Kelvin, a baker on the night shift.",
    "Editor’s note: The Dorrow company did not answer our questions by press time.",
])
def test_words_said_or_an_editors_note_over_the_dateline_with_no_blank_line_stay_text(first):
    d = parse_article(HEAD_NO_BLANKS + first + "\n" + DATELINE, TODAY)
    assert not d.photos
    assert d.paragraphs[0].span.of(d.text) == first


def test_a_paragraph_with_no_dateline_under_it_stays_text():
    first = "Strikers and their families marched past the Dorrow plant in Kelvo May 6."
    d = parse_article(HEAD_NO_BLANKS + first + "\nThe company had cut the night bonus.\n", TODAY)
    assert not d.photos
    assert d.paragraphs[0].span.of(d.text) == first


@pytest.mark.parametrize("caption, credit", [
    ("Strikers and their families march past the Dorrow plant in Kelvo May 6, third day of the strike.",
     None),
    ("Strikers and their families march past the Dorrow plant in Kelvo May 6. (Militant/Tom Kelvin)",
     "Militant/Tom Kelvin"),
])
def test_todays_caption_set_off_under_a_head_with_no_blank_line(caption, credit):
    # headline, deck, byline and date in one block, then the caption set off over the dateline
    # (sets CV and DD's shape, passB42)
    text = HEAD_NO_BLANKS + "\n" + caption + "\n\n" + DATELINE + "\nThe company had cut the bonus.\n"
    d = parse_article(text, TODAY)
    assert d.headline.value == "Kelvo bakers stay out, win back pay"
    assert d.deck.value == "Owners of the Dorrow plant still refuse to talk"
    assert [p.name for p in d.bylines] == ["Ana Dorrow"]
    (photo,) = d.photos
    assert photo.caption.value == caption.removesuffix(" (Militant/Tom Kelvin)")
    assert (photo.credit.value if photo.credit else None) == credit
    assert d.dateline.value == "KELVO, Ohio"
    assert d.paragraphs[0].span.of(d.text) == DATELINE.strip()


def test_two_paragraphs_set_off_under_a_head_with_no_blank_line_stay_text():
    first = "Strikers and their families marched past the Dorrow plant in Kelvo May 6."
    text = HEAD_NO_BLANKS + "\n" + first + "\nDrivers honked all day.\n\n" + DATELINE
    d = parse_article(text, TODAY)
    assert not d.photos
    assert d.paragraphs[0].span.of(d.text) == first
