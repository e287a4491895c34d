"""Shapes met on real pages of the paper (read locally, never copied; the tests' names are made
up): a month and a year before "by" and a person is when, not a work's title; an office before
one uncommon word is a title before a surname ("Premier Kassim"), while a common word keeps its
name ("Premier Foods"); a caption's "(right)" between a name and its role; a gerund of a title
in Title Case ("toward Building the …") is no name."""

from __future__ import annotations

import pytest
from nlp_support import found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


def test_a_month_and_year_before_by_and_a_person_is_no_title(registry):
    got = _labels(registry, "The farmers joined the Dorrow Valley Action Committee, which was "
                            "organized in March 1982 by Tessa Brindle, a farmer from Kelvo.")
    assert "March 1982" not in got, got
    assert got.get("Tessa Brindle", "").startswith("person/"), got


@pytest.mark.parametrize("sentence, person", [
    ("The revolt was smashed when Premier Kassovar called on the workers to defend the regime.", "Kassovar"),
    ("Chancellor Brindlemeyer announced the cuts on Monday.", "Brindlemeyer"),
])
def test_an_office_before_one_uncommon_word_is_a_title_before_a_surname(registry, sentence, person):
    got = _labels(registry, sentence)
    assert got.get(person, "").startswith("person/"), got
    assert not [s for s in got if s.startswith(("Premier ", "Chancellor "))], got


@pytest.mark.parametrize("sentence, name", [
    ("Workers at Premier Foods walked out on Monday.", "Premier Foods"),
    ("Engineers at General Atomics struck the plant.", "General Atomics"),
])
def test_a_common_word_or_a_firms_title_keeps_its_name(registry, sentence, name):
    got = _labels(registry, sentence)
    assert name in got, got


@pytest.mark.parametrize("position", ["right", "second from left", "center", "at podium", "foreground"])
def test_a_photo_position_between_the_name_and_its_role_still_types_a_person(registry, position):
    got = _labels(registry, f"Mildre Varnholt ({position}), a miner at the Dorrow mine, speaks at the "
                            "meeting. Varnholt described the strike.")
    assert got.get("Mildre Varnholt", "").startswith("person/"), got


def test_a_gerund_before_an_article_and_a_name_is_no_name(registry):
    got = _labels(registry, "Delegates came to the First National Conference toward Building the "
                            "Kelvish Workers Party held in Dorrow.")
    assert "Building" not in got, got
    assert "Kelvish Workers Party" in got, got


def test_a_town_ending_in_ing_before_an_article_stays_a_town(registry):
    got = _labels(registry, "In Beijing the regime cracked down on the strikers.")
    assert got.get("Beijing", "").startswith("city/"), got


@pytest.mark.parametrize("sentence", [
    "Protests followed the police killing of Ardel Quoyne near Dorrow.",
    "Cops shot and killed Ardel Quoyne in July.",
    "Hundreds marched on the anniversary of the lynching of Ardel Quoyne.",
])
def test_the_victim_of_a_violent_act_is_a_person(registry, sentence):
    got = _labels(registry, sentence)
    assert got.get("Ardel Quoyne", "").startswith("person/"), got


def test_a_place_or_a_body_after_the_act_keeps_its_kind(registry):
    got = _labels(registry, "The killing of Dorrow Tallis outraged the Kelvo Miners Union. "
                            "A bombing killed Kelvo Airlines workers.")
    assert got.get("Kelvo Miners Union", "").startswith("organization/"), got
    assert not got.get("Kelvo Airlines", "").startswith("person/"), got


def test_georgias_abbreviation_is_the_us_state_and_its_name_stays_the_gazetteers(registry):
    """"ALBANY, Ga." (set BT): "Ga." is the U.S. state, a registry row of its own; "Georgia" alone
    is left to the gazetteer, which also knows the country."""
    got = _labels(registry, "KELVO, Ga. — Farmers met in Dorrow, Ga., on Monday.")
    assert got.get("Ga.") == "place/georgia-us-state", got
    assert "Ga" not in got, got


@pytest.mark.parametrize("sentence, name", [
    ("Strikers picketed bourbon maker Grace Hollow distillery here since May.", "Grace Hollow"),
    ("Workers at the Tessa Dorrow brewery voted to join the union.", "Tessa Dorrow"),
])
def test_a_name_before_a_drinks_makers_works_is_the_firm(registry, sentence, name):
    """A distillery, brewery or winery is a firm's works: the name before it is the firm's even
    when it opens with a given name (a real page's bourbon maker was read as a person)."""
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got


def test_a_registry_towns_name_that_is_a_persons_surname_on_the_page_is_the_person(registry):
    """The registry lists the town Ferguson; a page naming "Dana Ferguson" in full and then
    "Ferguson" alone means her (a real page's worker was linked to the town)."""
    got = found(registry, "Socialist workers Dana Ferguson and Omar Kelvani sold papers at the "
                          "gate. Ferguson and Kelvani also spoke at the meeting.")
    assert [k for s, k in got if s == "Ferguson"] == [k for s, k in got if s == "Dana Ferguson"]
    assert [k for s, k in got if s == "Ferguson"][0].startswith("person/"), got


@pytest.mark.parametrize("sentence", [
    "Dana Ferguson spoke about the protests in Ferguson last year.",
    "Dana Ferguson drove from Ferguson, Missouri, to the rally.",
])
def test_the_town_in_a_places_frame_stays_the_town(registry, sentence):
    got = found(registry, sentence)
    assert ("Ferguson", "city/ferguson-missouri") in got, got


def test_the_town_with_no_person_of_that_name_stays_the_town(registry):
    got = found(registry, "Ferguson residents marched on the police station again.")
    assert ("Ferguson", "city/ferguson-missouri") in got, got
