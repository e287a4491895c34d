"""Names of the kinds held-out set CC (Russia, Ukraine, the Balkans and Eastern Europe) showed
untyped, cut or glued, in made-up sentences in the paper's shapes: a name's other spellings and
its names in other languages (kg.nlp.entities.kinds.otherspellings); squares and streets named
with a Slavic kind word, first or last, and "Maidan" no event when a name follows it
(kg/data/nlp/entities.toml `leading_head_types`, `head_types`, the registry's strict alias); a
month's square (`month_town_heads`); a people by its region's adjective
(kg.nlp.entities.spans.regionpeoples); an assembly's own word before "of the"; the particle
"ut-"; given names the package lists below the gazetteer's floors
(kg.nlp.entities.kinds.lessergiven); a state by its people's adjective
(kg.nlp.entities.kinds.peoplestates); "bloc" and "movement" after a body's name; a role
modifying a body's noun in an apposition (kg.nlp.entities.kinds.apposedgroups); gorges,
tunnels and soviets by their heads; "whose" before a family noun; registry rows for recurring
real names. No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- other spellings and names in other languages ---------------------------------------------
    pytest.param(("Trains still run to Kharkiv — Charkivno in Polish and Kharkovsk in Russian — "
                  "twice a day.",),
                 {"Charkivno": "place", "Kharkovsk": "place"},
                 id="a-chain-of-names-in-other-languages"),
    pytest.param(("The miners’ delegates met in Odesa, also spelled Odessovo, on Monday.",),
                 {"Odessovo": "place"},
                 id="also-spelled"),
    pytest.param(("The school fired Ivan Dorrov—Aliaksei Dorrau, as pupils say it in "
                  "Belarusian—in May.",),
                 {"Aliaksei Dorrau": "person"},
                 id="a-persons-name-as-spelled-in-another-language"),
    pytest.param(("Teachers voted for the Kelvo movement — Dorrow Unity — in the spring.",),
                 {"Kelvo": "organization", "Dorrow Unity": "organization"},
                 id="a-bodys-english-name-in-a-dashed-aside"),
    pytest.param(("Shelling hit Abkhazia, which Kelvans call Dorrastan, and the coast.",
                  "Refugees say Kelvans call the town Dorrovgrad."),
                 {"Dorrastan": "place", "Dorrovgrad": "place"},
                 id="a-peoples-name-for-a-place"),
    pytest.param(("In Kharkiv — Kelvo Dorrova told reporters — the trams stopped.",),
                 {"Kelvo Dorrova": Not("place")},
                 id="an-aside-with-no-language-renames-nothing"),
    # -- squares and streets by their Slavic kind words; a month's square ------------------------
    pytest.param(("Crowds filled Maidan Svobodovy and marched down Kelvinskaya Ploshchad.",),
                 {"Maidan Svobodovy": "place", "Maidan": None, "Kelvinskaya Ploshchad": "place"},
                 id="slavic-squares-head-first-and-last"),
    pytest.param(("Thousands rallied on the Maidan in 2014.",),
                 {"Maidan": "event/euromaidan"},
                 id="maidan-alone-is-still-the-movement"),
    pytest.param(("Students camped on March Square for a week.",),
                 {"March Square": "place"},
                 id="a-months-square"),
    pytest.param(("Convoys went through the Dorrovo Tunnel and the Kelvan Gorge.",),
                 {"Dorrovo Tunnel": "place", "Kelvan Gorge": "place"},
                 id="a-tunnel-and-a-gorge"),
    # -- peoples, assemblies, particles --------------------------------------------------------------
    pytest.param(("The Siberian Tatar elders and Siberian Tatars from the villages came.",),
                 {"Siberian Tatar": None, "Siberian Tatars": None},
                 id="a-people-by-its-regions-adjective"),
    pytest.param(("She sits on the Mejlis of the Kelvish People, the people’s assembly.",),
                 {"Mejlis of the Kelvish People": "organization", "Kelvish People": None},
                 id="an-assembly-of-a-people"),
    pytest.param(("Six were charged with belonging to Hizb ut-Kelvir, a banned group.",),
                 {"Hizb ut-Kelvir": "organization", "Hizb": None},
                 id="the-ut-particle"),
    # -- people by lesser-listed given names -------------------------------------------------------------
    pytest.param(("The strike was called by Mykhailo Dorrovets after the mine flooded.",),
                 {"Mykhailo Dorrovets": "person"},
                 id="a-lesser-listed-given-name"),
    pytest.param(("“We want him home,” said Ana Dorrova, whose son, Kelvasar, was taken in May.",),
                 {"Kelvasar": "person"},
                 id="whose-and-a-family-noun"),
    pytest.param(("Mayors took office in Sarajevo, Kelvac and Zubin Dorrok last week.",),
                 {"Zubin Dorrok": Not("person")},
                 id="a-lesser-listed-given-name-opening-a-listed-town"),
    pytest.param(("Floods hit the farms in Zubin Dorrok last week.",),
                 {"Zubin Dorrok": Not("person")},
                 id="a-lesser-listed-given-name-after-in"),
    # -- states by their people's adjective; bodies --------------------------------------------------
    pytest.param(("In 1919 the Kelvish People’s Republic fell, and the Dorrian Republic of Tallovia "
                  "was declared.",),
                 {"Kelvish People’s Republic": "place", "Dorrian Republic of Tallovia": "place"},
                 id="states-by-their-peoples-adjective"),
    pytest.param(("Ana Dorrova’s Kelvoblok bloc won six seats.",),
                 {"Kelvoblok": "organization"},
                 id="a-bloc"),
    pytest.param(("In 1917 the Kelvograd Soviet voted to arm the workers; the Soviet Union came later.",),
                 {"Kelvograd Soviet": "organization", "Soviet Union": "country/soviet-union"},
                 id="a-soviet-ending-a-name-is-a-council"),
    pytest.param(("Lukashenka said the Warsaw Pact was gone and Gazprom raised prices.",),
                 {"Lukashenka": "person/alexander-lukashenko", "Warsaw Pact": "organization/warsaw-pact",
                  "Gazprom": "organization/gazprom"},
                 id="registry-rows"),
    pytest.param(("The rally was organized by Kelvora, a student group, and the miners.",),
                 {"Kelvora": "organization"},
                 id="a-role-modifying-a-bodys-noun"),
    pytest.param(("Ana Dorrova, a union organizer, spoke first.",),
                 {"Ana Dorrova": "person"},
                 id="a-bodys-noun-modifying-a-role-is-a-persons"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_names_set_cc(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
