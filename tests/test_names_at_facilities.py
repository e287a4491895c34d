"""A prison the state names by its kind and its town ("the State Correctional Institution at
Kelvport"): one place, not the institution and the town apart
(kg.nlp.entities.spans.atsites `at_facilities`). Made-up names in the paper's shapes; no name or
sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Tomas Kelvane was moved in March to the State Correctional Institution at Kelvport "
                  "in Pennsylvania.",),
                 {"State Correctional Institution at Kelvport": "place",
                  "State Correctional Institution": None, "Kelvport": None, "Pennsylvania": "place"},
                 id="a-state-prison-and-its-town"),
    pytest.param(("The Kelvo Federal Penitentiary at Dorrow Falls is full.",),
                 {"Kelvo Federal Penitentiary at Dorrow Falls": "place"},
                 id="a-penitentiary"),
    pytest.param(("The Kelvo Institution held a forum at Dorrow Hall.",),
                 {"Kelvo Institution": "organization", "Dorrow Hall": "place"},
                 id="no-at-right-after-no-join"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_at_facilities(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
