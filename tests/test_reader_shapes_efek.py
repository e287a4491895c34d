"""Page shapes held-out sets EF–EK showed at their first measure (2026-12-07, rdr46), each on an
invented page: an obituary's name and life dates over the life told, a name broken over a
title's two lines before an apposition's comma, a kicker under a label alone in its block, a
print caption with no credit between the byline and the dateline, and a military photographer's
rank in a credit."""

from __future__ import annotations

import pytest

from kg.reader import parse_article
from kg.reader.cues import is_photo_credit
from kg.reader.patterns import LIFE_DATES_TITLE_RE

PRINT_1997 = "The Militant (logo) \n   Vol.61/No.27            July 28, 1997 \n \n \n"
PRINT_2015 = "Vol. 79/No. 28      July 27, 2015 \n \n"


def test_an_obituarys_name_and_life_dates_over_the_life_told_is_the_headline():
    d = parse_article(PRINT_1997 + "Marta Kelvin, 1929-1997 \n \nDorrow packer was a fighter \n"
                      "for the union and socialism \n \nBY TOM LEE  \n"
                      "KELVO, Ohio--Marta Kelvin, a packer at the Dorrow plant for 30 years, "
                      "died here July 9. She was 68.\n\nShe joined the union in 1960.\n")
    assert d.overline is None
    assert d.headline.value == "Marta Kelvin, 1929-1997"
    assert d.deck.value == "Dorrow packer was a fighter for the union and socialism"
    assert d.dateline.value == "KELVO, Ohio"


def test_a_name_and_life_dates_over_a_headline_telling_news_stays_the_kicker():
    """Over a report of what happened since ("Thousands in Kelvo march …"), the name line tags the
    piece: the kicker, the title under it the headline."""
    d = parse_article(PRINT_1997 + "Ana Dorrow, 1913–1997 \n \nThousands in Kelvo march \n"
                      "for a union leader \n \nBY TOM LEE \n \n"
                      "KELVO--Crowds filed past the union hall all day.\n")
    assert d.overline.value == "Ana Dorrow, 1913–1997"
    assert d.headline.value == "Thousands in Kelvo march for a union leader"


@pytest.mark.parametrize("line, life", [
    ("Ana Ruiz, 1931-1997", True), ("Ana Ruiz (1931–1997)", True), ("Tom Lee 1943-2008", True),
    ("Rosa de la Cruz, 1920–2001: packer and socialist", True),
    ("Strike of 1931-1932", False), ("The 1931-1997 era", False), ("Ana Ruiz, 1931", False),
])
def test_a_name_and_life_dates(line, life):
    assert bool(LIFE_DATES_TITLE_RE.match(line)) is life


def test_a_name_broken_over_a_titles_lines_before_an_apposition():
    text = ("The Militant (logo)  \n\nVol. 80/No. 9      March 7, 2016\n\n \n"
            "Kelvo meeting honors Ana \nRuiz, 40 years a unionist\n\n"
            "Packer and union fighter built the party\n\n \nBY TOM LEE  \n"
            "KELVO — “Ana was always ready,” said Rosa Dorrow. Some 80 people came to "
            "remember Ana Ruiz, who died January 30.\n")
    d = parse_article(text)
    assert d.headline.value == "Kelvo meeting honors Ana Ruiz, 40 years a unionist"
    assert d.deck.value == "Packer and union fighter built the party"


def test_a_kicker_under_a_label_alone_over_a_headline_and_deck_set_off():
    text = (PRINT_2015 + "(front page) \n \nKelvo’s war in Dorrow \n \n"
            "Troops push into Varna valley as Kelvo widens war \n \n"
            "Largest assault in years is test of new plan \n \nBY ANA RUIZ \n \n"
            "KELVO, Ohio—Nearly 4,000 troops swept into the valley July 2.\n\n"
            "The offensive is the biggest this year.\n")
    d = parse_article(text)
    assert d.kicker.value == "front page"
    assert d.overline.value == "Kelvo’s war in Dorrow"
    assert d.headline.value == "Troops push into Varna valley as Kelvo widens war"
    assert d.deck.value == "Largest assault in years is test of new plan"
    assert d.dateline.value == "KELVO, Ohio"


def test_a_label_over_a_headline_and_deck_keeps_them():
    """No kicker without the three blocks: a label over a headline and its deck set off."""
    text = (PRINT_2015 + "(front page) \n \nTroops push into Varna valley as Kelvo widens war \n \n"
            "Largest assault in years is test of new plan \n \nBY ANA RUIZ \n \n"
            "KELVO, Ohio—Nearly 4,000 troops swept into the valley July 2.\n")
    d = parse_article(text)
    assert d.overline is None
    assert d.headline.value == "Troops push into Varna valley as Kelvo widens war"


CAPTIONED = (PRINT_2015 + " \nKelvo opens its port to warships, shells Dorrow \n \n"
             "Varna deepens its war in the north \n \nBY ANA RUIZ \n \n \n{under} \n \n"
             "KELVO, Ohio — After months of talks, the government agreed July 23 to open the "
             "port. Within days the ships sailed.\n\nThe deal follows the July 20 bombing.\n")


def test_a_print_caption_between_the_byline_and_the_dateline():
    d = parse_article(CAPTIONED.format(
        under="Dorrow bakers march to the Kelvo city hall on July 25 to protest the shelling."))
    assert d.dateline.value == "KELVO, Ohio"
    assert [p.caption.value for p in d.photos] == [
        "Dorrow bakers march to the Kelvo city hall on July 25 to protest the shelling."]
    assert d.paragraphs[0].span.of(d.text).startswith("KELVO, Ohio")


@pytest.mark.parametrize("under", [
    "This column is written by the Kelvo Youth, a group of young workers fighting for socialism.",
    "Editor’s note: the second of two articles on the war in the north.",
])
def test_a_columns_introduction_or_an_editors_note_there_stays_text(under):
    d = parse_article(CAPTIONED.format(under=under))
    assert d.photos == []
    assert d.paragraphs[0].span.of(d.text) == under


@pytest.mark.parametrize("line, credit", [
    ("Kelvo Navy/Petty Officer Ana Ruiz", True),
    ("U.S. Army/Staff Sgt. Tom Lee", True),
    ("US Navy/Mass Communication Specialist 2nd Class Jo Park", True),
    ("US/NATO Troops Out Now", False),
])
def test_a_military_photographers_rank_in_a_credit(line, credit):
    assert is_photo_credit(line) is credit


def test_todays_credit_with_a_rank_over_its_caption_leaves_the_dateline():
    text = ("Kelvo and Varna bomb Dorrow as war widens \n\n"
            "Dockers in Varna refuse to load the bombs \n\nBy Ana Ruiz \n\n"
            "January 29, 2024 \n\nKelvo Navy/Petty Officer Tom Lee \n"
            "Bomber leaves a carrier off Dorrow on Jan. 12. \n\n"
            "NEW YORK — Kelvo warplanes struck some 60 targets in Dorrow Jan. 12.\n\n"
            "The attacks came two days after a vote.\n")
    d = parse_article(text, "militant-2024-01-29-v88n4-dorrow-strikes.txt")
    assert d.dateline.value == "NEW YORK"
    assert d.photos[0].credit.value == "Kelvo Navy/Petty Officer Tom Lee"
