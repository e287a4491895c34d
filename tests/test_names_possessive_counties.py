"""A county or parish named for a titled person with a possessive ("Prince Kelvin’s County"),
and a body named after it: one name, not a person and a cut body
(kg.nlp.entities.spans.possessivecounties). Made-up names in the paper's shapes; no name or
sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Rally organizers from the Prince Kelvin’s County Immigrant Defense Committee spoke.",),
                 {"Prince Kelvin’s County Immigrant Defense Committee": "organization", "Kelvin": None,
                  "County Immigrant Defense Committee": None},
                 id="a-body-of-the-county"),
    pytest.param(("Tenants from Prince Kelvin’s County marched on Monday.",),
                 {"Prince Kelvin’s County": "place", "Kelvin": None},
                 id="the-county-alone"),
    pytest.param(("Workers from St. Dorra's Parish marched.",),
                 {"St. Dorra's Parish": "place"},
                 id="a-saints-parish"),
    pytest.param(("Tessa Kelvane’s County Fair booth won a prize.",),
                 {"Tessa Kelvane": "person", "Tessa Kelvane’s County": None},
                 id="a-persons-own-possessive-is-no-county"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_possessive_counties(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
