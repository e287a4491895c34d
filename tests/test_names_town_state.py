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


@pytest.mark.parametrize(("text", "surface", "key"), [
    # a state's postal code between a town and a ZIP code: an address's state
    ("For more information write to: Kelvo Youth, P.O. Box 1234, St. Paul, MN 55114. "
     "Tel: (612) 555-0199.", "MN", "place/minnesota"),
    ("Send donations to 12 Dorrow St., Kelvoville, OR 97201-1234.", "OR", "place/oregon"),
    # a part of a state named before a state's name that alone names a city: the state
    ("In Dorrow, in eastern Washington, strikers rallied at the mill.", "Washington",
     "place/washington-state"),
    ("Dairy farmers in upstate New York met the drivers.", "New York", "place/new-york-state"),
])
def test_a_postal_code_in_an_address_and_a_state_after_a_region_word_are_the_state(
        registry, text, surface, key):
    assert _keys(registry, text, surface) == [key]


@pytest.mark.parametrize(("text", "surface", "state"), [
    # the letters with no ZIP code after them, or with no town before, are no state's code
    ("WORKERS IN OHIO WALK OUT", "IN", "place/indiana"),
    ("Tessa Morvan of Kelvo, CA, spoke for the delegates.", "CA", "place/california"),
    ("ME 04101 is the plant's code.", "ME", "place/maine"),
])
def test_two_capitals_out_of_an_address_are_no_state(registry, text, surface, state):
    assert state not in _keys(registry, text, surface)


def test_a_capitalised_quarter_of_the_capital_stays_the_capital(registry):
    """"Southeast Washington" is a quarter of the capital: only the lower-case words of a
    state's parts make the name the state's."""
    assert _keys(registry, "Tenants in Southeast Washington rallied.", "Washington") != [
        "place/washington-state"]
