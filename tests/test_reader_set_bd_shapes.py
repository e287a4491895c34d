"""Shapes of set BD (issue 10, branch rdr28), each with a made-up page: a name particle written
with an apostrophe as a word of its own (the Dutch "’t", the Scottish Gaelic "a’"; entities.toml
`connectors`, kg.nameparticles) in a letter's signer and a byline; a label glued under the deck
with no blank line between (kg.reader.headerlines). docs/reader.md says both."""

from __future__ import annotations

import pytest

from kg import nameparticles
from kg.reader import parse_article
from kg.reader.items import is_signer


def _letters(d):
    return [(i.title and i.title.value, [a.name for a in i.authors],
             i.place and i.place.value) for i in d.items]


@pytest.mark.parametrize("mark", ["’", "'"])
def test_a_letter_signed_with_a_dutch_t_particle_ends_before_the_next_letter(mark):
    """"Joris van ’t Kelder" is a signer, so the letter under it is a letter of its own (the
    two ran together before)."""
    signer = f"Joris van {mark}t Kelder"
    text = ("The Militant (logo)  \n\nVol. 84/No. 40      November 2, 2020\n\nLetters\n\n"
            "Grain elevator\nThe elevator here cut the night crew. We are talking union.\n\n"
            f"{signer}\nMason City, Iowa\n\n"
            "Bus fares\nThe city raised bus fares again. Workers pay the most.\n\n"
            "Ana Torvik\nDuluth, Minnesota\n")
    d = parse_article(text, "militant-2020-11-02-v84n40-letters.txt")
    assert _letters(d) == [("Grain elevator", [signer], "Mason City, Iowa"),
                           ("Bus fares", ["Ana Torvik"], "Duluth, Minnesota")]


@pytest.mark.parametrize("line,signer", [
    ("Joris van ’t Kelder", True), ("Morag Nic a’ Dhorrain", True),
    ("We can’t Wait", False), ("Ana isn’t Here", False)])
def test_an_apostrophe_particle_stands_in_a_signer_only_as_a_word_of_its_own(line, signer):
    assert is_signer(line) is signer


def test_a_byline_whose_second_writer_holds_a_gaelic_a_particle_and_the_dateline_under_it():
    """The byline was no byline before, and the date line and the dateline under it missed."""
    text = ("Bakery workers in Tacoma vote to strike\n\nBy Dana Kelvin-Ross and Morag Nic a’ "
            "Dhorrain\nMarch 2, 2026\n\nTACOMA, Wash. — Bakery workers voted 80 to 4 to strike"
            " over the new schedule.\n\nThe vote came after months of talks.\n")
    d = parse_article(text, "militant-2026-03-02-v90n9-bakery.txt")
    assert [b.name for b in d.bylines] == ["Dana Kelvin-Ross", "Morag Nic a’ Dhorrain"]
    assert d.dateline.value == "TACOMA, Wash."
    assert d.headline.value == "Bakery workers in Tacoma vote to strike"


def test_apostrophed_particles_are_the_connectors_words_with_a_mark():
    got = nameparticles.apostrophed(["of the", "van", "’t", "'t", "a’", "v.", "’tis’"])
    assert got == {"’t", "'t", "a’"}
    assert nameparticles.particles(["’t", "a’", "'", "’T", "v."]) == {"’t", "a’"}


def _glued_label_page(top: str, title: str) -> str:
    return ("The Militant (logo)  \n\nVol. 79/No. 14      April 13, 2015\n\n \n"
            f"{top}\n\n{title}\n(front page)\n\n"
            "Militant/Ana Torvik\nCrane drivers picket at the harbor entrance April 2.\n\n"
            "BY ROSA KELVIN AND TOM DORROW\nPORT DORROW, Kelvania — Crane drivers walked off the"
            " job on April 1.\n\nThe union says the ban will not hold.\n")


def test_a_label_glued_under_the_deck_leaves_the_first_line_the_headline():
    """Headline / (blank) / deck / "(front page)" / (blank) / credit / caption / (blank) /
    byline: the line on top, nearly as long as the deck, is the headline (it was read as the
    kicker and the deck as the headline before)."""
    d = parse_article(_glued_label_page("Dock workers in Kelvania defy picket ban",
                                        "Crane drivers halt the night shift at Dorrow"),
                      "militant-2015-04-13-v79n14-docks.txt")
    assert d.headline.value == "Dock workers in Kelvania defy picket ban"
    assert d.deck.value == "Crane drivers halt the night shift at Dorrow"
    assert d.overline is None
    assert [b.name for b in d.bylines] == ["Rosa Kelvin", "Tom Dorrow"]
    assert d.dateline.value == "PORT DORROW, Kelvania"
    assert [(p.credit.value, p.caption.value) for p in d.photos] == [
        ("Militant/Ana Torvik", "Crane drivers picket at the harbor entrance April 2.")]


def test_a_short_line_over_a_title_with_its_label_glued_under_stays_the_kicker():
    d = parse_article(_glued_label_page("Port strike in Kelvania",
                                        "Crane drivers halt the night shift at Dorrow"),
                      "militant-2015-04-13-v79n14-docks.txt")
    assert d.headline.value == "Crane drivers halt the night shift at Dorrow"
    assert d.overline.value == "Port strike in Kelvania" and d.deck is None
