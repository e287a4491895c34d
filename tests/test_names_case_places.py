"""A court case whose last party is an office or a body of a place the registry knows
("Dorrow v. City of New York"): the case runs to the place, the place inside it no mention of
its own (kg.nlp.entities.spans.caseparties `case_places`). Made-up parties in the paper's
shapes; no name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("In Dorrow v. City of New York, Judge Mara Tellis found the stops unlawful.",),
                 {"Dorrow v. City of New York": "event", "Dorrow v. City": None, "New York": None},
                 id="a-city-as-the-last-party"),
    pytest.param(("The deal settles Tallis v. Governor of California, a suit brought by prisoners.",),
                 {"Tallis v. Governor of California": "event", "Tallis v. Governor": None,
                  "California": None},
                 id="an-office-of-a-state"),
    pytest.param(("Kade v. City of Kelvport was heard in May.",),
                 {"Kade v. City of Kelvport": "event"},
                 id="an-unknown-town-the-run-holds-already"),
    pytest.param(("The Dorrow v. Kelvane ruling was read in New York.",),
                 {"Dorrow v. Kelvane": "event", "New York": "city"},
                 id="a-place-not-after-of-stays-its-own"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_case_places(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
