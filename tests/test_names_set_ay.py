"""Names of the kinds held-out set AY (site, 2018–2025) showed cut, missed or mistyped, in
made-up sentences in the paper's shapes: a long body's name cut at "and" or "of" that its
acronym spells, printed before it or in brackets after it (kg.nlp.entities.spans.andinitials),
a building named with "of" and a union's numbered local (kg.nlp.entities.spans.hallsof), a
gloss of common words in brackets typed by a body's noun after it or an event's "known as"
before the name (kg.nlp.entities.spans.glosses), a body's gloss a ruler's reading had typed a
person (kg.nlp.entities.kinds.glossrules), a name chosen "as" an office
(kg.nlp.entities.kinds.chosenas), a body with members named with an event's head
(kg.nlp.entities.kinds.membersof), the employer workers struck (kg.nlp.entities.kinds.struckfirms).
No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- a long body's name its acronym spells ------------------------------------------------------
    pytest.param(("Dockers said the KBW-TDL, the Kelvo Brotherhood of Welders and Tallin Dock League, "
                  "never asked them before signing.",),
                 {"Kelvo Brotherhood of Welders and Tallin Dock League": "organization",
                  "Kelvo Brotherhood of Welders": None, "Tallin Dock League": None},
                 id="an-acronym-first-spells-a-name-with-and"),
    pytest.param(("Dockers said the KBW-CIO, the Kelvo Brotherhood of Welders and Congress of "
                  "Industrial Organizations, never asked them.",),
                 {"Kelvo Brotherhood of Welders and Congress of Industrial Organizations": "organization",
                  "Congress of Industrial Organizations": None},
                 id="a-registry-body-after-and-is-taken-into-the-name"),
    pytest.param(("Dockers said the KBW, the Kelvo Brotherhood of Welders and Tallin Dock League, "
                  "never asked them.",),
                 {"Kelvo Brotherhood of Welders and Tallin Dock League": None},
                 id="letters-that-spell-only-part-join-nothing"),
    pytest.param(("A few of the Young Radicals of Peru (YRP) handed out leaflets at the gate.",),
                 {"Young Radicals of Peru": "organization", "YRP": "organization", "Peru": None},
                 id="an-acronym-spells-a-name-cut-at-of-before-a-country"),
    pytest.param(("A few Young Radicals of Peru handed out leaflets at the gate.",),
                 {"Young Radicals of Peru": None, "Peru": "country/peru"},
                 id="no-acronym-no-join-at-of"),
    # -- a building of a union's local ---------------------------------------------------------------
    pytest.param(("Retirees packed the Union Hall of Glaziers Local 907 for the vote.",),
                 {"Union Hall": "place", "Glaziers Local 907": "organization",
                  "Union Hall of Glaziers Local 907": None},
                 id="a-hall-of-a-numbered-local-is-two-names"),
    pytest.param(("Retirees packed the Hall of the Local Heroes for the vote.",),
                 {"Hall of the Local Heroes": "place"},
                 id="no-number-no-local"),
    # -- a gloss of common words in brackets --------------------------------------------------------
    pytest.param(("Voters in the valley backed the Spoja (Bridge) alliance in the spring.",),
                 {"Spoja": "organization", "Bridge": "organization"},
                 id="a-gloss-before-a-bodys-noun"),
    pytest.param(("The revolt, known in Kelvish as the Dravka (the Thaw), spread to the ports. "
                  "Dock hands joined the Dravka within a week.",),
                 {"Dravka": "event", "Thaw": "event"},
                 id="a-gloss-after-an-events-known-as"),
    pytest.param(("Lena Dravik (Retired) chaired the meeting.",),
                 {"Retired": None},
                 id="a-bracket-with-nothing-to-say-its-kind-stays"),
    # -- a body's gloss a ruler's reading had typed a person -----------------------------------------
    pytest.param(("Farmers blocked roads against the Velskan Dawn government. Its party, Partiya "
                  "Dorvek (Velskan Dawn), won the spring vote.",),
                 {"Velskan Dawn": "organization", "Partiya Dorvek": "organization"},
                 id="a-bodys-gloss-outweighs-a-rulers-reading"),
    pytest.param(("Farmers blocked roads against the Ana Velko government. Its party, Partiya "
                  "Dorvek (Ana Velko), won the spring vote.",),
                 {"Ana Velko": "person"},
                 id="a-given-name-keeps-the-person"),
    # -- the one chosen for an office ----------------------------------------------------------------
    pytest.param(("When the vote was over, the senate appointed Dumeno Vatarakis as interim "
                  "president.",),
                 {"Dumeno Vatarakis": "person"},
                 id="chosen-as-an-office-is-a-person"),
    pytest.param(("Years ago my cousin joined Kelvorn Brastia as a clerk.",),
                 {"Kelvorn Brastia": Not("person")},
                 id="no-verb-of-choosing-no-person"),
    # -- a body with members, named with an event's head --------------------------------------------
    pytest.param(("The priests of the Kelvian Episcopal Conference asked both sides to talk.",),
                 {"Kelvian Episcopal Conference": "organization"},
                 id="members-of-a-conference-make-it-a-body"),
    pytest.param(("Delegates of the Kelvo Peace Conference voted to adjourn.",),
                 {"Kelvo Peace Conference": "event"},
                 id="delegates-go-to-a-meeting"),
    # -- the employer a strike hit ---------------------------------------------------------------------
    pytest.param(("The bakers, who struck Dorvek Tallow over pay, went back on Monday.",),
                 {"Dorvek Tallow": "organization"},
                 id="workers-who-struck-a-name-struck-an-employer"),
    pytest.param(("A storm struck Tavrel Dorkin last week.",),
                 {"Tavrel Dorkin": Not("organization")},
                 id="a-storm-strikes-no-employer"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_set_ay_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)

