"""The junk left on set BH (branch ent92): a union local numbered with two letters after its
number, and a union's district council by its initials and number. Every sentence is made up
for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a local's number with two letters after it: the letters are the number's -----------------
@pytest.mark.parametrize("paragraphs, want", [
    (("Members of Kelvin Workers Local 47KT walked out on Friday.",),
     {"Kelvin Workers Local 47KT": "organization", "Kelvin Workers Local 47K": None}),
    (("Members of Kelvin Workers Local 812R walked out on Friday.",),
     {"Kelvin Workers Local 812R": "organization"}),
])
def test_a_locals_number_with_two_letters(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)


# -- "DC 61": a union's district council by its initials, not the capital -------------------
@pytest.mark.parametrize("paragraphs, want", [
    (("Sanitation workers in DC 61 voted to strike on Monday.", "Back DC 61!"),
     {"DC 61": "organization", "DC": None}),
    # the capital's initials with no number after them are still the capital
    (("She flew to Washington, DC, for the hearing.",), {"DC 61": None}),
])
def test_a_district_council_by_its_initials(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)


# -- a government body of two portfolios, money's or a trade's oversight among them -----------
@pytest.mark.parametrize("paragraphs, want", [
    (("Permits are issued by the Dorvania Department of Financial and Professional Regulation.",),
     {"Dorvania Department of Financial and Professional Regulation": "organization",
      "Dorvania Department of Financial": None, "Professional Regulation": None}),
    (("The Dorvania Department of Banking and Insurance fined the lender.",),
     {"Dorvania Department of Banking and Insurance": "organization"}),
    # a name of its own after "and" still stands apart
    (("The Dorvania Department of Insurance and Kelvo Holdings met.",),
     {"Dorvania Department of Insurance": "organization", "Kelvo Holdings": "organization"}),
])
def test_a_department_of_money_and_regulation(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)


# -- a government's own workers' union named for its sector and trades -------------------------
@pytest.mark.parametrize("paragraphs, want", [
    (("Members of the Kelvia Government and General Employees’ Union joined the pickets.",),
     {"Kelvia Government and General Employees’ Union": "organization",
      "Kelvia Government": None, "General Employees’ Union": None}),
    (("The Dorvania Government and Service Employees Union signed on Monday.",),
     {"Dorvania Government and Service Employees Union": "organization"}),
    # a union with a name of its own after "and" is a second body
    (("The Kelvia Government and Dorrow Workers Union met.",),
     {"Kelvia Government and Dorrow Workers Union": None, "Dorrow Workers Union": "organization"}),
])
def test_a_sector_workers_union(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)


# -- a firm's legal form, then "of" and a place: the place is where the firm is from ----------
@pytest.mark.parametrize("paragraphs, want", [
    (("The smelter is controlled by Dorrovale S.A. of Brazil, its owner since 2009.",),
     {"Dorrovale S.A.": "organization", "Brazil": "country", "Dorrovale S.A. of Brazil": None}),
    (("Drivers at Kelvane Ltd. of Kenya walked out.",),
     {"Kelvane Ltd.": "organization", "Kenya": "country"}),
    # with no legal form before "of" the name runs on as before
    (("The Kelvane Federation of Kenya met.",), {"Kelvane Federation of Kenya": "organization"}),
])
def test_a_firms_legal_form_before_of_a_place(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)
