"""Sites typed as firms and places named first by a foreign head (issue 10, branch ent69), each a
general rule tested on made-up sentences in the paper's shapes: a known firm, a name and a works' noun make
the name the works' place; a works placed by its neighbour ("near") is named for its own place;
French "Gare" opens a station's name; an untyped name joined to a known city by "and" or a dash,
the pair closed by a mark or a route's noun, is a place. No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- a mine's name alone stays the firm (sets Q, Y, AB) ------------------------------------------
    pytest.param(("Drillers at the Kelvo Mining mine stopped work on Friday.",),
                 {"Kelvo Mining": "organization"}, id="a-firms-head-word-keeps-the-firm"),
    # -- "<known firm> X plant": the works' place ----------------------------------------------------
    pytest.param(("Welders from the Tyson Foods Dunmarsh plant joined the picket line on Monday.",),
                 {"Tyson Foods": "organization", "Dunmarsh": "place"},
                 id="a-known-firm-before-its-works-place"),
    pytest.param(("Welders from the Dunmarsh plant joined the picket line on Monday.",),
                 {"Dunmarsh": "organization"}, id="a-works-with-no-firm-before-stays-the-firm"),
    # -- "the X plant near Y": a works placed by its neighbour ---------------------------------------
    pytest.param(("Crane drivers at the Pellowick plant near Brandisford fear the furnaces will close.",),
                 {"Pellowick": "place"}, id="a-works-placed-near-a-town"),
    pytest.param(("Crane drivers at the Pellowick plant near Brandisford fear cuts. Pellowick management "
                  "would not comment.",),
                 {"Pellowick": "organization"}, id="a-works-placed-near-a-town-but-a-firm-elsewhere"),
    pytest.param(("Drivers for the Dorrowcorp-owned depot near Brandisford struck.",),
                 {"Dorrowcorp": "organization"}, id="a-firm-written-only-before-a-hyphen-stays-the-firm"),
    # -- a name joined to a known city ---------------------------------------------------------------
    pytest.param(("The old governor's clan still rules Tucson and Vessendra.",),
                 {"Vessendra": "place"}, id="a-name-joined-to-a-known-city"),
    pytest.param(("Drivers on the Vessendra–Tucson route lost half their fares.",),
                 {"Vessendra": "place"}, id="a-name-dashed-to-a-known-city-before-a-route"),
    pytest.param(("Speakers came from Chile and Kelvex Mining.",),
                 {"Kelvex Mining": "organization"}, id="a-firm-joined-to-a-country-keeps-its-head"),
    pytest.param(("Officials in Tucson and Vessendra Dorrik said nothing.",),
                 {"Vessendra Dorrik": Not("place")}, id="a-person-joined-to-a-city-stays-no-place"),
    # -- a French station -------------------------------------------------------------------------------
    pytest.param(("Cleaners at the Gare de Vorrelle walked out before dawn.",),
                 {"Gare de Vorrelle": "place"}, id="a-french-station-named-first"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_sites_places(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
