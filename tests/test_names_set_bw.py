"""Set BW's shapes of names (branch ent110), on made-up sentences with other names: bodies of one
word each listed before a plural noun of bodies, an acronym among them
(kg.nlp.entities.spans.acronymlists), an airline's brand before its head in lower case
(kg.nlp.entities.spans.airlinetails), Britain's finance minister's office before a person's name
(entities.toml `portfolio_titles`), a party's short form after its leader's possessive
(kg.nlp.entities.mentions.glue), a union right after its noun (kg.nlp.entities.kinds.unionnames),
a building's head before the city its name ends in (kg.nlp.entities.kinds.sitecities), and a
town in the first of two site phrases joined by "and" or before a new clause
(kg.nlp.entities.kinds.placeslots), a list's member after another's bracketed acronym
(kg.nlp.entities.kinds.framedkinds `_LIST_GAP`). No name or sentence of a held-out set."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- junk: bodies glued over "and", an office glued to a name ---------------------------------
    pytest.param(("Ferry crews walked off as the Tallix and KDW unions met in Orvane.",),
                 {"Tallix": "organization", "KDW": "organization", "Tallix and KDW": None},
                 id="an-acronym-and-a-word-before-unions-two-bodies"),
    pytest.param(("The KFL, Brenmark and TWK unions called a rally in Orvane.",),
                 {"KFL": "organization", "Brenmark": "organization", "TWK": "organization"},
                 id="a-comma-list-with-acronyms-before-unions"),
    pytest.param(("Members of the Glass and Ceramic Workers union voted in Orvane.",),
                 {"Glass and Ceramic Workers union": "organization", "Glass": None},
                 id="a-union-s-own-list-stays-whole"),
    pytest.param(("Crews of the regional carrier DORRJET air lost their jobs in May.",),
                 {"DORRJET air": "organization", "DORRJET": None}, id="an-airline-s-lower-case-head"),
    pytest.param(("Chancellor of the Exchequer Margaret Dunmore said taxes on fuel would rise.",),
                 {"Margaret Dunmore": "person", "Exchequer Margaret Dunmore": None},
                 id="an-office-with-its-portfolio-before-a-name"),
    pytest.param(("Nurses in London booed Premier Arlo Dunmore’s Conservatives on Tuesday.",),
                 {"Conservatives": "organization/conservative-party-uk"},
                 id="a-possessive-before-a-party-s-short-form"),
    pytest.param(("Nurses in London met at Arlo Dunmore’s Conservatives Club on Tuesday.",),
                 {"Conservatives": None}, id="a-possessive-before-a-longer-name-still-glues"),
    # -- typing: a union right after its noun, a hotel by its city, a town in a site phrase ---------
    pytest.param(("Maids picketed the Royal Hotel Bergen on Friday, and cooks joined them.",),
                 {"Royal Hotel Bergen": "place"}, id="a-hotel-named-with-its-city"),
    pytest.param(("Ships sat idle. The dockworkers union IG Dorrwerk said 9,000 members joined.",),
                 {"IG Dorrwerk": "organization"}, id="a-union-right-after-its-noun-speaks"),
    pytest.param(("Ships sat idle. The union steward Dana Whitcombe said 9,000 members joined.",),
                 {"Dana Whitcombe": "person"}, id="a-person-after-a-union-s-role-speaks"),
    pytest.param(("Ships sat idle. The dockers union Dana Whitcombe founded said it would strike.",),
                 {"Dana Whitcombe": "person"}, id="a-person-who-founded-the-union"),
    pytest.param(("The march was called by the Kelvo Tenants League (KTL), Dorrvia Cultural and two small "
                  "unions.",),
                 {"Dorrvia Cultural": "organization"}, id="a-list-member-after-a-bracketed-acronym"),
    pytest.param(("Crews at the Kelvo truck plant in Dorrig and the Boeing jet plant in Brenford "
                  "stopped for an hour.",),
                 {"Dorrig": "place", "Boeing": "organization"},
                 id="a-town-in-the-first-of-two-site-phrases"),
    pytest.param(("The owners closed a line at Dorrig, and the UAW organized a rally downtown.",),
                 {"Dorrig": "place", "UAW": "organization"}, id="a-town-before-a-new-clause-s-subject"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_bw(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
