"""Two campaigning bodies named for their purposes and joined by "and the" ("the Kelvo
Committee to Free the Dorrow Five and the Tallow Coalition to End …"): two names, not one; and a
registry abbreviation keeps its full stop inside a purpose ("… to End the U.S. Embargo of
Kelvia"), where the name went on (kg.nlp.entities.spans.capruns `_purpose_to`). Made-up names
in the paper's shapes; no name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("The picket was called by the Kelvo Committee to Free the Dorrow Five and the Tallow "
                  "Coalition to End the U.S. Embargo of Kelvia.",),
                 {"Kelvo Committee to Free the Dorrow Five": "organization",
                  "Tallow Coalition to End the U.S. Embargo of Kelvia": "organization",
                  "U.S.": None},
                 id="two-bodies-and-an-abbreviation"),
    pytest.param(("The Kelvo Committee to Defend Dorrow Workers and Farmers met on Monday.",),
                 {"Kelvo Committee to Defend Dorrow Workers and Farmers": "organization"},
                 id="and-inside-one-purpose-stays"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_purpose_bodies_pair(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
