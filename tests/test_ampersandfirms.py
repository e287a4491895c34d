"""Capitals joined by "&" in one token, a firm (kg.nlp.entities.spans.ampersandfirms, branch
ent104), and the common abbreviations listed apart, in made-up sentences in the paper's shapes.
No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Garment workers in Dorrow sew shirts for K&V, Kelvomart and other chains.",),
                 {"K&V": "organization"},
                 id="a-firm-once-in-a-list-of-buyers"),
    pytest.param(("Welders at the D&T shipyard in Tallin walked out for two days.",),
                 {"D&T": "organization"},
                 id="a-firm-before-its-works-noun"),
    pytest.param(("The college cut its R&D budget, and the Q&A after the talk ran an hour.",),
                 {"R&D": None, "Q&A": None},
                 id="common-abbreviations-name-nothing"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_ampersand_firms(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
