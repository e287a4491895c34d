"""Where a name begins and ends on set V's kinds (issue 10, read by category after its untuned
measure; branch ent35): "and" inside a union's name before a numbered local or after a country,
a local's number glued before its union's initials, a union's initials before its country's
branch and local, a federation's initials before its union, a role noun before a name with a
particle, a double-barrelled surname after a registry person's name. Every sentence is made up
for these tests; no text or name of a held-out set is used (registry names stand only where the
mechanism needs a known one)."""

from __future__ import annotations

import pytest

from tests.nlp_support import found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- "and" inside a union's name ----------------------------------------------------------------
def test_and_before_professionals_and_a_local_is_one_union(registry):
    got = _labels(registry, "Dorrow Nurses and Allied Professionals Local 4471 filed a grievance on Monday.")
    assert got.get("Dorrow Nurses and Allied Professionals Local 4471", "").startswith("organization/"), got
    assert len(got) == 1, got


def test_a_town_word_after_a_country_before_and_joins_the_union(registry):
    # "Plantation" is a town the gazetteer knows; after a registry country and before "and" and
    # a union's head it is the members' trade
    got = _labels(registry, "Pickers in the Ghana Plantation and Orchard Workers Union won a raise.")
    assert got.get("Ghana Plantation and Orchard Workers Union", "").startswith("organization/"), got
    assert "Plantation" not in got and "Orchard Workers Union" not in got, got


def test_a_town_alone_before_and_still_stands_apart(registry):
    # no country glued before it: the town is a name of its own, as before
    got = _labels(registry, "Drivers in Buffalo and Rochester Workers Union members met.")
    assert "Buffalo and Rochester Workers Union" not in got, got


# -- numbers and initials before a union --------------------------------------------------------
def test_a_number_glued_before_initials_opens_the_union_name(registry):
    got = _labels(registry, "Ana Kelvo, a steward in 2231KWU Kelvin Care Workers East, spoke first.")
    assert got.get("2231KWU Kelvin Care Workers East", "").startswith("organization/"), got
    assert "Kelvin Care Workers East" not in got, got


def test_a_number_glued_to_a_lower_case_unit_is_no_name(registry):
    got = _labels(registry, "In the 1990s the plant made 40kg bags for Dorrow Foods.")
    assert not any(k[:1].isdigit() for k in got), got


def test_a_compass_word_after_a_unions_head_keeps_it_a_union(registry):
    got = _labels(registry, "The Dorrow Care Workers West signed the contract.")
    assert got.get("Dorrow Care Workers West", "").startswith("organization/"), got


@pytest.mark.parametrize("sentence,name", [
    ("Dockers in KAWU Canada Local 871 rejected the offer.", "KAWU Canada Local 871"),
    ("Dockers in DWU-CLC Canada Local 871 rejected the offer.", "DWU-CLC Canada Local 871"),
])
def test_initials_before_a_country_and_a_local_open_its_name(registry, sentence, name):
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert "Canada Local 871" not in got, got


def test_a_country_and_a_local_with_no_initials_stay_as_before(registry):
    got = _labels(registry, "Dockers in Canada Local 871 rejected the offer.")
    assert "Canada Local 871" in got, got


def test_a_federations_initials_before_its_union_make_one_name(registry):
    got = _labels(registry, "In 1946 the CIO United Auto Workers walked out at General Motors.")
    assert got.get("CIO United Auto Workers", "").startswith("organization/"), got
    assert "CIO" not in got and "United Auto Workers" not in got, got


def test_the_federation_and_the_union_apart_stay_two(registry):
    got = _labels(registry, "The United Auto Workers and the CIO met in 1946.")
    assert got.get("United Auto Workers") == "organization/united-auto-workers", got
    assert got.get("CIO") == "organization/congress-of-industrial-organizations", got


# -- people ---------------------------------------------------------------------------------------
def test_a_role_noun_before_a_name_with_a_particle_is_dropped(registry):
    got = _labels(registry, "Seamstress Rosa Peña de Kelvo joined the picket line.")
    assert got.get("Rosa Peña de Kelvo", "").startswith("person/"), got
    assert not any(k.startswith("Seamstress") for k in got), got


def test_a_given_name_before_a_particle_stays_the_names(registry):
    got = _labels(registry, "Rosa Maria de Kelvo joined the picket line.")
    assert got.get("Rosa Maria de Kelvo", "").startswith("person/"), got


def test_a_registry_persons_name_before_a_hyphenated_surname_is_another_person(registry):
    got = _labels(registry, "Workers spoke with Jack Barnes-Kelvo at the plant gate.")
    assert got.get("Jack Barnes-Kelvo", "").startswith("person/"), got
    assert "Jack Barnes" not in got and got.get("Jack Barnes-Kelvo") != "person/jack-barnes", got
    got = _labels(registry, "Workers spoke with Jack Barnes at the plant gate.")
    assert got.get("Jack Barnes") == "person/jack-barnes", got


# -- a town named with a title ---------------------------------------------------------------------
def test_at_before_a_title_and_a_known_town_makes_the_town(registry):
    got = _labels(registry, "Freight trains sat idle at Prince Albert for a week.")
    assert got.get("Prince Albert", "").split("/")[0] in ("city", "place"), got
    assert "Albert" not in got, got


@pytest.mark.parametrize("sentence", [
    "Guests danced at Prince Albert’s ball.",  # a possessive: the prince's
    "She met Prince Albert at the palace.",  # no word saying a town before the title
])
def test_a_title_and_a_town_name_elsewhere_stay_a_person(registry, sentence):
    got = _labels(registry, sentence)
    assert got.get("Albert", "").startswith("person/") and "Prince Albert" not in got, got
