"""Long names of the kinds held-out sets AR (print, 1993–2014) and AS (site, 2018–2024) showed
cut into pieces, in made-up sentences in the paper's shapes (kg.nlp.entities.spans.cutnames,
kg.nlp.entities.spans.countof): inner connectors of French names, a union joined to its local
by a hyphen or its initials, a count of copies before a title. No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found

CASES = [
    # -- French and Spanish names with inner connectors ----------------------------------------------
    pytest.param(("Farmers in the hills back the Congrès pour la Liberté et le Renouveau, which won "
                  "four seats in May.",),
                 {"Congrès pour la Liberté et le Renouveau": "organization", "Congrès": None,
                  "Renouveau": None},
                 id="a-congress-is-a-foreign-head"),
    pytest.param(("The Rassemblement des Paysans du Dorrovo has kept the roads shut since Sunday.",),
                 {"Rassemblement des Paysans du Dorrovo": "organization", "Rassemblement": None},
                 id="a-rally-is-a-foreign-head"),
    pytest.param(("Dockers of the Confédération Générale du Travail du Kelvistan marched to the port "
                  "on Friday.",),
                 {"Confédération Générale du Travail du Kelvistan": "organization", "Kelvistan": None},
                 id="a-registry-body-run-on-by-its-country"),
    pytest.param(("Rail workers of the Confédération Générale du Travail stopped trains in the north.",),
                 {"Confédération Générale du Travail": "organization/cgt-france"},
                 id="the-registry-body-alone-keeps-its-entry"),
    # -- a union joined to its numbered local -----------------------------------------------------------
    pytest.param(("Pickets from United Auto Workers-CIO Local 731 stood at every gate of the forge.",),
                 {"United Auto Workers-CIO Local 731": "organization", "Local 731": None,
                  "United Auto Workers": None},
                 id="a-registry-union-hyphen-federation-local"),
    pytest.param(("Poultry catchers want to join the United Food and Commercial Workers (UFCW) "
                  "Local 118 before winter.",),
                 {"United Food and Commercial Workers (UFCW) Local 118": "organization",
                  "Local 118": None},
                 id="a-registry-union-initials-local"),
    pytest.param(("Bakers are signing cards for the Kelvo Bakers and Cooks Union (KBCU) Local 9 at "
                  "the plant.",),
                 {"Kelvo Bakers and Cooks Union (KBCU) Local 9": "organization", "Local 9": None},
                 id="a-new-union-initials-local"),
    pytest.param(("Members of UFCW Local 3120 voted to strike.",),
                 {"UFCW Local 3120": "organization"},
                 id="initials-before-a-local-unchanged"),
    # -- a count of copies before a title -----------------------------------------------------------
    pytest.param(("Copies of Dockers on the Line, published by Pathfinder, went fast at the fair.",),
                 {"Dockers on the Line": "book", "Copies of Dockers on the Line": None},
                 id="copies-of-before-a-published-title"),
    pytest.param(("Dozens of Kelvin Dock Rebellion, published by Pathfinder, were sold.",),
                 {"Kelvin Dock Rebellion": "book"},
                 id="dozens-of-before-a-published-title"),
    pytest.param(("Kelvin Dock Rebellion, published by Pathfinder, tells the story.",),
                 {"Kelvin Dock Rebellion": NAMED},
                 id="a-published-title-without-a-count"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_sets_ar_as_spans(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
