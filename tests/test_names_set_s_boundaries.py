"""Where a name begins and ends on set S's kinds (issue 10, read by category after its untuned
measure; branch ent30): small words inside a body's name (a campus's "at"/"à", "Against the",
an "All-" prefix), a demand's verb opening a campaign's name, a union's hyphenated acronyms
before its local, and a place glued to or cut from a name (a
city before a treaty's head, a region "of" its state, a place before another place's party, a
town's green). Every sentence is made up for these tests; no text or name of a held-out set is
used (registry names stand only where the mechanism needs a known place or body)."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


def _only(got: dict[str, str], name: str, kind: str) -> None:
    """`name` is one mention of `kind` and no piece of it is named apart."""
    assert got.get(name, "").startswith(kind + "/"), got
    assert not any(k != name and k in name for k in got), got


# One row a case: a made-up sentence, then the one name of that kind it holds whole, with no
# piece of it named apart.
ONE_NAME = [
    # -- 1. small words inside names ---------------------------------------------------------
    # a campus's town after "at", known to the registry or not
    pytest.param("Students at the University of Kelvia at Dorrow rallied on Tuesday.",
                 "University of Kelvia at Dorrow", "organization", id="campus-after-at-unknown-town"),
    pytest.param("Professors at the University of Kelvia at Chicago joined them.",
                 "University of Kelvia at Chicago", "organization", id="campus-after-at-registry-city"),
    # French "à", the town unknown or known, the sentence ending after it
    pytest.param("Professors at the Université du Kelvin à Dorrow joined them.",
                 "Université du Kelvin à Dorrow", "organization", id="campus-after-a-unknown-town"),
    pytest.param("She studies at the Université du Kelvin à Montréal.",
                 "Université du Kelvin à Montréal", "organization",
                 id="campus-after-a-known-town-at-the-end"),
    pytest.param("Members of Kelvish Veterans Against the War spoke at the rally.",
                 "Kelvish Veterans Against the War", "organization", id="against-the-inside-a-bodys-name"),
    # a registry place glued before such a body opens it
    pytest.param("In 1971 members of Cuba Veterans Against the Blockade marched.",
                 "Cuba Veterans Against the Blockade", "organization",
                 id="against-the-inside-a-bodys-name-a-registry-place-opening-it"),
    # an "All-" prefix glued to a country opens the name
    pytest.param("The All-China Federation of Dockers called the strike.",
                 "All-China Federation of Dockers", "organization", id="all-prefix-registry-country"),
    pytest.param("The All-Kelvia Federation of Trade Unions called it.",
                 "All-Kelvia Federation of Trade Unions", "organization", id="all-prefix-unknown-country"),
    # -- 2. a demand's verb and "the" before a body's head is one name -----------------------
    pytest.param("Stop the Dorrow War Coalition organized the march.",
                 "Stop the Dorrow War Coalition", "organization", id="demand-verb-opening-a-sentence"),
    pytest.param("The march was called by the Stop the Bombing Coalition.",
                 "Stop the Bombing Coalition", "organization", id="demand-verb-after-the"),
    pytest.param("Save the Kelvin Mill Committee met on Monday.",
                 "Save the Kelvin Mill Committee", "organization", id="demand-verb-save"),
    # -- 4. a place glued or cut ---------------------------------------------------------------
    pytest.param("The Paris Peace Accords were signed in 1973.", "Paris Peace Accords", "work",
                 id="city-before-a-treatys-head-is-part-of-it"),
    pytest.param("The Kurdistan Democratic Party won seats.", "Kurdistan Democratic Party", "organization",
                 id="place-before-another-places-party-is-that-partys-name"),
    # a city and its green are one place
    pytest.param("A rally on Boston Common drew 500.", "Boston Common", "place", id="city-and-its-common"),
    pytest.param("Pickets gathered on Chicago Green at noon.", "Chicago Green", "place",
                 id="city-and-its-green"),
]


@pytest.mark.parametrize("sentence,name,kind", ONE_NAME)
def test_one_name_whole(registry, sentence, name, kind):
    _only(_labels(registry, sentence), name, kind)


# One row a case: a made-up sentence, then what the entities stage must say of each name (a
# kind or a registry key; nlp_support.check_names).
CASES = [
    pytest.param("Dockers in China struck.", {"China": "country/china"}, id="a-country-alone-is-still-named"),
    pytest.param("Delegates met in Paris Tuesday.", {"Paris": "city/paris"},
                 id="a-city-before-other-words-stays-a-city"),
    pytest.param("The U.S. Democratic Party won seats.",
                 {"Democratic Party": "organization/democratic-party"},
                 id="the-party-of-the-places-own-country-stays-the-registry-party"),
    pytest.param("The Boston Green Party met.", {"Boston Green Party": "organization"},
                 id="a-city-before-a-green-party-stays-the-party"),
]


@pytest.mark.parametrize("sentence,want", CASES)
def test_set_s_boundaries(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- shapes of their own: 1. small words, 2. a demand, 3. hyphenated unions, 4. a place -----------
def test_at_after_no_university_stays_two_names(registry):
    got = _labels(registry, "He worked at Dorrow Foods at Chicago for years.")
    assert "Chicago" in got and not any(" at " in k for k in got), got


def test_a_demand_against_a_body_keeps_the_verb_out(registry):
    got = _labels(registry, "· Stop the Dorrow Coalition from closing the plant!")
    assert not any(k.startswith("Stop") for k in got), got


def test_two_acronyms_before_a_local_open_its_name(registry):
    got = _labels(registry, "The strike by KAWU-CIO Local 312 went on. Members of Local 312 held firm.")
    _only({k: v for k, v in got.items() if k != "Local 312"}, "KAWU-CIO Local 312", "organization")
    assert got.get("Local 312", "").startswith("organization/"), got


def test_a_registry_union_inside_the_hyphenated_local_is_no_mention_of_its_own(registry):
    got = _labels(registry, "Workers at UAW-CIO Local 312 struck.")
    assert list(got) == ["UAW-CIO Local 312"], got


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

