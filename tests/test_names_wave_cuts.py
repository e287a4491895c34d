"""Names the rules cut on pages nobody tuned to (waves 2 and 3, branch junk46): a cause after
"for", one common word before "and" and a body's head, an army's arm or a court after its
ordinal, a state's CIO council, a state's veterans' home, a task force "on" its matter. Every
sentence is made up for these tests; no text or name of a held-out set is used (registry bodies
and states stand only where the mechanism needs the registry to know one)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found


@pytest.mark.parametrize("paragraphs, want", [
    # a "for" part of English words is what the programme, the group or the shop is for: one name
    (("The state pays the aid through Winter Fuel for Needy Households now.",),
     {"Winter Fuel for Needy Households": NAMED, "Needy Households": None,
      "Winter Fuel": None}),
    (("Those coats are sold cheaply at Kelvo Rags for Less and two other chains.",),
     {"Kelvo Rags for Less": NAMED, "Kelvo Rags": None}),
    (("Dorrow Tenants Concerned for Decent Housing met again on Tuesday.",),
     {"Dorrow Tenants Concerned for Decent Housing": NAMED}),
    # "for a" goes on as "for the" does
    (("Ana Kelvane of Neighbors for a Fairer Deal told the meeting.",),
     {"Neighbors for a Fairer Deal": NAMED, "Fairer Deal": None}),
    # a name after "for" is one of its own: a body's head, a month, a title
    (("Harold Kelvane for Congress signs were up on every lawn.",),
     {"Harold Kelvane": "person", "Congress": "organization"}),
    (("He moved to Quito for Oct. and Nov. that year.",), {"Quito": "city/quito"}),
    (("Marta Dorrow for Mayor signs were up on every lawn.",), {"Marta Dorrow": "person"}),
    # one word opening a sentence before "for": the people of a place for a cause stay one body
    (("The church paid for the other side. Iowans for Constitutional Rights knocked on doors "
      "all summer.",),
     {"Iowans for Constitutional Rights": "organization", "Constitutional Rights": None}),
    # an office's title and its field is no name; a state's initials after a region's agency
    # stay the agency's
    (("The Minister for Health said no to the nurses.",), {"Minister for Health": None}),
    (("Transport for KLV raised the fares twice.",), {"Transport for KLV": "organization"}),
])
def test_cause_after_for(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # one common word before "and" and a run ending in a body's head: the body's first field
    (("Nurses say the Health and Clinics Corporation plans to sell two wards.",),
     {"Health and Clinics Corporation": "organization", "Clinics Corporation": None}),
    (("The Safety and Kelvo Pension System paid out less this year.",),
     {"Safety and Kelvo Pension System": "organization"}),
    # a surname or a university's name before "and" is a name of its own, no field of the body's
    (("Workers at Dorrow and Kelvo Packing Company walked out.",),
     {"Dorrow and Kelvo Packing Company": None}),
    (("Students at Tallowby and Kelvo University marched.",),
     {"Tallowby and Kelvo University": None, "Kelvo University": "organization"}),
])
def test_common_field_before_and(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # an army's arm after its ordinal is the unit called short; a court counted by its district
    (("Crowds watched as the 12th Airborne flew out to Kelvia.",),
     {"12th Airborne": "organization", "Airborne": None}),
    (("The 33rd Airborne’s trucks rolled through Kelvo at noon.",),
     {"33rd Airborne": "organization"}),
    (("The 3rd Infantry took the bridge at dawn.",), {"3rd Infantry": "organization"}),
    (("Ana Kelvane, a judge on the 44th District Court, ruled for the tenants.",),
     {"44th District Court": "organization", "District Court": None}),
])
def test_ordinal_units_and_courts(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a state's council of the CIO: one body, the state no place of its own there
    (("The Vermont CIO called a rally at the statehouse.",),
     {"Vermont CIO": "organization", "Vermont": None, "CIO": None}),
    (("The CIO backed the strike.",), {"CIO": "organization/congress-of-industrial-organizations"}),
    # a state's veterans' home: the building, its state opening the name
    (("Aides at the Vermont Veterans Home walked out at dawn.",),
     {"Vermont Veterans Home": "place", "Vermont": None}),
    # a task force or a working group "on" its matter: the two-word heads of `on_heads`
    (("The Dorrow Task Force on Tenant Rights met on the pier.",),
     {"Dorrow Task Force on Tenant Rights": "organization", "Tenant Rights": None}),
    (("The Kelvo Working Group on Mine Safety met on Friday.",),
     {"Kelvo Working Group on Mine Safety": "organization"}),
])
def test_state_bodies_and_two_word_heads(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a name ending in a good, "and", one more good alone: one firm named for both
    (("Kelvin Sheet and Tube shut its mill by the river.",),
     {"Kelvin Sheet and Tube": "organization", "Tube": None}),
    (("Kelvin Steel and Wire closed last year.",), {"Kelvin Steel and Wire": "organization"}),
    # a capitalised word after the good is another name's: no join
    (("Kelvin Steel and Tube Workers struck.",), {"Kelvin Steel and Tube": None}),
])
def test_second_good_after_and(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # an ambiguous title before a common English word (no given name) is the name's first word
    (("Welders from a General Dynamics KELVO yard joined the march.",),
     {"General Dynamics KELVO": NAMED, "Dynamics KELVO": None}),
    # before a given name it is the person's title
    (("General Tomas Kelvane spoke to the press.",),
     {"Tomas Kelvane": "person", "General Tomas Kelvane": None}),
    # a title that opens no firm's name keeps its person before a given name that is a word
    (("Transport Secretary Grant Kelvo said no.",), {"Grant Kelvo": "person"}),
    # a county's clerk before the name
    (("County Clerk Ana Kelvane refused the permits.",),
     {"Ana Kelvane": "person", "County Clerk Ana Kelvane": None}),
    # a heading's verb before a name is no part of it
    (("Remembering Dorrow Tallis, a fighter",), {"Dorrow Tallis": NAMED, "Remembering Dorrow Tallis": None}),
    (("Defy Kelvin Law, fine on union",), {"Kelvin Law": NAMED, "Defy Kelvin Law": None}),
])
def test_words_glued_before_a_name(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
