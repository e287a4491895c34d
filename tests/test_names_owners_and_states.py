"""A firm after its owner's full name and possessive, and a state named by a compass word and a
country (issue 10, set DL's kinds, branch passL43): "belonged to Tom Kelvane’s Dorrow Corporation"
is the person and the firm, two names (kg.nlp.entities.spans.possessivefirms `_person_owner`);
"in Western Australia" is the state the gazetteer knows, not the country
(kg.nlp.entities.mentions.glue `glued_after_name`); "the Milton government" is the head of
government by a surname the larger gazetteer knows as a small town and a given name
(kg.nlp.entities.kinds.contextrules `ruler`). Sentences and people are made up; the
states and countries stand where the mechanism needs the gazetteer to know them."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Since 1990 the stevedores have belonged to Tom Kelvane's Dorrow Corporation, "
                  "the paper said.",),
                 {"Tom Kelvane": "person", "Dorrow Corporation": "organization",
                  "Tom Kelvane's Dorrow Corporation": None},
                 id="person-owner-and-firm"),
    # a founder's firm named by one word and the possessive stays one firm
    pytest.param(("Workers at Dorrow’s Packing Company walked out.",),
                 {"Dorrow’s Packing Company": "organization"}, id="founder-firm"),
    pytest.param(("Dockers at Kelvo Harbour in Western Australia held meetings on the return.",),
                 {"Western Australia": "place", "Australia": None}, id="compass-state"),
    # a compass word and a country the gazetteer knows no place of: the country as before
    pytest.param(("Herders in Eastern Kenya met on Monday.",),
                 {"Kenya": "country/kenya", "Eastern Kenya": None}, id="no-such-state"),
    # a head of government's surname that is also a small town's name and a given name
    pytest.param(("Unions said the Milton government has sent troops into the towns.",),
                 {"Milton": "person"}, id="surname-town-government"),
    pytest.param(("Workers in Milton marched on Monday.",), {"Milton": "city"}, id="the-town-itself"),
    # a town of the smaller list before "government" stays the place
    pytest.param(("Strikers said the Dublin government had lied.",), {"Dublin": "city"},
                 id="capital-government"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_owners_and_states(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
