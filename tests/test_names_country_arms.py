"""A multinational's arm in one country, named by the firm, the country and a legal form
("Kelvo Motors India Ltd."): one organisation, not the firm and a junk "India Ltd."
(kg.nlp.entities.spans.countryarms). Made-up firms in the paper's shapes; no name or sentence
of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Kelvo Motors India Ltd. shut the plant gates on its workers in May.",),
                 {"Kelvo Motors India Ltd.": "organization", "India Ltd.": None},
                 id="a-firm-a-country-a-form"),
    pytest.param(("Workers at Dorrowtech Kenya Limited struck on Monday.",),
                 {"Dorrowtech Kenya Limited": "organization", "Kenya Limited": None},
                 id="limited-spelled-out"),
    pytest.param(("Kelvo Motors sold its plant in India to Dorrow Ltd. last year.",),
                 {"Kelvo Motors": "organization", "India": "country"},
                 id="no-country-and-form-no-join"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_country_arms(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
