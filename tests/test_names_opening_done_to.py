"""A word that says what was done to workers or who did it, opening a sentence or a headline
("Sacked Kelvo Foods workers picket …", "Paramilitary Rangers surrounded …"), is no part of the
name after it (kg/data/nlp/entities.toml `not_names`). Made-up names in the paper's shapes; no
name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Sacked Kelvo Foods workers picket at the airport.",),
                 {"Kelvo Foods": "organization", "Sacked Kelvo Foods": None},
                 id="sacked-before-a-firm"),
    pytest.param(("Fired Kelvo Foods workers picket at the airport.",),
                 {"Kelvo Foods": "organization", "Fired Kelvo Foods": None},
                 id="fired-before-a-firm"),
    pytest.param(("Jailed Tessa Kelvane wrote a letter from her cell.",),
                 {"Tessa Kelvane": "person", "Jailed Tessa Kelvane": None},
                 id="jailed-before-a-person"),
    pytest.param(("Paramilitary Rangers surrounded villages near Kelvpur.",),
                 {"Paramilitary Rangers": None},
                 id="paramilitary-before-a-force"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_opening_done_to(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
