"""Names read whole over a possessive, a bracket or "of", and the kinds of names listed with
bodies (set CH's pass, branch ent121): kg.nlp.entities.spans.possessivefirms, .countrysuffixes,
.devotions; kg.nlp.entities.kinds.firmlists, .bodylists; the compound heads of growers' and
farmers' bodies;
and the registry rows the pass changed (George H. W. Bush's dated
"Bush": tests/test_registry_rows.py). Made-up sentences in the paper's shapes; no name or
sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # an owner's possessive and a firm's head: one firm, no "Packing Company" piece
    pytest.param(("Growers nearby, such as Nine K’s Packing Company and Redmond Fruit, signed.",),
                 {"Nine K’s Packing Company": "organization", "Packing Company": None, "K": None},
                 id="possessive-firm-opened-by-a-spelled-number"),
    pytest.param(("Drivers for Dorrow’s Dairy Co. voted to strike.",),
                 {"Dorrow’s Dairy Co.": "organization", "Dorrow": None},
                 id="possessive-firm-legal-form"),
    pytest.param(("Mexico’s National Oil Company laid off 300 workers.",),
                 {"Mexico": "country/mexico", "National Oil Company": "organization",
                  "Mexico’s National Oil Company": None},
                 id="a-country-owner-stays-apart"),
    # a body's name closed by its country's code in brackets
    pytest.param(("Churches, including the Lutheran Synod Church (USA), backed the boycott.",),
                 {"Lutheran Synod Church (USA)": "organization", "USA": None},
                 id="body-with-country-code"),
    pytest.param(("Prices in Kelvo (USA) rose again.",),
                 {"USA": "country/united-states"},
                 id="no-body-no-join"),
    # a title of the Virgin, "of" and her shrine's town: one name, not the town
    pytest.param(("Pilgrims carried an image of the Virgin of Zapopan through the streets.",),
                 {"Virgin of Zapopan": "thing", "Zapopan": None},
                 id="virgin-of-a-town"),
    # a brand closing a list after a body, before a speech verb: no speaker
    pytest.param(("Last week Kelvo Brands, the owner of Dorrow Grill, KFC, and Tallow Hut, agreed "
                  "to a raise.",),
                 {"Tallow Hut": "organization"},
                 id="brand-closing-a-list-of-firms"),
    pytest.param(("Backers included the NAACP, the Teamsters, and Ana Ruiz, said Tom Kelvey.",),
                 {"Ana Ruiz": "person"},
                 id="a-person-closing-a-list-stays-a-person"),
    # a weak place listed only with bodies
    # (a registry state opening the next member's name: the longest name is the member)
    pytest.param(("Speakers came from Kelvorise, the Iowa Farmers Union, and the Tallow Land "
                  "Project.",),
                 {"Kelvorise": "organization", "Iowa Farmers Union": "organization"},
                 id="listed-with-bodies-after-from"),
    pytest.param(("Workers came from Kelvo, Dorrow County, and the Tallow Union.",),
                 {"Kelvo": "place"},
                 id="listed-with-a-place-stays-a-place"),
    # growers' and farmers' bodies by their crop and their members' plural; the plural alone
    # opening a sentence stays no part of the body's name
    pytest.param(("Growers such as Western Bean Growers refused to sign.",),
                 {"Western Bean Growers": "organization"},
                 id="growers-head"),
    pytest.param(("Milk went to Dairy Farmers of Kelvia last year.",),
                 {"Dairy Farmers of Kelvia": "organization"},
                 id="farmers-head-before-of"),
    pytest.param(("Growers of the Kelvo Union met in Dorrow.",),
                 {"Kelvo Union": "organization", "Growers of the Kelvo Union": None},
                 id="plural-opener-before-of-stays-apart"),
    # registry rows: a firm's possessive name, the Constitution's short form not in a street's
    # name, a union's name without the lower-case "union"
    pytest.param(("Tyson and Pilgrim’s Pride posted record profits.",),
                 {"Pilgrim’s Pride": "organization/pilgrims-pride", "Pilgrim": None, "Pride": None},
                 id="pilgrims-pride"),
    pytest.param(("Marchers walked down Constitution Avenue to the U.S. Department of Labor.",),
                 {"Constitution Avenue": "place", "Constitution": None},
                 id="constitution-avenue"),
    pytest.param(("The United Food and Commercial Workers union (UFCW) called a rally.",),
                 {"United Food and Commercial Workers": "organization/united-food-and-commercial-workers",
                  "United Food and Commercial Workers union": None},
                 id="ufcw-without-union"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_whole_names_and_listed_kinds(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)

