"""A multinational's arm in one country, named by the firm, the country and a legal form
("Kelvo Motors India Ltd.", "KLV New Zealand Ltd"): one organisation, not the firm and a junk "India Ltd."
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
    # the firm's initials before a country of two words, a form of two words with no stops
    pytest.param(("More than 300 meatworkers are locked out by KLVCO New Zealand Ltd near Dorrow.",),
                 {"KLVCO New Zealand Ltd": "organization", "New Zealand Ltd": None},
                 id="initials-two-word-country"),
    pytest.param(("Pickets stood at KLV Australia Pty Ltd’s Dorrow plant all week.",),
                 {"KLV Australia Pty Ltd": "organization", "Australia Pty Ltd": None},
                 id="initials-pty-ltd-possessive"),
    # a registry firm's short form with a hyphen opening a sentence: dropped there as glued to
    # the country, it opens the arm's name
    pytest.param(("The board certified the union in August. Wal-Mart Canada Corp. said it would "
                  "appeal.",),
                 {"Wal-Mart Canada Corp.": "organization", "Canada Corp.": None},
                 id="hyphened-firm-opening-a-sentence"),
    # a French legal form
    pytest.param(("Miners at Kel-Dor Canada Ltée voted to strike.",),
                 {"Kel-Dor Canada Ltée": "organization", "Canada Ltée": None},
                 id="french-form"),
    # a determiner before the country is no firm's word
    pytest.param(("The Canada Corp. office stayed shut.",), {"The Canada Corp.": None},
                 id="determiner-no-firm"),
    pytest.param(("Kelvo Motors sold its plant in India to Dorrow Ltd. last year.",),
                 {"Kelvo Motors": "organization", "India": "country"},
                 id="no-country-and-form-no-join"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_country_arms(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
