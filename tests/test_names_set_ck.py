"""Where a name begins and ends on set CK's kinds (Central America and the Caribbean; branch
ent125): an international body the registry knows opening a mission's name, a firm's national
arm in brackets. Every sentence is made up for these tests; no text or name of a held-out set is
used (real states and bodies stand only where the mechanism needs the registry to know one)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


@pytest.mark.parametrize("sentence, want", [
    # the registry's "United Nations" glued before the mission's run: one name with its country
    ("Soldiers of the United Nations Support Force in Chile (UNSFC) guard the port.",
     {"United Nations Support Force in Chile": "organization", "UNSFC": "organization",
      "United Nations": None, "Support Force": None, "Chile": None}),
    # a mission's head alone after the body
    ("The United Nations Mission in Peru closed its office.",
     {"United Nations Mission in Peru": "organization", "United Nations": None, "Peru": None}),
    # no mission's head: the registry body keeps its own name, the city its own
    ("The United Nations Human Rights Council met in Geneva.",
     {"United Nations Human Rights Council": "organization", "Geneva": "city"}),
])
def test_a_registry_international_body_opens_its_missions_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # a word and its number after a locative word, the number closing the phrase: one site
    ("The trucks were loaded near Kelvara 8, then driven to the docks.",
     {"Kelvara 8": "place", "Kelvara": None}),
    # the second of a pair of numbered names, a name's head word too
    ("The mayor blamed the MK-12 and Barrio 40 crews for the fires.",
     {"MK-12": NAMED, "Barrio 40": NAMED, "Barrio": None}),
    ("The mayor blamed the MK-12 and Dorrio 40 crews for the fires.",
     {"Dorrio 40": NAMED, "Dorrio": None}),
    # a count after the place: no name of the number
    ("Workers rallied at Dorrow 300 strong.", {"Dorrow": "place", "Dorrow 300": None}),
])
def test_a_word_and_its_number_after_a_locative_or_beside_a_numbered_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # a state proclaimed on a registry land that is no country: one place, no lone "Republic"
    ("The rebels proclaimed the Republic of Texas from the steps of the church.",
     {"Republic of Texas": "country", "Republic": None, "Texas": None}),
    # a territory's own formal style is left as it was
    ("The Commonwealth of Virginia sued the firm.", {"Commonwealth of Virginia": None, "Virginia": "place"}),
])
def test_a_states_head_before_a_registry_land_is_one_place(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # a registry union's arm in a country, named in full before its short form in brackets
    ("Drivers joined the Service Employees International Union Mexico (SEIU Mexico) last year.",
     {"Service Employees International Union Mexico": "organization", "SEIU Mexico": "organization",
      "Service Employees International Union": None, "Mexico": None, "(SEIU Mexico": None}),
    # no bracket naming the arm: the union and the country stay apart
    ("The Service Employees International Union (SEIU) in Mexico backed the drivers.",
     {"Service Employees International Union": "organization", "Mexico": "country"}),
])
def test_a_bodys_arm_named_before_its_bracketed_short_form_is_one_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # the acronym spells letters of the words before "of": one body, not two pieces
    ("Leaders of the National Coordinator of Tenant Organizations (CNOT) spoke.",
     {"National Coordinator of Tenant Organizations": "organization", "CNOT": "organization",
      "National Coordinator": None, "Tenant Organizations": None}),
    # a person's office "of" a body with the body's own acronym: two names
    ("Ana Ruiz, General Secretary of Kelvo Workers Union (KWU), spoke.",
     {"Ana Ruiz": "person", "Kelvo Workers Union": "organization",
      "General Secretary of Kelvo Workers Union": None}),
])
def test_a_name_cut_at_of_whose_acronym_spells_both_parts_is_one_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # a body named by the sectors it gathers: the list and the head one name
    ("The strike was called by the Rural, Student, Trade Union and Popular Front, a coalition.",
     {"Rural, Student, Trade Union and Popular Front": "organization", "Student": None,
      "Trade Union": None, "Popular Front": None}),
    ("The Rural, Student, Trade Union and Popular Front called the strike.",
     {"Rural, Student, Trade Union and Popular Front": "organization"}),
    # a name in the last item is no sector: the list is not joined to it
    ("The strike was called by the Rural, Student, Trade Union and Kelvane Front, a coalition.",
     {"Rural, Student, Trade Union and Kelvane Front": None, "Kelvane Front": "organization"}),
])
def test_a_body_named_by_a_list_of_sectors_is_one_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
