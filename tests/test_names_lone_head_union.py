"""A lone organisation's head word before "and" and a union's list is the union's first field
(kg.nlp.entities.spans.andlists `_lone_body_head`, branch passJ42), even where the gazetteer
knows a town of that name ("University", "Bank"): the name was cut at "and", leaving the rest a
junk union named "Allied Workers Union". Every name is made up; no name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("The KTWU and the University and Allied Workers Union called a joint strike.",),
                 {"University and Allied Workers Union": "organization", "Allied Workers Union": None,
                  "KTWU": "organization"},
                 id="a-lone-university-before-a-union-list"),
    pytest.param(("Members of the Bank and Insurance Workers Union picketed the Kelvo branch.",),
                 {"Bank and Insurance Workers Union": "organization", "Insurance Workers Union": None},
                 id="a-lone-bank-before-a-union-list"),
    pytest.param(("Talks between the Kelvo University and Teamsters Local 8 broke down.",),
                 {"Kelvo University": "organization", "Teamsters Local 8": "organization"},
                 id="a-university-of-two-words-stays-apart"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_lone_head_union(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
