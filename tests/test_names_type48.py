"""Kinds of names on the pass sets EQ–EU (branch type48): a bus line's, a health system's and a
landlord's own heads, a trail's head, a street named for a person whose family name has a
particle (its head and its acronym), the North Korean state's formal name and initials, a town
spelled as a firm the paper names, a list of people after a noun that names owners, a list closed
by a count and "other" and a plural noun, the body an office is held in, a word with a capital
inside opening a sentence, a dictator's surname on a page about his country and the Common
Market. Every
sentence is made up for these tests; no text or name of a held-out set is used (registry names
stand only where the mechanism needs the registry)."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, kinds_of

from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import Cues, head_word


def _kinds(registry, *paragraphs: str) -> dict[str, str]:
    return kinds_of(found(registry, *paragraphs))


@pytest.mark.parametrize("paragraph, want", [
    # heads of [head_types]: a health system, a bus line and a landlord are bodies, a trail a place
    ("Nurses at Kelvo County Health walked out on Monday.", {"Kelvo County Health": "organization"}),
    ("Drivers at Dorrow Bus said the shifts were too long.", {"Dorrow Bus": "organization"}),
    ("Tenants said Tallow Properties had doubled the rent.", {"Tallow Properties": "organization"}),
    # a role's apposition before a landlord's name: the firm that owns the building
    ("The new owner, Tallow Properties, told the tenants to leave.",
     {"Tallow Properties": "organization"}),
    ("Supplies moved south along the Kelvo Dorrow Trail for years.", {"Kelvo Dorrow Trail": "place"}),
])
def test_heads_of_bodies_and_places(registry, paragraph, want):
    check_names(_kinds(registry, paragraph), want)


def test_a_street_named_for_a_person_with_a_particle_keeps_its_head(registry):
    got = dict(found(registry, "Crowds filled Kelvo de los Dorros Avenue (KDDA) on Sunday. "
                               "Police closed KDDA by night."))
    assert got["Kelvo de los Dorros Avenue"].startswith("place/")
    assert got["KDDA"] == got["Kelvo de los Dorros Avenue"]  # the acronym is the street's


def test_the_head_before_a_particle_is_still_the_head():
    cues = Cues()
    assert head_word("Kelvo de los Dorros Avenue", cues) == "Avenue"
    assert head_word("Universidad de Kelvo Dorros", cues) == "Universidad"
    assert head_word("Plaza of the Kelvo de Dorrow Street", cues) == "Plaza"  # an English "of"


def test_a_places_acronym_may_spell_a_particle():
    assert framing().initials_fit("KDDA", "Kelvo de los Dorros Avenue")
    assert framing().initials_fit("UAE", "United Arab Emirates")
    assert not framing().initials_fit("FTQ", "Québec")


def test_the_north_korean_states_formal_name_and_initials(registry):
    got = dict(found(registry, "Talks with the Democratic People’s Republic of Korea (DPRK) "
                               "resumed. The DPRK sent a delegation."))
    assert got["Democratic People’s Republic of Korea"] == "country/north-korea"
    assert got["DPRK"] == "country/north-korea"


def test_a_town_spelled_as_a_firm_is_no_place(registry):
    got = _kinds(registry, "Dow Chemical and Monsanto made the herbicide and paid nothing.")
    assert got.get("Monsanto") != "city"


@pytest.mark.parametrize("paragraph, want", [
    # "owners" before a list of full names: the people who own the shop
    ("The owners, Tomas Kelvane and Isaac Dorrow, were acquitted that year.",
     {"Tomas Kelvane": "person", "Isaac Dorrow": "person"}),
    # a noun that names only firms still makes every member one
    ("The meat packers Kelvane, Dorrow Daniels and Tallow cut wages.",
     {"Dorrow Daniels": "organization"}),
])
def test_a_list_after_owners(registry, paragraph, want):
    check_names(_kinds(registry, paragraph), want)


@pytest.mark.parametrize("paragraph, want", [
    # a count before "other" and the noun: the members are of the noun's kind
    ("Nurses struck at Kelvo Mercy, Dorrow Zion and four other hospitals.",
     {"Kelvo Mercy": "organization", "Dorrow Zion": "organization"}),
    ("Talks broke down at Kelvane, Dorrow and 12 other companies.",
     {"Kelvane": "organization", "Dorrow": "organization"}),
])
def test_a_list_closed_by_a_count_and_other(registry, paragraph, want):
    check_names(_kinds(registry, paragraph), want)


@pytest.mark.parametrize("paragraph, want", [
    ("Marta Kelvo, president of Òmnium Dorrowal, was jailed.", {"Òmnium Dorrowal": "organization"}),
    ("Tomas Dorrow, leader of Kelvaro, spoke to the crowd.", {"Kelvaro": "organization"}),
    # a region the gazetteer knows stays a place: its government's head
    ("Juan Kelvo, president of Catalonia, spoke.", {"Catalonia": "place"}),
])
def test_the_body_an_office_is_held_in(registry, paragraph, want):
    check_names(_kinds(registry, paragraph), want)


def test_a_word_with_a_capital_inside_opening_a_sentence_is_a_name(registry):
    got = _kinds(registry, "Workers walked out. KelvorMittal has announced it will close two lines.")
    assert "KelvorMittal" in got
    # a plain word opening a sentence names nothing
    assert "Workers" not in got


def test_a_dictators_surname_on_a_page_about_his_country(registry):
    got = dict(found(registry, "Teachers in Madrid said Franco’s generals wrote the charter."))
    assert got["Franco"] == "person/francisco-franco"
    got = dict(found(registry, "The Commune came out of the Franco-Prussian War."))
    assert got.get("Franco") is None  # no page about Spain, and glued to another word


def test_the_common_market(registry):
    got = dict(found(registry, "Britain joined the Common Market in 1973."))
    assert got["Common Market"] == "organization/european-economic-community"
    got = dict(found(registry, "Farmers of the Central American Common Market met in Honduras."))
    assert got.get("Common Market") is None  # no page about Europe


@pytest.mark.parametrize("paragraph, name", [
    # the last words that type a name cut no body's list (they are no head words)
    ("The state Office of Miners’ Health, Safety and Training came.",
     "Office of Miners’ Health, Safety and Training"),
    ("Their union, the Syndicate of Workers of Kelvo and Suburbs Bus Company, struck.",
     "Syndicate of Workers of Kelvo and Suburbs Bus Company"),
])
def test_the_last_words_that_type_cut_no_list(registry, paragraph, name):
    assert _kinds(registry, paragraph).get(name) == "organization"


def test_a_trades_words_before_a_last_word_that_types_are_left_to_the_bounder(registry):
    # "Motor Bus" after a registry country: no firm of its own (the bounder may join the two)
    got = _kinds(registry, "She drives for China Motor Bus in the city.")
    assert got.get("Motor Bus") != "organization"
