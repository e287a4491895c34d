"""Long names of the kinds held-out sets AR (print, 1993–2014) and AS (site, 2018–2024) showed
cut into pieces, in made-up sentences in the paper's shapes (kg.nlp.entities.spans.cutnames,
kg.nlp.entities.spans.countof): inner connectors of French names, a union joined to its local
by a hyphen, a count of copies before a title, an ordinal or a number word
opening a unit or a building, an abbreviated given name, "and" inside a body's subjects or a
region's name, a building glued to a firm by "for", a place glued to a body by a hyphen, a
gloss in brackets. No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, Not, check_names, found

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
    pytest.param(("Bakers are signing cards for the Kelvo Bakers and Cooks Union (KBCU) Local 9 at "
                  "the plant.",),
                 {"Kelvo Bakers and Cooks Union": "organization", "KBCU": "organization",
                  "Kelvo Bakers and Cooks Union (KBCU) Local 9": None},
                 id="a-unions-own-initials-in-brackets-keep-it-apart"),
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
    # -- numbers and abbreviations in names ---------------------------------------------------------
    pytest.param(("Kelvo Lanz, who led the army's 3rd Infantry Division, sided with the crowds.",),
                 {"3rd Infantry Division": "organization", "Infantry Division": None},
                 id="an-ordinal-opens-a-unit"),
    pytest.param(("Dana Kelvo flew tankers with the 41st Air Transport Wing in the war.",),
                 {"41st Air Transport Wing": "organization", "Air Transport Wing": None},
                 id="an-ordinal-opens-and-types-a-wing"),
    pytest.param(("Arlo Venn served with the 3rd Brigade Combat Team of the 5th Infantry Division.",),
                 {"3rd Brigade Combat Team": "organization", "Brigade Combat Team": None,
                  "5th Infantry Division": "organization"},
                 id="an-ordinal-opens-and-types-a-combat-team"),
    pytest.param(("Her son is a private in the 7th Cavalry, she said.",),
                 {"7th Cavalry": "organization", "Cavalry": None},
                 id="an-ordinal-opens-and-types-a-cavalry-regiment"),
    pytest.param(("Troops of the 9th Marine Landing Unit came ashore at Dorrow.",),
                 {"9th Marine Landing Unit": "organization", "Marine Landing Unit": None},
                 id="an-ordinal-opens-and-types-a-landing-unit"),
    pytest.param(("Patients waited in the Kelvo Wing of the hospital.",),
                 {"Kelvo Wing": Not("organization")},
                 id="a-wing-without-an-ordinal-is-no-unit"),
    pytest.param(("Cleaners marched around One Dorrow Plaza at noon.",),
                 {"One Dorrow Plaza": "place", "Dorrow Plaza": None},
                 id="a-number-word-opens-a-building"),
    pytest.param(("One Kelvin Workers Union member spoke at the gate.",),
                 {"Kelvin Workers Union": "organization", "One Kelvin Workers Union": None},
                 id="a-number-word-before-a-union-stays-out"),
    pytest.param(("“We will stay out,” said Ma. Luisa dela Rosa, a cook at the canteen.",),
                 {"Ma. Luisa dela Rosa": "person", "Luisa dela Rosa": None},
                 id="an-abbreviated-given-name-opens-a-person"),
    pytest.param(("The encore was played by Yo-Yo Ma. Dorrow Hall was full.",),
                 {"Ma. Dorrow Hall": None},
                 id="ma-after-a-capitalised-word-ends-a-name"),
    # -- "and" and "for" inside and between names ---------------------------------------------------
    pytest.param(("Miners were called before the Senate Committee on Mines and Quarries in May.",),
                 {"Senate Committee on Mines and Quarries": "organization",
                  "Senate Committee on Mines": None, "Quarries": None},
                 id="and-in-a-committees-subjects"),
    pytest.param(("Rain closed the roads in Kelvan and Dorristan province all week.",),
                 {"Kelvan and Dorristan province": "place", "Kelvan": None, "Dorristan": None},
                 id="two-names-and-a-region-head"),
    pytest.param(("Talks between Iran and Iraq region by region went on.",),
                 {"Iran": "country", "Iraq": "country"},
                 id="two-countries-before-region-stay-two"),
    pytest.param(("She mops floors in the Dorrow Tower for Kelvin Industries at night.",),
                 {"Dorrow Tower": "place", "Kelvin Industries": "organization",
                  "Dorrow Tower for Kelvin Industries": None},
                 id="a-building-for-a-firm-is-two-names"),
    pytest.param(("Guards hired at the ExxonMobil Tower for Kelvin Industries went on strike.",),
                 {"ExxonMobil Tower": "place", "Kelvin Industries": "organization",
                  "Tower": None},
                 id="a-registry-firm-names-its-building"),
    pytest.param(("The Center for Kelvin Studies held a forum.",),
                 {"Center for Kelvin Studies": "organization"},
                 id="a-body-for-a-cause-stays-one"),
    # -- hyphens and brackets -------------------------------------------------------------------------
    pytest.param(("The dinner was called by the Ontario-Cuba Friendship Committee on Sunday.",),
                 {"Ontario-Cuba Friendship Committee": "organization", "Ontario": None,
                  "Cuba Friendship Committee": None},
                 id="a-registry-place-hyphen-a-body"),
    pytest.param(("Kelva Sanou, who belongs to the student group Balai Kelvo (Citizen’s Lamp), "
                  "sold papers at the gate.",),
                 {"Balai Kelvo": "organization", "Citizen’s Lamp": "organization", "Lamp": None},
                 id="a-gloss-with-a-possessive"),
    pytest.param(("Dana Kelvo (Kelvin Bakers Union) spoke at the rally.",),
                 {"Dana Kelvo": "person", "Kelvin Bakers Union": "organization"},
                 id="a-bracket-with-no-possessive-is-no-gloss"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_sets_ar_as_spans(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
