"""The junk left on set BH (branch ent92): a union local numbered with two letters after its
number, a union's district council by its initials and number, a department of two portfolios
joined by "and", a government's workers' union named for its sector (sectorunions), a state's
agency named as the national one (stateagencies); a firm's legal form before "of" and a place
is in test_names_firm_of_place. Every sentence is made up for these tests;
no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


_CASES = [
    # -- a local's number with two letters after it: the letters are the number's -----------------
    (("Members of Kelvin Workers Local 47KT walked out on Friday.",),
     {"Kelvin Workers Local 47KT": "organization", "Kelvin Workers Local 47K": None}),
    (("Members of Kelvin Workers Local 812R walked out on Friday.",),
     {"Kelvin Workers Local 812R": "organization"}),
    # -- "DC 61": a union's district council by its initials, not the capital -------------------
    (("Sanitation workers in DC 61 voted to strike on Monday.", "Back DC 61!"),
     {"DC 61": "organization", "DC": None}),
    # the capital's initials with no number after them are still the capital
    (("She flew to Washington, DC, for the hearing.",), {"Washington, DC": "city", "DC": None}),
    # -- a government body of two portfolios, money's or a trade's oversight among them -----------
    (("Permits are issued by the Dorvania Department of Financial and Professional Regulation.",),
     {"Dorvania Department of Financial and Professional Regulation": "organization",
      "Dorvania Department of Financial": None, "Professional Regulation": None}),
    (("The Dorvania Department of Banking and Insurance fined the lender.",),
     {"Dorvania Department of Banking and Insurance": "organization"}),
    # a name of its own after "and" still stands apart
    (("The Dorvania Department of Insurance and Kelvo Holdings met.",),
     {"Dorvania Department of Insurance": "organization", "Kelvo Holdings": "organization"}),
    # -- a government's own workers' union named for its sector and trades -------------------------
    (("Members of the Kelvia Government and General Employees’ Union joined the pickets.",),
     {"Kelvia Government and General Employees’ Union": "organization",
      "Kelvia Government": None, "General Employees’ Union": None}),
    (("The Dorvania Government and Service Employees Union signed on Monday.",),
     {"Dorvania Government and Service Employees Union": "organization"}),
    # a union with a name of its own after "and" is a second body
    (("The Kelvia Government and Dorrow Workers Union met.",),
     {"Kelvia Government and Dorrow Workers Union": None, "Dorrow Workers Union": "organization"}),
    # -- a state's agency named as the national one it mirrors --------------------------------
    (("The local asked the Oregon Occupational Safety and Health Administration to inspect the mill.",),
     {"Oregon Occupational Safety and Health Administration": "organization",
      "Occupational Safety and Health Administration": None, "Oregon": None}),
    # a country before it is the national agency's, the country a modifier
    (("The local asked the U.S. Occupational Safety and Health Administration to act.",),
     {"Occupational Safety and Health Administration": "organization",
      "U.S. Occupational Safety and Health Administration": None}),
]


@pytest.mark.parametrize("paragraphs, want", _CASES)
def test_set_bh_shapes(registry, paragraphs, want):
    """Each shape's name found whole and typed, the cut or glued pieces gone."""
    check_names(_labels(registry, *paragraphs), want)
