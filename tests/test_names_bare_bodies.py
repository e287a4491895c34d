"""Bodies and places named bare (issue 10, branch ent53): a list typed by the plural noun right
after it or by "the states of" before it; a gloss in brackets after a body's foreign name; a
union's city branch; a movement named in the plural in a side's frame; the registry's rows for
recurring firms and an Australian state. Every sentence is made up for these tests; no text or
name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a list typed by its plural noun ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a locative alone would make a place of the first member; the noun after the list says firms
    ("Jobs were cut at Tallvex, Dorrowan and Kelvane airlines last year.",
     {"Tallvex": "organization", "Dorrowan": "organization", "Kelvane": "organization"}),
    # a country's divisions: "the states of" before the list
    ("Troops entered the states of Dorrano, Kelvia and Tallow.",
     {"Dorrano": "place", "Kelvia": "place", "Tallow": "place"}),
])
def test_a_list_typed_by_its_plural_noun(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a gloss in brackets, a union's branch ------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Road blockades spread after a call from the Polo Dorrano (Dorran Pole), a group of the "
     "jobless.", {"Polo Dorrano": "organization", "Dorran Pole": "organization"}),
    # a place in brackets after a town stays a place
    ("He was born in Dorrano (Kelvia Province).", {"Kelvia Province": "place"}),
    ("Messages can be sent to Kelvunion Tallow City Branch, 12 Main Street.",
     {"Kelvunion Tallow City Branch": "organization"}),
    # "Branch" alone still ends a town's name
    ("He lives in Long Branch, said Dana Kelvo.", {"Long Branch": Not("organization")}),
])
def test_a_gloss_or_a_branch_names_the_body(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a movement named in the plural -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The Dorrathis, backed by Kelvo, now hold the port.", {"Dorrathis": "organization"}),
    ("The Dorrathis control the capital, said Dana Kelvo.", {"Dorrathis": "organization"}),
    # a nation's people are a group, whatever the frame
    ("Troops are fighting the Serbs near the river.", {"Serbs": Not("organization")}),
    # no side's frame: a family, a group
    ("He met the Kelvos at the party.", {"Kelvos": Not("organization")}),
])
def test_a_movement_named_in_the_plural(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- the registry's recurring firms and an Australian state -------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Drivers blame Petron and Shell for the new price of diesel, said Dana Kelvo.",
     {"Petron": "organization/petron", "Shell": "organization/shell"}),
    ("Raytheon and Lockheed Martin reported higher profits this quarter.",
     {"Raytheon": "organization/raytheon", "Lockheed Martin": "organization/lockheed-martin"}),
    ("Retired cane cutters marched to the offices of Central Romana.",
     {"Central Romana": "organization/central-romana"}),
    # the firm's one-word name glued to more capitalised words is no mention of it: the longer name stays
    ("Pickets marched past Shell Oil Co. headquarters at noon.",
     {"Shell Oil Co.": "organization", "Shell": None}),
    ("Nurses in Queensland and Victoria won ratios, the Australian union said.",
     {"Victoria": "place/victoria-australia"}),
    # without Australia in the article, "Victoria" is no state; glued to a surname, a person
    ("Victoria said the rent went up.", {"Victoria": Not("place")}),
    ("Victoria Dorrow spoke for the Australian union.", {"Victoria Dorrow": "person"}),
])
def test_registry_firms_and_a_state(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- an acronym of syllables before its spelled-out name ----------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Workers organized in the COSIDOR, the Coordinadora de Sindicatos de Dorrano, marched.",
     {"COSIDOR": "organization", "Coordinadora de Sindicatos de Dorrano": "organization"}),
    # capitals for emphasis whose letters the name after does not hold name nothing
    ("We said NOW, the Kelvo Workers Union must act.", {"NOW": None}),
])
def test_an_acronym_before_its_spelled_out_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
