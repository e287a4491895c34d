"""Where a name begins and ends on set W's kinds (issue 10, read by category after its untuned
measure; branch ent36): a lone compass letter ending a street address, a registry union's
initials before a numbered unit whose head names no organisation by itself ("Division").
Every sentence is made up for these tests; no text or name of a held-out set is used (registry
names stand only where the mechanism needs a known one)."""

from __future__ import annotations

import pytest

from kg.nlp.entities.addresses import find_addresses
from tests.nlp_support import found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


def _addresses(text: str) -> list[str]:
    return [text[a.begin:a.end] for a in find_addresses(text, 0, len(text))]


# -- a lone compass letter after the street's type ----------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Sat., March 3, 7 p.m. 4410 Kelvin St. W. Tel.: (416) 555-0100.", "4410 Kelvin St. W."),
    ("Meet at 12 Dorrow Ave. E., Suite 4.", "12 Dorrow Ave. E."),
    ("The forum is at 88 Tallow Rd. N.", "88 Tallow Rd. N."),
])
def test_a_compass_letter_after_the_type_ends_the_address(text, want):
    assert _addresses(text) == [want]


def test_a_letter_before_a_capitalised_word_is_an_initial_not_a_compass():
    # "E. Kelvane" may be someone's initial and surname: the address ends at its type
    assert _addresses("They met at 40 Dorrow St. E. Kelvane spoke first.") == ["40 Dorrow St."]


def test_the_address_with_its_compass_letter_is_one_place(registry):
    got = _labels(registry, "Fri., Jan. 9, 7 p.m. 4410 Kelvin St. W. Tel.: (416) 555-0100.")
    assert got.get("4410 Kelvin St. W.", "").startswith("place/"), got
    assert "4410 Kelvin St." not in got, got


# -- a registry union's initials before "Division N" --------------------------------------------
def test_registry_initials_before_a_division_open_the_units_name(registry):
    # the Brotherhood of Locomotive Engineers and Trainmen is a registry union ("BLET"); its
    # initials, once written out, stood apart and "Division 31" was left alone
    got = _labels(registry, "She met the Brotherhood of Locomotive Engineers and Trainmen (BLET) in "
                  "Omaha. Tom Dorrow chairs BLET Division 31 there.")
    assert got.get("BLET Division 31", "").startswith("organization/"), got
    assert "Division 31" not in got, got


def test_a_local_after_registry_initials_is_unchanged(registry):
    got = _labels(registry, "She met the Brotherhood of Locomotive Engineers and Trainmen (BLET) in "
                  "Omaha. Tom Dorrow chairs BLET Local 31 there.")
    assert got.get("BLET Local 31", "").startswith("organization/"), got


# -- a registry city before a union's one-word name ---------------------------------------------
def test_a_city_before_a_unions_word_is_two_names(registry):
    # "Teamsters" names only a union (`union_only_words`): after a registry city it is the union
    # its members there belonged to, the city a place of its own (the gold's convention)
    got = _labels(registry, "In 1946 the governor sent troops during the Cleveland Teamsters strikes.")
    assert got.get("Cleveland", "").startswith("city/"), got
    assert got.get("Teamsters", "").startswith("organization/"), got
    assert "Cleveland Teamsters" not in got, got


def test_a_city_before_a_unions_full_name_is_still_one_name(registry):
    got = _labels(registry, "Members of the Cleveland Teamsters Council voted on Sunday.")
    assert "Cleveland Teamsters Council" in got, got


# -- a registry state before a word no dictionary knows ------------------------------------------
def test_a_state_before_an_unknown_word_opens_an_organisation(registry):
    got = _labels(registry, "Lawyers from Ohio Kelvinseed filed the suit on Friday.")
    assert got.get("Ohio Kelvinseed", "").startswith("organization/"), got
    assert "Kelvinseed" not in got, got


def test_a_state_after_in_stays_a_place_of_its_own(registry):
    # after "in" the state is where something happens; the word after it begins a clause
    got = _labels(registry, "In Ohio Kelvinseed is the only one.")
    assert got.get("Ohio", "").startswith("place/"), got
    assert "Ohio Kelvinseed" not in got, got


# -- a founder's given name and initial before a registry firm and "& Co." -----------------------
def test_a_given_name_and_initial_before_a_registry_firm_and_co_is_one_firm(registry):
    # "Boeing" is a registry firm; "William E." before it was left a person's piece and
    # "& Co." lost
    got = _labels(registry, "Boeing workers struck. When William E. Boeing & Co. opened its plant, "
                  "workers came.")
    assert got.get("William E. Boeing & Co.", "").startswith("organization/"), got
    assert "William E." not in got, got



# -- a plural noun for firms, a relative clause, then "including" --------------------------------
def test_firms_listed_after_a_relative_clause_are_organisations(registry):
    # "retailers that … , including A and B": the clause between the noun and "including" hid
    # the list; the names stayed untyped
    got = _labels(registry, "Several retailers that bought shirts from mills in Tallow, including "
                  "Kelvo and Dorrix, signed the pact.")
    assert got.get("Kelvo", "").startswith("organization/"), got
    assert got.get("Dorrix", "").startswith("organization/"), got
    assert got.get("Tallow", "").startswith("place/"), got
