"""Leftover junk of sets AL and AM (issue 10, branch ent61), each a general rule tested on
made-up sentences in the paper's shapes: a union's list of fields may open with "General"; a
body named for people "Affected by" a cause is one name; a workers' plural noun or a common
word opening a sentence is no part of the firm's name after it; a firm and its works named for
their site are two names; "Sheikh" stays in the whole name it opens; a review's header names
its book, its publisher and city; a person's book keeps its subtitle; a firm's site named by
its code is a place, and so is an ocean's region of a country. No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- a body named for what struck its members ------------------------------------------------
    pytest.param(("Marta Quiroga chairs the Honduran Association of People Affected by Chronic Liver "
                  "Disease (AHAELC), which marched on the ministry.",),
                 {"Honduran Association of People Affected by Chronic Liver Disease": "organization",
                  "Honduran Association of People Affected": None, "Chronic Liver Disease": None},
                 id="association-of-people-affected-by-a-disease"),
    pytest.param(("She joined the Guild of Families Affected by Huntington Disease in 1990.",),
                 {"Guild of Families Affected by Huntington Disease": "organization",
                  "Huntington Disease": None},
                 id="guild-of-families-affected-by-a-disease"),
    pytest.param(("The Kelvish Union of Families Harmed by Dorrow Chemicals met in Tallow.",),
                 {"Kelvish Union of Families Harmed by Dorrow Chemicals": "organization",
                  "Dorrow Chemicals": None},
                 id="union-of-families-harmed-by-a-firm"),
    pytest.param(("The Board of Trustees Elected by Kelvo members met.",),
                 {"Board of Trustees Elected by Kelvo": None},
                 id="by-before-one-capital-and-a-noun-joins-nothing"),
    # -- a union's list of fields opened by a generic word ---------------------------------------
    pytest.param(("Until 1989 the GPU was called the General, Municipal, Shipwrights and Allied "
                  "Trade Union by its members.",),
                 {"General, Municipal, Shipwrights and Allied Trade Union": "organization",
                  "Municipal, Shipwrights and Allied Trade Union": None},
                 id="general-opens-a-unions-list-of-fields"),
    pytest.param(("They joined the General, Municipal and Transport Union in 1979.",),
                 {"General, Municipal and Transport Union": "organization",
                  "Municipal and Transport Union": None},
                 id="general-opens-a-unions-two-fields"),
    pytest.param(("General, we salute the Amalgamated, Engineering and Electrical Union.",),
                 {"Amalgamated, Engineering and Electrical Union": "organization"},
                 id="a-word-apart-from-the-list-stays-out"),
    # -- a workers' noun opening a sentence --------------------------------------------------------
    pytest.param(("Workers of Dravenko Steel walked out in March.",),
                 {"Dravenko Steel": "organization", "Workers of Dravenko Steel": None},
                 id="workers-of-a-firm-name-the-firm"),
    pytest.param(("Employees of the Kelvane Hospital Group rallied on Friday.",),
                 {"Kelvane Hospital Group": "organization"},
                 id="employees-of-a-firm-name-the-firm"),
    pytest.param(("Amalgamated Steel Workers of Kelvo struck.",),
                 {"Amalgamated Steel Workers of Kelvo": "organization"},
                 id="a-trade-before-workers-of-keeps-the-union"),
    # -- a common word opening a sentence before a firm named alone elsewhere --------------------
    pytest.param(("The miners struck Ferrovia on Monday.",
                  "Direct Ferrovia employees brought food to the picket."),
                 {"Ferrovia": "organization", "Direct Ferrovia": None},
                 id="an-adjective-opening-a-sentence-before-a-firm"),
    pytest.param(("Workers at Halvard Textiles walked out.",
                  "Former Halvard Textiles workers joined the march."),
                 {"Halvard Textiles": "organization", "Former Halvard Textiles": None},
                 id="former-before-a-firm"),
    pytest.param(("The best pages are the workers’ own words.",
                  "Booker Tallis, a roof bolter since the war, recalls the walkout. Tallis lost a "
                  "brother in the mine."),
                 {"Booker Tallis": "person"}, id="a-rarer-word-opening-a-sentence-stays"),
    pytest.param(("Workers at Pacific struck.", "Union Pacific officials refused to talk."),
                 {"Union Pacific": "organization"},
                 id="a-head-word-opening-a-sentence-stays"),
    # -- a firm and its works --------------------------------------------------------------------
    pytest.param(("The union drive began in the Halvard Mills Greenbank plant, the oldest one in "
                  "the county.",),
                 {"Halvard Mills": "organization", "Greenbank plant": "place",
                  "Halvard Mills Greenbank": None},
                 id="a-mills-firm-then-its-plant"),
    pytest.param(("He spent 30 years at the Dorrow Steel Riverside mill.",),
                 {"Dorrow Steel": "organization", "Riverside mill": "place"},
                 id="a-steel-firm-then-its-mill"),
    # -- "Sheikh" before a whole name --------------------------------------------------------------
    pytest.param(("Sheikh Abdul Karim Talukdar led the party in the 1950s.",),
                 {"Sheikh Abdul Karim Talukdar": "person", "Abdul Karim Talukdar": None},
                 id="sheikh-before-three-names-stays"),
    pytest.param(("Leaders including Sheikh Nurul Haque spoke.",),
                 {"Sheikh Nurul Haque": "person", "Nurul Haque": None},
                 id="sheikh-before-two-names-stays"),
    pytest.param(("Lord Peter Kelvmoor spoke.",),
                 {"Peter Kelvmoor": "person", "Lord Peter Kelvmoor": None},
                 id="lord-before-two-names-is-still-stripped"),
    # -- a review's header with the publisher's city; an Irish publisher --------------------------
    pytest.param(("Lamps on the Tallow Line: A Life on the Kelvish Canals by Ciarán Ó Dorrow. Cló an "
                  "Tobair, Galway, 2021. 288 pages.",
                  "In Lamps on the Tallow Line he tells of the strikes on the barges."),
                 {"Lamps on the Tallow Line: A Life on the Kelvish Canals": "book",
                  "Lamps on the Tallow Line": "book", "Lamps": None, "Kelvish Canals": None,
                  "Cló an Tobair": "organization", "Tobair": None, "Ciarán Ó Dorrow": "person"},
                 id="a-review-header-with-city-and-an-irish-publisher"),
    pytest.param(("Grain and Fire: A Life on the Prairie Railways by Ana Kelvane. Dorrow Press, "
                  "Winnipeg, 2019. 240 pages.",),
                 {"Grain and Fire: A Life on the Prairie Railways": "book",
                  "Prairie Railways": None, "Dorrow Press": "organization"},
                 id="a-review-header-with-a-press-and-its-city"),
    pytest.param(("The jury gave Maria an Oscar for the film.",), {"Maria an Oscar": None},
                 id="the-english-an-joins-nothing"),
    # -- a person's book with a subtitle and its years ------------------------------------------
    pytest.param(("A class on Malcolm X Speaks: The Harlem Years 1963–65, published by Pathfinder "
                  "Press, drew a crowd.",),
                 {"Malcolm X Speaks: The Harlem Years 1963–65": "book", "Harlem Years": None},
                 id="a-persons-book-with-a-subtitle-and-a-span-of-years"),
    # -- typed by the text: a firm's site by its code ---------------------------------------------
    pytest.param(("Tom Baker has loaded trucks for six years at Amazon’s KLV2 fulfillment center.",),
                 {"KLV2": "place", "Amazon": "organization"}, id="a-site-code-after-a-firms-possessive"),
    pytest.param(("Walmart’s MSP7 distribution center was picketed.",),
                 {"MSP7": "place"}, id="a-distribution-centres-code"),
    pytest.param(("Pickets blocked the roads of the Atlantic region of Kelvia for a week.",),
                 {"Atlantic region": "place", "Atlantic": None},
                 id="an-oceans-region-is-one-place"),
    pytest.param(("Cane cutters in the Pacific lowlands struck.",),
                 {"Pacific lowlands": "place", "Pacific": None}, id="an-oceans-lowlands-are-one-place"),
    pytest.param(("The UAW and KLV2 met on Monday.",),
                 {"KLV2": "organization"}, id="a-code-with-no-owner-or-site-noun-stays-a-body"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_al_am_2(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
