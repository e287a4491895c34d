"""Set AN's first pass (issue 10, branch ent63): a forum listing's talk titles in Title Case,
whose names are found inside them without the title's words glued on, and a listed talk that
names no speaker. Every sentence and name is made up for these tests; no text or name of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found

from kg.nlp.entities.mentions import annotate
from kg.reader import parse_article

_HEAD = "The Militant (logo)\n    Vol.64/No.12           March 27, 2000\nWhat's On\n\n"


def _listing(*events: tuple[str, str, str]) -> str:
    """A "What's On" page: each event (state, city, its paragraph)."""
    return _HEAD + "".join(f"{state}\n{city}\n{para}\n\n" for state, city, para in events)


def _names(registry, text: str) -> dict[str, str]:
    """Each mention's surface on the page → its entity's kind."""
    d = parse_article(text, "<test>")
    annotate(d, registry)
    return {m.span.of(d.text): m.entity.split("/", 1)[0] for m in d.annotations.mentions}


# -- a listed talk with no speaker: a sentence runs on after its title -----------------------------
@pytest.mark.parametrize("para, title", [
    ("Dockers Hold the Line at Kelvport. Panel of port workers, members of the dockers’ union "
     "local at the terminal. Fri., March 24, 7:30 p.m. 20 Main St. Donation: $4.",
     "Dockers Hold the Line at Kelvport."),
    ("Why Bakers Struck Dorrow Foods. Bakery workers from the night shift and their families "
     "tell what they won. Sat., March 25, 7 p.m. 40 Oak St.",
     "Why Bakers Struck Dorrow Foods."),
])
def test_listed_talk_with_a_sentence_and_no_speaker(para, title):
    d = parse_article(_listing(("OHIO", "Toledo", para)), "<test>")
    assert [(i.title.value, i.place.value) for i in d.items] == [(title, "Toledo")]
    assert d.items[0].date.value.startswith("2000-03-2")


def test_running_text_without_a_title_is_still_no_listed_talk():
    from kg.reader.items import _event_day
    line = " ".join(["word"] * 20) + " and more words here. Fri., July 20, 7 p.m."
    assert _event_day(line) is None


# -- names inside a talk's title in Title Case -----------------------------------------------------
@pytest.mark.parametrize("para, want, junk", [
    ("Why Workers Oppose the NATO Troops in Serbia. Speaker: Lena Oduya-Marsh, Socialist "
     "Workers Party. Fri., March 24, 7:30 p.m. 20 Main St.",
     {"NATO": "organization", "Serbia": "country"}, ["NATO Troops in Serbia", "NATO Troops"]),
    ("Get the U.S. Army Out of Okinawa! Speaker: Rafe Kinnear, Young Socialists. "
     "Sat., March 25, 7 p.m. 40 Oak St.",
     {"U.S. Army": "organization", "Okinawa": "city"}, ["U.S.", "Army Out of Okinawa"]),
    ("End the NATO Attacks on Iraq! Speaker: Mara Juarez, Socialist Workers Party. "
     "Sat., March 25, 7 p.m. 40 Oak St.",
     {"NATO": "organization", "Iraq": "country"}, ["NATO Attacks on Iraq", "NATO Attacks"]),
])
def test_names_inside_a_title_case_talk_title(registry, para, want, junk):
    got = _names(registry, _listing(("OHIO", "Toledo", para)))
    for name, kind in want.items():
        assert got.get(name) == kind, (name, got)
    for name in junk:
        assert name not in got, (name, got)


def test_an_acronym_glued_to_a_word_nobody_uses_stays_apart(registry):
    # "Kelvoron" is no common word: the acronym before it may be part of another name
    got = _names(registry, _listing(("OHIO", "Toledo",
                                     "Stop the NATO Kelvoron Plan! Speaker: Lena Oduya-Marsh, "
                                     "Socialist Workers Party. Fri., March 24, 7:30 p.m.")))
    assert "NATO" not in got, got



# -- a listed speaker whose given name no list knows; an acronym in a Title Case title -----------
@pytest.mark.parametrize("para, want", [
    ("Farm Workers Speak Out. Speaker: Hone Te Rangi, Meat Workers Union. Fri., March 24, 7 p.m.",
     {"Hone Te Rangi": "person", "Meat Workers Union": "organization"}),
    ("Farm Workers Speak Out. Speakers: Mere Kereama, union organizer; Lena Oduya-Marsh, "
     "Socialist Workers Party. Fri., March 24, 7 p.m.",
     {"Mere Kereama": "person", "Lena Oduya-Marsh": "person"}),
    # the label's cue yields to a body's head word
    ("Farm Workers Speak Out. Speaker: Kelvo Steel Workers Union. Fri., March 24, 7 p.m.",
     {"Kelvo Steel Workers Union": "organization"}),
])
def test_a_listed_speaker_is_a_person(registry, para, want):
    got = _names(registry, _listing(("OHIO", "Toledo", para)))
    for name, kind in want.items():
        assert got.get(name) == kind, (name, got)


@pytest.mark.parametrize("para, name", [
    ("Bakers Strike for a Union Contract at KLB. Two bakery workers report. Fri., March 24, "
     "7 p.m.",
     "KLB"),
    ("Solidarity With the Strikers at DRW! Speaker: Lena Oduya-Marsh, Socialist Workers "
     "Party. Fri., March 24, 7 p.m.", "DRW"),
])
def test_a_name_in_capitals_inside_a_title_case_title(registry, para, name):
    got = _names(registry, _listing(("OHIO", "Toledo", para)))
    assert name in got, got


def test_a_title_case_word_alone_in_a_talk_title_is_still_no_name(registry):
    got = _names(registry, _listing(("OHIO", "Toledo",
                                     "Bakers Win Fair Shift Rotas. Two bakery workers report. "
                                     "Fri., March 24, 7 p.m.")))
    assert not {"Bakers", "Fair Shift Rotas", "Bakers Win Fair Shift Rotas"} & set(got), got


# -- May Day with its year, Central America, a long name with a particle of descent ---------------
@pytest.mark.parametrize("sentence, want", [
    ("Half a million people marched on May Day 2011 in the city.",
     {"May Day": "event", "Day": None}),
    ("The rallies of May Day 1998 were the largest in years.", {"May Day": "event", "Day": None}),
    # a day number after it is a date, as before
    ("The March Rally 5 was called off.", {"March Rally": None}),
    ("Garment workers across Central America struck for higher pay.",
     {"Central America": "place"}),
    ("The regime of Salah Kelvi El Amin Ben Dorra sent in the army.",
     {"Salah Kelvi El Amin Ben Dorra": "person"}),
    ("Troops loyal to Ahmed Ould Kelvane Dorra fired on the crowd.",
     {"Ahmed Ould Kelvane Dorra": "person"}),
    # "Ben" opening a name, or a body's head word, is no particle of descent
    ("The Kelvi Ben Dorra Foundation gave money to the school.",
     {"Kelvi Ben Dorra Foundation": "organization"}),
])
def test_set_an_names_in_running_text(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)


# -- a party whose head word is an event's noun, said a party by its apposition -------------------
@pytest.mark.parametrize("sentence, want", [
    ("Last year a judge banned the Popular Kelvish Rally (PKR), Amin Dorra’s old party, and "
     "seized its offices. The PKR had ruled for years.",
     {"Popular Kelvish Rally": "organization", "PKR": "organization"}),
    ("The Dorrovian Rally, the ruling party, lost the vote.", {"Dorrovian Rally": "organization"}),
    # an apposition that says no body leaves the event
    ("The Dorrovian Rally, a march of 5,000, filled the square.", {"Dorrovian Rally": "event"}),
])
def test_a_party_named_like_an_event(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)


# -- a firm that the gazetteer also knows as a town, listed beside registry firms -----------------
@pytest.mark.parametrize("sentence, want", [
    ("Her plant sews for Nantes and Walmart.", {"Nantes": "organization"}),
    ("Her plant sews for Walmart, Ridge and Target.", {"Ridge": "organization"}),
    # beside a known place it stays a town
    ("Trains run from Nantes and Paris daily.", {"Nantes": "city"}),
])
def test_a_town_named_firm_listed_beside_firms(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)


# -- a letter glued to a common noun opens no name; Central America inside a longer name ----------
@pytest.mark.parametrize("sentence, want", [
    ("Her plant sews T-shirts for Kelvo Activewear in the free trade zone.",
     {"Kelvo Activewear": "organization", "T-shirts for Kelvo Activewear": None}),
    ("Nurses took X-rays at Dorrow General Hospital all night.",
     {"Dorrow General Hospital": NAMED, "X-rays at Dorrow General Hospital": None}),
    # a name whose second part is capitalised is no such noun
    ("She rented a U-Haul truck for the move.", {"U-Haul": NAMED}),
    # the registry's Central America stays out of a longer name it opens
    ("Unions opposed the Central America Free Trade Agreement in the Senate.",
     {"Central America": None, "Free Trade Agreement": None}),
])
def test_a_letter_noun_and_a_region_in_a_longer_name(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)
