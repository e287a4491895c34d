"""A place named "<head> at <Name>" (kg.nlp.entities.spans.atsites `at_sites`): a housing or
shopping complex, "the Villas at Dorrow Creek" (set CG's branch ent120), and a prison the state
names by its kind and its town, "the State Correctional Institution at Kelvport" (set DG's
branch passF42), one place each, not the head and the place after "at" apart. The cases of two
steps that did this twice (`at_sites`, `at_facilities`), made one step (branch gath45). Made-up
names in the paper's shapes; no name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- a complex named "the <head> at <place>" ------------------------------------------------------
    pytest.param(("The family lived in the Villas at Dorrow Creek, a gated complex.",),
                 {"Villas at Dorrow Creek": "place", "Villas": None, "Dorrow Creek": None},
                 id="a-complex-named-the-head-at-a-place"),
    pytest.param(("Tomas Kelvane at Dorrow Creek spoke first.",),
                 {"Tomas Kelvane at Dorrow Creek": None},
                 id="a-person-at-a-place-joins-nothing"),
    # -- a prison by its kind and its town -------------------------------------------------------------
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
def test_a_place_named_head_at_name(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
