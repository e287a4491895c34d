"""A US state's name after a town and a comma is the state (kg/nlp/entities/spans/townstate.py
`states_after_towns`, the keys in kg/data/nlp/townstates.toml): "Washington", "New York" and
"Georgia" alone name the capital, the city and the country; "<Town>, Washington" on a letter's
place line or in a dateline names the state. Towns and people here are made up."""

from __future__ import annotations

import pytest
from nlp_support import found


def _keys(registry, text: str, surface: str) -> list[str]:
    return [k for s, k in found(registry, text) if s == surface]


@pytest.mark.parametrize(("text", "surface", "key"), [
    ("Nurses from Kelvoville, Washington, joined the march.", "Washington", "place/washington-state"),
    ("Dana Ode of Spokane, Washington and Ed Bell spoke.", "Washington", "place/washington-state"),
    ("Pickets in Dorrow, New York, held the line.", "New York", "place/new-york-state"),
    ("Rail workers struck in Atlanta, Georgia.", "Georgia", "place/georgia-us-state"),
    ("Strikers at the Kelvo plant in Columbus, Georgia—a two-week strike—won.", "Georgia",
     "place/georgia-us-state"),
    ("Tessa Brindle, a nurse from St. Kelvin Falls, Georgia, spoke.", "Georgia", "place/georgia-us-state"),
])
def test_a_state_after_a_us_town_is_the_state(registry, text, surface, key):
    assert _keys(registry, text, surface) == [key]


@pytest.mark.parametrize(("text", "surface", "key"), [
    # alone, the name keeps what it means alone
    ("Unionists marched on Washington in April.", "Washington", "city/washington-dc"),
    ("Workers in New York rallied.", "New York", "city/new-york-city"),
    # the capital's own name stays whole
    ("Pickets marched in Washington, D.C., on Saturday.", "Washington, D.C.", "city/washington-dc"),
    # a town the gazetteer puts abroad keeps the country
    ("Miners in Tbilisi, Georgia, walked out.", "Georgia", "country/georgia"),
    # a list of countries is no town and its state
    ("Delegates from Armenia, Georgia and Turkey met.", "Georgia", "country/georgia"),
    # more words of a name after it: no state of a town
    ("Dana Ode, Georgia organizer for the union, spoke.", "Georgia", "country/georgia"),
])
def test_the_name_alone_or_after_no_us_town_keeps_its_reading(registry, text, surface, key):
    assert _keys(registry, text, surface) == [key]


def test_one_page_links_each_reading_apart(registry):
    """The same word twice on a page: after the town the state, alone the capital."""
    got = found(registry, "Ana Ruiz of Kelvoville, Washington, flew to Washington to testify.")
    assert [k for s, k in got if s == "Washington"] == ["place/washington-state", "city/washington-dc"]
