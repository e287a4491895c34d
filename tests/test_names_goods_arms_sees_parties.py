"""A maker's arm named by two goods and its country (kg.nlp.entities.spans.productpairs
`goods_arms`), a church's see named for its city and its state (kg.nlp.entities.spans.linkednames
`sees_in_places`), and a party's singular short form before a capitalised frame word or a
possessive (kg.nlp.entities.cues.framing `party_spans`), and armed bands named by the name
they go by, a plural acronym too (entities.toml `organization_apposition`, kg.nlp.entities.names
`_no_name_alone`), and the registry row of the Independent Labour Party, in made-up sentences
in the paper's shapes (sets BR, CF, BS, CL, CM; branch ent131). No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # a brand, two goods joined by "and", the country of the arm: one firm, no junk halves
    pytest.param(("Riot police broke up a picket at Kelvo Tractor and Trailers Brazil last week.",),
                 {"Kelvo Tractor and Trailers Brazil": "organization", "Kelvo Tractor": None,
                  "Trailers Brazil": None, "Brazil": None},
                 id="goods-arm-plural"),
    pytest.param(("Dorrow Bicycle and Scooter Kenya fired 40 union members.",),
                 {"Dorrow Bicycle and Scooter Kenya": "organization"},
                 id="goods-arm-singular"),
    # no good after "and": two firms, as before
    pytest.param(("Pickets stood outside Kelvo Motors and Dorrow Brazil all night.",),
                 {"Kelvo Motors": "organization", "Kelvo Motors and Dorrow Brazil": None},
                 id="no-good-after-and-two-names"),
    # a see, its city and its state: one body; the state is no mention of its own
    pytest.param(("The Catholic Archdiocese of Tallow City in Kansas gave $40,000 to the drive.",),
                 {"Catholic Archdiocese of Tallow City in Kansas": "organization", "Kansas": None,
                  "Catholic Archdiocese of Tallow City": None},
                 id="see-of-a-city-in-its-state"),
    # a country after "in" says where the see is
    pytest.param(("Priests of the Diocese of Dorrowa in Mexico backed the strikers.",),
                 {"Diocese of Dorrowa": "organization", "Mexico": "country/mexico"},
                 id="see-in-a-country-stays-apart"),
    # a state that opens a longer name is no closing place
    pytest.param(("The Diocese of Dorrowa in Ohio County ran the clinic.",),
                 {"Diocese of Dorrowa": "organization", "Diocese of Dorrowa in Ohio County": None},
                 id="see-before-a-longer-place"),
    # a party's singular short form before a capitalised frame word, after a possessive
    # town, before a possessive
    pytest.param(("Tom Kelvey, the Labour MP for Dorrow South, joined the picket line.",),
                 {"Labour": "organization", "Tom Kelvey": "person"},
                 id="party-before-mp"),
    pytest.param(("The county council, run by Labour’s Ana Dorrow since May, backed the closure.",),
                 {"Labour": "organization", "Ana Dorrow": "person"},
                 id="party-possessive"),
    pytest.param(("Outside the gates, Tallowby’s Labour member of Parliament said nothing.",),
                 {"Labour": "organization"},
                 id="party-after-a-possessive-town"),
    pytest.param(("New Labour MP Jane Kelvo spoke.",),
                 {"Labour": None},
                 id="glued-before-stays-longer-name"),
    # armed bands by the name they go by; a plural acronym elsewhere stays a common noun
    pytest.param(("The mayor kept gangs, known as the Tallow Boys, to beat strikers.",),
                 {"Tallow Boys": "organization"},
                 id="bands-known-as"),
    pytest.param(("Villagers fled the landlord’s armed squads, known as the DRAKs, after the raid.",),
                 {"DRAKs": "organization"},
                 id="plural-acronym-known-as"),
    pytest.param(("Their kids scored higher on tests of IQs than the state average.",),
                 {"IQs": None},
                 id="plural-acronym-alone-no-name"),
    # a registry row: a party whose name holds the Labour Party's
    pytest.param(("Members of the Independent Labour Party and of the Labour Party marched.",),
                 {"Independent Labour Party": "organization/independent-labour-party",
                  "Labour Party": "organization/labour-party"},
                 id="independent-labour-party-row"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_goods_arms_sees_parties(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
