"""A nation's adjective before a movement of national societies ("the Chilean Red Cross";
entities.toml `national_society_movements`, kg.nlp.entities.mentions.nationalsocieties) names
that country's society, one organisation, not the registry's movement with a lost first word;
the movement alone stays the registry's, and a group word before another registry body is
still its adjective (the adjective must be a real nation's: kg.nlp.entities.cues.nations).
Made-up sentences (set DP's pass, branch passN44)."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("The Chilean Red Cross opened two shelters in the school gyms.",),
                 {"Chilean Red Cross": "organization", "Red Cross": None}, id="a-country-s-society"),
    pytest.param(("The shelters were run by the American Red Cross until the fire.",),
                 {"American Red Cross": "organization", "Red Cross": None}, id="a-real-adjective"),
    pytest.param(("The Red Cross shelters filled up in a week.",),
                 {"Red Cross": "organization/red-cross"}, id="the-movement-alone"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_national_society_named_whole(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
