"""Words in brackets inside a name (kg.nlp.entities.spans.brackets; issue 10, sets DL's and
DM's kinds, branch passL43): a law's title with its year after the head, as Australian and New
Zealand pages print it ("the Kelvo Industries (Employment) Decree 2011"), and a court's division
after the court ("the Kelvo Court (General Division)"). Every sentence and name is made up."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Dock workers were fined under the Kelvo Industries (Employment) Decree 2011 last "
                  "year.",),
                 {"Kelvo Industries (Employment) Decree 2011": "work", "Employment": None},
                 id="decree-with-its-year"),
    pytest.param(("Under the Dorrow Amendment (Fair Hiring Rules) Act 2024, bosses who cheat migrant "
                  "workers face fines.",),
                 {"Dorrow Amendment (Fair Hiring Rules) Act 2024": "work", "Act 2024": None,
                  "Fair Hiring Rules": None},
                 id="act-with-its-year"),
    # no year: as before
    pytest.param(("The Kelvo Union (Amendment) Act was passed in May.",),
                 {"Kelvo Union (Amendment) Act": "work"}, id="no-year"),
    # a court's division in brackets: one court
    pytest.param(("The minister asked the Kelvo Court (General Division) for an injunction.",),
                 {"Kelvo Court (General Division)": "organization", "General Division": None},
                 id="court-division"),
    # initials in brackets after a court stay its initials
    pytest.param(("The Dorrow Labour Court (DLC) ruled on Monday.",),
                 {"Dorrow Labour Court": "organization"}, id="court-initials"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_bracketed_titles(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
