"""Names of set AO's kinds (issue 10, branch ent64), each a general rule tested on made-up
sentences in the paper's shapes: a Spanish body's title-like adjective ("General", "Mayor")
before its "de" is the name's, no title before a person; a Spanish action named head first
("Toma de …", "Marcha de …") is an event; a Tagalog name runs on over the English capitals after
its "at"; a bill or a ballot measure keeps its number; the Welsh "ferch" ("daughter of") joins a
given name to the father's; a body's name in its own language before its English gloss in
brackets is that body; a firm's arm named with a country's code after its head is the firm. No
name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found, quoted_speakers

CASES = [
    # -- a Spanish body's adjective that is also a title ------------------------------------------
    pytest.param(("Delegates of the Confederación General de Mineros del Kelvar voted to strike.",),
                 {"Confederación General de Mineros del Kelvar": "organization",
                  "de Mineros del Kelvar": None},
                 id="general-inside-a-spanish-body-is-no-title"),
    pytest.param(("Students of the Universidad Técnica Mayor de Santa Dorrela occupied the rectorate.",),
                 {"Universidad Técnica Mayor de Santa Dorrela": "organization",
                  "de Santa Dorrela": None},
                 id="mayor-inside-a-spanish-university-is-no-title"),
    pytest.param(("The Federación General de Choferes del Sur called a stoppage.",),
                 {"Federación General de Choferes del Sur": "organization"},
                 id="a-federation-with-general-is-one-body"),
    pytest.param(("Peasants cheered General Tomás Dorreguí at the rally.",),
                 {"Tomás Dorreguí": "person"},
                 id="a-general-before-a-person-is-still-a-title"),
    # -- Spanish actions named head first ----------------------------------------------------------
    pytest.param(("Teachers called their protest the “Toma de Kelvara” (Takeover of Kelvara).",),
                 {"Toma de Kelvara": "event", "Kelvara": Not("person")},
                 id="toma-de-a-place-is-an-event"),
    pytest.param(("Farmers from the highlands arrived for the Marcha de Dorrela on Friday.",),
                 {"Marcha de Dorrela": "event"},
                 id="marcha-de-a-place-is-an-event"),
    pytest.param(("Toma Velik, a bus driver, spoke for the strikers.",),
                 {"Toma Velik": "person"},
                 id="toma-before-a-surname-is-a-given-name"),
    # -- a Tagalog body's English capitals after its "at" -------------------------------------------
    pytest.param(("Drivers in the Nagkakaisang Samahan ng mga Drayber at Owner Citywide, or NASDO, "
                  "parked their vehicles.",),
                 {"Nagkakaisang Samahan ng mga Drayber at Owner Citywide": "organization",
                  "Nagkakaisang Samahan ng mga Drayber": None, "Owner Citywide": None},
                 id="tagalog-name-runs-over-english-capitals-after-at"),
    pytest.param(("Members of the Kilusang Manggagawa ng mga Porter at Loader Union marched.",),
                 {"Kilusang Manggagawa ng mga Porter at Loader Union": "organization"},
                 id="tagalog-name-ends-with-an-english-head"),
    # -- bills and ballot measures by number --------------------------------------------------------
    pytest.param(("Drivers rallied against Assembly Bill 12 and for Proposition 31 in the fall.",),
                 {"Assembly Bill 12": "work", "Proposition 31": "work", "Assembly Bill": None,
                  "Proposition": None},
                 id="a-bill-and-a-proposition-keep-their-numbers"),
    pytest.param(("Senate Bill 907 would force the delivery firms to pay overtime.",),
                 {"Senate Bill 907": "work", "Senate Bill": None},
                 id="a-senate-bill-keeps-its-number"),
    pytest.param(("Voters turned down Measure 4 in November.",), {"Measure 4": "work"},
                 id="a-ballot-measure-keeps-its-number"),
    # -- the Welsh "ferch" ----------------------------------------------------------------------------
    pytest.param(("On Saturday Nia ferch Rhodri handed out leaflets by the bus station.",),
                 {"Nia ferch Rhodri": "person", "Rhodri": None, "Nia": None},
                 id="ferch-joins-the-fathers-name"),
    # -- a body by its own name before its English gloss --------------------------------------------
    pytest.param(("The miners wrote to Senedd Dorrow (Dorrish Parliament) twice and got no answer.",),
                 {"Senedd Dorrow": "organization", "Dorrish Parliament": "organization"},
                 id="a-body-before-its-english-gloss-is-that-body"),
    pytest.param(("Glenys Parry (Kelvo Rail Union) chaired the meeting.",),
                 {"Glenys Parry": "person"},
                 id="a-person-before-her-body-in-brackets-stays-a-person"),
    # -- a firm's arm named with a country's code ---------------------------------------------------
    pytest.param(("Workers at Kelvane Steel UK said the furnaces would close.",),
                 {"Kelvane Steel UK": "organization"},
                 id="a-firm-with-a-country-code-after-its-head"),
    pytest.param(("Dorrow Motors USA laid off 300.",), {"Dorrow Motors USA": "organization"},
                 id="a-firm-with-usa-after-its-head"),
    # -- cut or glued names ---------------------------------------------------------------------------
    pytest.param(("Crowds gathered outside Radio Television of Kelvia (RTK) on Sunday.",),
                 {"Radio Television of Kelvia": "organization", "Radio Television": None},
                 id="a-broadcaster-of-its-country-is-one-body"),
    pytest.param(("Strikers at Queen Dorrows held a rally on Friday.",),
                 {"Queen Dorrows": "organization", "Dorrows": None},
                 id="a-title-word-opening-an-employers-name-is-no-title"),
    pytest.param(("Back Swoop couriers’ demand for sick pay!", "Thousands of couriers work for "
                  "Swoop in the city."),
                 {"Swoop": "organization", "Back Swoop": None},
                 id="an-imperative-before-a-firm-the-article-names-alone"),
    pytest.param(("Back Bay residents met on Monday.",), {"Back Bay": "place"},
                 id="back-bay-stays-whole"),
    pytest.param(("Bakers left the Federation of Bakers of the Republic of Uzbekistan last spring.",),
                 {"Federation of Bakers of the Republic of Uzbekistan": "organization"},
                 id="a-body-ending-in-a-republics-name-is-a-body"),
    pytest.param(("Troops of the Federal Republic of Nigeria moved in.",),
                 {"Federal Republic of Nigeria": "country"},
                 id="a-republics-long-name-stays-the-country"),
    pytest.param(("Members of the Solidarity union picketed the depot.",),
                 {"Solidarity": "organization"},
                 id="a-common-word-before-union-is-the-unions-name"),
    pytest.param(("Dockers strike as Labour gov’t backs port sell-off",),
                 {"Labour": "organization"},
                 id="labour-before-govt-is-the-party"),
    pytest.param(("Blast Furnace No. 2 was relit in 1998.",),
                 {"Blast Furnace No. 2": "place", "Blast Furnace": None},
                 id="a-numbered-furnace-is-one-place"),
    # -- names a context types ------------------------------------------------------------------------
    pytest.param(("Police closed the road to Zestavi after the protest.",),
                 {"Zestavi": "place"},
                 id="the-road-to-a-town"),
    pytest.param(("Gelo Tsordia, a 41-year-old welder, lost his job in May.",),
                 {"Gelo Tsordia": "person"},
                 id="an-age-in-apposition-makes-a-person"),
    pytest.param(("“Nobody crossed,” Tavon Reese-Obi, a meat cutter for 12 years, said.",),
                 {"Tavon Reese-Obi": "person"},
                 id="a-trade-in-apposition-makes-a-person"),
    pytest.param(("Kelvane, a 40-year-old firm, closed the plant.",),
                 {"Kelvane": Not("person")},
                 id="a-firms-age-is-no-persons"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_ao(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_ferch_stays_in_the_speakers_name():
    speakers = quoted_speakers("“We are not giving up the valley,” said Nia ferch Rhodri, "
                               "a shopkeeper.")
    assert speakers == [["Nia ferch Rhodri"]], speakers
