"""A country's or a state's law named with the place first (kg.nlp.entities.spans.placelaws): the
law's run opened at the registry country or state after "the". The cases of two steps that did
this twice (`country_laws`, set BE's branch ent88, and `state_laws`, set BS's branch ent106), made
one step (branch gath45). Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- a country opening its law's name ---------------------------------------------------------------
    pytest.param(("Owners locked the gates under Section 9 of the Kenya Employment Act, which "
                  "lets them stop pay.",),
                 {"Kenya Employment Act": "work", "Kenya": "country", "Employment Act": None},
                 id="a-country-opens-its-law"),
    pytest.param(("They cited the U.S. Clean Water Act in court.",),
                 {"Clean Water Act": "work", "U.S. Clean Water Act": None},
                 id="an-abbreviated-country-stays-a-modifier"),
    # -- a state's law named with the state first -------------------------------------------------------
    pytest.param(("The court upheld every rule in the Pennsylvania Housing Control Act: a waiting period "
                  "and a fee.",),
                 {"Pennsylvania Housing Control Act": "work", "Pennsylvania": "place",
                  "Housing Control Act": None},
                 id="a-state-s-law-opens-at-the-state"),
    pytest.param(("Nurses in Pennsylvania Housing Authority offices struck.",),
                 {"Pennsylvania Housing Authority": Not("work")},
                 id="a-state-before-no-law-s-head-is-no-law"),
    # -- no "the" before the place: the place is the sentence's, no part of the law's name --------------
    pytest.param(("In Kenya Employment Act cases drag on for years.",),
                 {"Kenya Employment Act": None},
                 id="no-the-before-the-country-opens-nothing"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_a_place_opens_its_law(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
