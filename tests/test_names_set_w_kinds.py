"""Where a name begins and ends on set W's kinds (issue 10, read by category after its untuned
measure; branch ent36): a lone compass letter ending a street address, a registry union's
initials before a numbered unit whose head names no organisation by itself ("Division").
Every sentence is made up for these tests; no text or name of a held-out set is used (registry
names stand only where the mechanism needs a known one)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, surfaces

from kg.nlp.entities.spans.addresses import find_addresses


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


# One row a case: a made-up sentence, then what the entities stage must say of each name (a
# kind, NAMED, or None: not named; nlp_support.check_names).
CASES = [
    # -- a lone compass letter after the street's type ------------------------------------------
    pytest.param("Fri., Jan. 9, 7 p.m. 4410 Kelvin St. W. Tel.: (416) 555-0100.",
                 {"4410 Kelvin St. W.": "place", "4410 Kelvin St.": None},
                 id="address-with-its-compass-letter-is-one-place"),
    # -- a registry union's initials before "Division N" ----------------------------------------
    # the Brotherhood of Locomotive Engineers and Trainmen is a registry union ("BLET"); its
    # initials, once written out, stood apart and "Division 31" was left alone
    pytest.param("She met the Brotherhood of Locomotive Engineers and Trainmen (BLET) in Omaha. Tom Dorrow "
                 "chairs BLET Division 31 there.", {"BLET Division 31": "organization", "Division 31": None},
                 id="registry-initials-before-a-division-open-the-units-name"),
    pytest.param("She met the Brotherhood of Locomotive Engineers and Trainmen (BLET) in Omaha. Tom Dorrow "
                 "chairs BLET Local 31 there.", {"BLET Local 31": "organization"},
                 id="local-after-registry-initials-is-unchanged"),
    # -- a registry city before a union's one-word name -----------------------------------------
    # "Teamsters" names only a union (`union_only_words`): after a registry city it is the union
    # its members there belonged to, the city a place of its own (the gold's convention)
    pytest.param("In 1946 the governor sent troops during the Cleveland Teamsters strikes.",
                 {"Cleveland": "city", "Teamsters": "organization", "Cleveland Teamsters": None},
                 id="city-before-a-unions-word-is-two-names"),
    pytest.param("Members of the Cleveland Teamsters Council voted on Sunday.",
                 {"Cleveland Teamsters Council": NAMED},
                 id="city-before-a-unions-full-name-is-still-one-name"),
    # -- a registry state before a word no dictionary knows -------------------------------------
    pytest.param("Lawyers from Ohio Kelvinseed filed the suit on Friday.",
                 {"Ohio Kelvinseed": "organization", "Kelvinseed": None},
                 id="state-before-an-unknown-word-opens-an-organisation"),
    # after "in" the state is where something happens; the word after it begins a clause
    pytest.param("In Ohio Kelvinseed is the only one.", {"Ohio": "place", "Ohio Kelvinseed": None},
                 id="state-after-in-stays-a-place-of-its-own"),
    # -- a founder's given name and initial before a registry firm and "& Co." ------------------
    # "Boeing" is a registry firm; "William E." before it was left a person's piece and "& Co." lost
    pytest.param("Boeing workers struck. When William E. Boeing & Co. opened its plant, workers came.",
                 {"William E. Boeing & Co.": "organization", "William E.": None},
                 id="given-name-and-initial-before-a-registry-firm-and-co-is-one-firm"),
    # -- a plural noun for firms, a relative clause, then "including" ---------------------------
    # "retailers that … , including A and B": the clause between the noun and "including" hid
    # the list; the names stayed untyped
    pytest.param("Several retailers that bought shirts from mills in Tallow, including Kelvo and Dorrix, "
                 "signed the pact.", {"Kelvo": "organization", "Dorrix": "organization", "Tallow": "place"},
                 id="firms-listed-after-a-relative-clause-are-organisations"),
]


@pytest.mark.parametrize("sentence,want", CASES)
def test_set_w_kinds(registry, sentence, want):
    check_names(surfaces(registry, sentence), want)
