"""Where a name begins on set T's kinds (issue 10, read by category after its untuned measure;
branch ent32): an "All" opening a body's name before a registry country with no list joined by
"and" in it, and a country before the short name of its government's department. Every
sentence is made up for these tests; no text or name of a held-out set is used (registry
countries and departments stand only where the mechanism needs a known one)."""

from __future__ import annotations

import pytest
from nlp_support import found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


@pytest.mark.parametrize("sentence,name", [
    ("Leaders of the All India Dock Workers Association spoke on Monday.",
     "All India Dock Workers Association"),
    # at a sentence's start, before a lower-case noun
    ("All Cuba Sugar Cutters Federation delegates met in the hall.", "All Cuba Sugar Cutters Federation"),
])
def test_all_before_a_registry_country_opens_a_body_name(registry, sentence, name):
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert not any(k != name and k in name for k in got), got


def test_all_before_a_city_stays_out_without_a_list(registry):
    # an all-city body is no shape the paper prints; "All" opens only a country's body here
    got = _labels(registry, "The All Chicago Dock Workers Association spoke.")
    assert "Chicago Dock Workers Association" in got and not any(k.startswith("All") for k in got), got


def test_all_as_a_determiner_stays_out(registry):
    got = _labels(registry, "All India Dock Workers Association members voted, and all of them struck.")
    assert "All India Dock Workers Association" in got, got
    got = _labels(registry, "We met all India Dock Workers Association leaders.")
    assert not any(k.lower().startswith("all") for k in got), got


# -- a country before its department's short name -------------------------------------------------
@pytest.mark.parametrize("sentence,name,key", [
    ("A spokesman for the U.S. State Department denied the report on Friday.",
     "U.S. State Department", "organization/u-s-department-of-state"),
    ("The U.S. Labor Department released the figures.",
     "U.S. Labor Department", "organization/u-s-department-of-labor"),
])
def test_a_country_before_its_departments_short_name_is_one_mention(registry, sentence, name, key):
    got = _labels(registry, sentence)
    assert got.get(name) == key, got
    assert "U.S." not in got and "State Department" not in got and "Labor Department" not in got, got


def test_the_short_name_alone_and_the_country_elsewhere_stay_apart(registry):
    got = _labels(registry, "The State Department said so, and the U.S. government agreed.")
    assert got.get("State Department") == "organization/u-s-department-of-state", got
    assert got.get("U.S.") == "country/united-states", got


def test_another_country_before_the_short_name_opens_nothing(registry):
    # the registry's department is the U.S. one: its label opens with no other country
    got = _labels(registry, "Officials of the Cuba State Department met them.")
    assert not any(k.startswith("Cuba State Department") and v == "organization/u-s-department-of-state"
                   for k, v in got.items()), got


# -- a spelled number opening a firm's name -------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Workers at Four Seasons Apparel walked out on Monday.", "Four Seasons Apparel"),
    ("He said One Harvest Apparel pays less than the others.", "One Harvest Apparel"),
])
def test_a_spelled_number_opens_a_firms_name_inside_a_sentence(registry, sentence, name):
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert not any(k != name and k in name for k in got), got


@pytest.mark.parametrize("sentence,name", [
    ("Two Kelvane Foods workers spoke at the rally.", "Kelvane Foods"),  # a count at a sentence's start
    ("We met Two Labor Party leaders there.", "Labor Party"),  # a field after the number
])
def test_a_number_counting_stays_out_of_the_name(registry, sentence, name):
    got = _labels(registry, sentence)
    assert name in got and not any(k != name and name in k for k in got), got
