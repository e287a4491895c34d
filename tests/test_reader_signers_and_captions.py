"""Shapes of sets AD and AE (issue 10, branch rdr23), each with made-up pages: a letter signed
by two people, one name holding an elided particle ("d'Orsay"), over a letter signed with
initials and a family name; a statement's introduction under today's site's date line; a
dateline directly under a photo's caption; a byline holding the particle "wa"; a short plain
kicker over a headline and a deck each set off, over the volume line (docs/reader.md)."""

from __future__ import annotations

import pytest

from kg.reader import cues, parse_article
from kg.reader.items import elided_particle


def _letters(d):
    return [(i.title and i.title.value, [a.name for a in i.authors],
             i.place and i.place.value, i.via and i.via.value) for i in d.items]


def test_two_signers_one_with_an_elided_particle_and_the_next_letter_by_initials():
    """The two-person signer is a signature, so the letter under it is a letter of its own,
    signed by initials and a family name ("R.T. MacLeod"), which name a person."""
    text = ("The Militant (logo)  \n\nVol. 70/No. 12      March 27, 2006\n\nLetters\n\n"
            "Mill closing\nThe paper mill here says it will close in June. The union says "
            "fight.\n\nAmara Diallo and Sophie d'Orsay\nSudbury, Ontario\n\n"
            "Bus fares\nThe city raised bus fares again. Workers pay the most.\n\n"
            "R.T. MacLeod\nby e-mail\n")
    d = parse_article(text, "militant-2006-03-27-v70n12-letters.txt")
    assert _letters(d) == [
        ("Mill closing", ["Amara Diallo", "Sophie d'Orsay"], "Sudbury, Ontario", None),
        ("Bus fares", ["R.T. MacLeod"], None, "by e-mail")]
    assert [a.span.of(d.text) for a in d.items[0].authors] == ["Amara Diallo", "Sophie d'Orsay"]


def test_initials_alone_still_name_no_person():
    text = ("The Militant (logo)  \n\nVol. 70/No. 12      March 27, 2006\n\nLetters\n\n"
            "Bus fares\nThe city raised bus fares again. Workers pay the most.\n\n"
            "R.T.\nHamilton, Ontario\n")
    d = parse_article(text, "militant-2006-03-27-v70n12-letters.txt")
    assert _letters(d) == [("Bus fares", [], "Hamilton, Ontario", None)]
    assert d.items[0].signature.value == "R.T."


@pytest.mark.parametrize("word,elided", [
    ("d'Orsay", True), ("d’Orsay", True), ("dell'Arno", True), ("l'Ouverture", True),
    ("x'Orsay", False), ("d'orsay", False), ("Orsay", False), ("don't", False)])
def test_an_elided_particle_is_a_particle_of_the_shared_list_less_its_vowel(word, elided):
    assert elided_particle(word, cues.name_particles()) is elided


@pytest.mark.parametrize("intro,names", [
    ("The following statement was released Oct. 9 by Rosa Kelvin-Ortiz, Socialist Workers "
     "Party candidate for U.S. Senate from Iowa, and Tom Van Dorrow, SWP candidate for "
     "governor.", ["Rosa Kelvin-Ortiz", "Tom Van Dorrow"]),
    ("Rosa Kelvin-Ortiz, the SWP candidate for U.S. Senate from Iowa, and Tom Van Dorrow, "
     "the SWP candidate for governor, issued the following statement Oct. 9.",
     ["Rosa Kelvin-Ortiz", "Tom Van Dorrow"]),
])
def test_todays_site_statement_introduction_under_the_date_is_no_caption(intro, names):
    """Today's site: headline / date / the statement's introduction naming its two writers,
    directly under the date line where a top photo's caption stands: it is the first
    paragraph, and its writers are the page's bylines."""
    text = (f"End the war on Kelvania!\nOctober 15, 2018\n{intro}\n\n"
            "The Socialist Workers Party calls for a halt to the bombing. Working people pay "
            "the price of this war.\n\nWe say: bring the troops home now!\n")
    d = parse_article(text, "militant-2018-10-15-v82n38-statement.txt")
    assert d.photos == []
    assert [(b.name, b.span.of(d.text)) for b in d.bylines] == [(n, n) for n in names]
    assert d.paragraphs[0].span.of(d.text) == intro


def test_todays_site_dateline_directly_under_the_caption_opens_the_body():
    """Headline / byline / date / credit / caption / the first paragraph with its dateline, no
    blank line between: the caption ends at the dateline ("TACOMA, Wash. —")."""
    text = ("Dockers hold the line at the port\nBy Lena Marsh\nMay 6, 2024\n"
            "Militant/Tom Kelvin\nStrikers picket the terminal gate April 28.\n"
            "TACOMA, Wash. — Longshore workers here are in the third week of their strike "
            "against the port's plan to cut crews.\n\n"
            "“We will not give up,” said one crane operator.\n")
    d = parse_article(text, "militant-2024-05-06-v88n18-dockers.txt")
    assert d.dateline.value == "TACOMA, Wash."
    assert [p.caption.value for p in d.photos] == ["Strikers picket the terminal gate April 28."]
    assert d.paragraphs[0].span.of(d.text).startswith("TACOMA, Wash. — Longshore")


def test_byline_holding_the_particle_wa():
    text = ("Copper miners walk out at Kelvo mine\n\nVol. 86/No. 22 - June 6, 2022\n\n"
            "By Kabeya Mutombo wa Kasongo\n\n"
            "LUBUMBASHI, Democratic Republic of the Congo — Miners at the Kelvo pit stopped "
            "work May 16 over pay.\n\nThe strike goes on.\n")
    d = parse_article(text, "militant-2022-06-06-v86n22-miners.txt")
    assert [(b.name, b.span.of(d.text)) for b in d.bylines] == [
        ("Kabeya Mutombo wa Kasongo", "Kabeya Mutombo wa Kasongo")]


def test_todays_site_plain_kicker_over_headline_and_deck_over_the_volume_line():
    """"Workers in Peru" / (blank) / headline / (blank) / deck / (blank) / volume line, the
    caption and the byline under it: the short line on top is the kicker."""
    text = ("Workers in Kelvania\n\nBlackouts that last all day shut shops, schools\n\n"
            "Unions call protests as blackouts spread\n\nVol. 88/No. 37 - October 7, 2024\n"
            "Dockers at the port discuss the power cuts Sept. 25. Militant/Ana Vela\n\n"
            "By Rosa Kelvin\n\n"
            "KELVO CITY, Kelvania — Working people here go without power for most of the "
            "day.\n\nThe unions have called protests.\n")
    d = parse_article(text, "militant-2024-10-07-v88n37-blackouts.txt")
    assert d.overline.value == "Workers in Kelvania" and d.kicker is None
    assert d.headline.value == "Blackouts that last all day shut shops, schools"
    assert d.deck.value == "Unions call protests as blackouts spread"
    assert [b.name for b in d.bylines] == ["Rosa Kelvin"]
    assert d.dateline.value == "KELVO CITY, Kelvania"


def test_todays_site_short_clause_over_headline_and_longer_deck_is_the_kicker():
    """A short clause with a verb on top of a headline and a longer deck, each set off, over
    the date: a page has one headline and one deck, so the short line on top is the kicker."""
    text = ("Dockers in Kelvania build new union\n\n"
            "Port workers in Kelvo win raise, push for safety\n\n"
            "Rank-and-file union says the fight at the docks shows the way forward\n\n"
            "October 7, 2024\n\nBy Rosa Kelvin\n\n"
            "KELVO CITY, Kelvania — Dockers here have won a raise.\n\nThe fight goes on.\n")
    d = parse_article(text, "militant-2024-10-07-v88n37-dockers.txt")
    assert d.overline.value == "Dockers in Kelvania build new union" and d.kicker is None
    assert d.headline.value == "Port workers in Kelvo win raise, push for safety"
    assert d.deck.value == ("Rank-and-file union says the fight at the docks shows the way "
                            "forward")
    assert [b.name for b in d.bylines] == ["Rosa Kelvin"]


def test_todays_site_headline_over_deck_over_first_paragraph_keeps_its_headline():
    # the guard: a clause over a deck and a first paragraph (a full stop) stays the headline
    text = ("Dockers in Kelvania build new union\n\n"
            "Port workers in Kelvo win raise, push for safety\n\n"
            "October 7, 2024\n\nBy Rosa Kelvin\n\n"
            "KELVO CITY, Kelvania — Dockers here have won a raise.\n\nThe fight goes on.\n")
    d = parse_article(text, "militant-2024-10-07-v88n37-dockers.txt")
    assert d.overline is None
    assert d.headline.value == "Dockers in Kelvania build new union"
    assert d.deck.value == "Port workers in Kelvo win raise, push for safety"


@pytest.mark.parametrize("byline,kicker", [(True, True), (False, False)])
def test_todays_site_page_name_over_a_signed_article_is_the_kicker(byline, kicker):
    """"Books of the Month" / (blank) / headline / (blank) / date / "By …": the standing name
    over one signed review is its kicker; with no byline under the date it stays the page's
    name (the headline)."""
    text = ("Books of the Month\n\n"
            "A new edition tells how the 1934 mill strikes were won\n\n"
            "June 5, 2023\n\n" + ("By Ana Ruiz\n\n" if byline else "")
            + "The Mill Strikes by Dana Vell is one of the books on offer this month.\n\n"
            "It explains how the workers fought.\n")
    d = parse_article(text, "militant-2023-06-05-v87n22-mill-strikes.txt")
    assert (d.overline is not None and d.overline.value == "Books of the Month") is kicker
    assert d.headline.value == ("A new edition tells how the 1934 mill strikes were won"
                                if kicker else "Books of the Month")
    if kicker:
        assert d.deck is None and [b.name for b in d.bylines] == ["Ana Ruiz"]


def test_a_datelines_state_abbreviation_wash_is_the_state(registry):
    """"TACOMA, Wash. —": the registry's Washington State under its abbreviation, as every
    other state's ("Minn.", "Calif."), never a new place "Wash"."""
    from nlp_support import run_entities

    d = run_entities(registry, "Longshore workers walked out.", dateline="TACOMA, Wash. — ")
    got = {(m.span.of(d.text), m.entity) for m in d.annotations.mentions}
    assert ("Wash.", "place/washington-state") in got or ("Wash", "place/washington-state") in got
    assert not any(k.endswith("/wash") for k in d.annotations.entities)


@pytest.mark.parametrize("top,kicker", [
    ("Workers in Kelvania", True), ("Farm crisis in the Midwest", True),
    ("Nurses hold the line", False), ("Miners strike in Kelvo", False)])
def test_todays_site_a_line_on_top_of_two_title_blocks_is_a_kicker_when_it_holds_no_verb(
        top, kicker):
    text = (f"{top}\n\nBack the fight for safe staffing at the county hospitals\n\n"
            "Hospital bosses cut shifts\n\nDecember 8, 2025\n\n"
            "Nurses in three states are on the picket line this month to say that safe "
            "staffing is a matter of life and death.\n")
    d = parse_article(text, "militant-2025-12-08-v89n46-nurses.txt")
    assert (d.overline is not None and d.overline.value == top) is kicker
    assert d.headline.value == ("Back the fight for safe staffing at the county hospitals"
                                if kicker else top)
