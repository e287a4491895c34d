"""Where a name begins and ends on set S's kinds (issue 10, read by category after its untuned
measure; branch ent30): small words inside a body's name (a campus's "at"/"à", "Against the",
an "All-" prefix), a demand's verb opening a campaign's name, a union's hyphenated acronyms
before its local, and a place glued to or cut from a name (a
city before a treaty's head, a region "of" its state, a place before another place's party, a
town's green). Every sentence is made up for these tests; no text or name of a held-out set is
used (registry names stand only where the mechanism needs a known place or body)."""

from __future__ import annotations

import pytest

from tests.nlp_support import found


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


def _only(got: dict[str, str], name: str, kind: str) -> None:
    """`name` is one mention of `kind` and no piece of it is named apart."""
    assert got.get(name, "").startswith(kind + "/"), got
    assert not any(k != name and k in name for k in got), got


# -- 1. small words inside names ------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    # a campus's town after "at", known to the registry or not
    ("Students at the University of Kelvia at Dorrow rallied on Tuesday.", "University of Kelvia at Dorrow"),
    ("Professors at the University of Kelvia at Chicago joined them.", "University of Kelvia at Chicago"),
    # French "à", the town unknown or known, the sentence ending after it
    ("Professors at the Université du Kelvin à Dorrow joined them.", "Université du Kelvin à Dorrow"),
    ("She studies at the Université du Kelvin à Montréal.", "Université du Kelvin à Montréal"),
])
def test_a_campus_after_at_is_part_of_the_university(registry, sentence, name):
    _only(_labels(registry, sentence), name, "organization")


def test_at_after_no_university_stays_two_names(registry):
    got = _labels(registry, "He worked at Dorrow Foods at Chicago for years.")
    assert "Chicago" in got and not any(" at " in k for k in got), got


@pytest.mark.parametrize("sentence,name", [
    ("Members of Kelvish Veterans Against the War spoke at the rally.",
     "Kelvish Veterans Against the War"),
    # a registry place glued before such a body opens it
    ("In 1971 members of Cuba Veterans Against the Blockade marched.", "Cuba Veterans Against the Blockade"),
])
def test_against_the_inside_a_body_name(registry, sentence, name):
    _only(_labels(registry, sentence), name, "organization")


@pytest.mark.parametrize("sentence,name", [
    ("The All-China Federation of Dockers called the strike.", "All-China Federation of Dockers"),
    ("The All-Kelvia Federation of Trade Unions called it.", "All-Kelvia Federation of Trade Unions"),
])
def test_an_all_prefix_glued_to_a_country_opens_the_name(registry, sentence, name):
    _only(_labels(registry, sentence), name, "organization")


def test_a_country_alone_is_still_named(registry):
    assert _labels(registry, "Dockers in China struck.").get("China") == "country/china"


# -- 2. a demand's verb opening a campaign's name ------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Stop the Dorrow War Coalition organized the march.", "Stop the Dorrow War Coalition"),
    ("The march was called by the Stop the Bombing Coalition.", "Stop the Bombing Coalition"),
    ("Save the Kelvin Mill Committee met on Monday.", "Save the Kelvin Mill Committee"),
])
def test_a_demand_verb_and_the_before_a_body_head_is_one_name(registry, sentence, name):
    _only(_labels(registry, sentence), name, "organization")


def test_a_demand_against_a_body_keeps_the_verb_out(registry):
    got = _labels(registry, "· Stop the Dorrow Coalition from closing the plant!")
    assert not any(k.startswith("Stop") for k in got), got


# -- 3. hyphenated union names --------------------------------------------------------------------
def test_two_acronyms_before_a_local_open_its_name(registry):
    got = _labels(registry, "The strike by KAWU-CIO Local 312 went on. Members of Local 312 held firm.")
    _only({k: v for k, v in got.items() if k != "Local 312"}, "KAWU-CIO Local 312", "organization")
    assert got.get("Local 312", "").startswith("organization/"), got


def test_a_registry_union_inside_the_hyphenated_local_is_no_mention_of_its_own(registry):
    got = _labels(registry, "Workers at UAW-CIO Local 312 struck.")
    assert list(got) == ["UAW-CIO Local 312"], got


# -- 4. a place glued or cut -------------------------------------------------------------------------
def test_a_city_before_a_treaty_head_is_part_of_it(registry):
    _only(_labels(registry, "The Paris Peace Accords were signed in 1973."), "Paris Peace Accords", "work")


def test_a_city_before_other_words_stays_a_city(registry):
    assert _labels(registry, "Delegates met in Paris Tuesday.").get("Paris") == "city/paris"


@pytest.mark.parametrize("sentence,region,state", [
    ("Miners in the Dorrow Valley of Queensland struck.", "Dorrow Valley", "Queensland"),
    ("Farmers in the Kelvo Basin of New South Wales marched.", "Kelvo Basin", "New South Wales"),
])
def test_a_region_of_a_state_is_two_places(registry, sentence, region, state):
    got = _labels(registry, sentence)
    assert got.get(region, "").startswith("place/") and got.get(state, "").startswith("place/"), got
    assert not any(" of " in k for k in got), got


def test_of_after_a_region_head_and_no_state_stays_one_name(registry):
    got = _labels(registry, "Tourists visit the Valley of the Kings.")
    assert "Valley of the Kings" in got, got


def test_a_place_before_another_places_party_is_that_partys_name(registry):
    _only(_labels(registry, "The Kurdistan Democratic Party won seats."), "Kurdistan Democratic Party",
          "organization")


def test_the_party_of_the_places_own_country_stays_the_registry_party(registry):
    got = _labels(registry, "The U.S. Democratic Party won seats.")
    assert got.get("Democratic Party") == "organization/democratic-party", got


@pytest.mark.parametrize("sentence,name", [
    ("A rally on Boston Common drew 500.", "Boston Common"),
    ("Pickets gathered on Chicago Green at noon.", "Chicago Green"),
])
def test_a_city_and_its_green_are_one_place(registry, sentence, name):
    _only(_labels(registry, sentence), name, "place")


def test_a_city_before_a_green_party_stays_the_party(registry):
    got = _labels(registry, "The Boston Green Party met.")
    assert got.get("Boston Green Party", "").startswith("organization/"), got
