"""Set BK's shapes of names (branch ent96), on made-up sentences with other names: a plural
unit's head before bare numbers (kg.nlp.entities.spans.pluralunits), an armed force and its
commander after "of" (kg.nlp.entities.spans.forcesof), a firm of brothers ("Bros."), a religious
house and a town's quarter as places (kg/data/nlp/entities.toml `place_after`, `place_before`),
"whose" before what only a firm has, a body in apposition after an owner's possessive
(kg.nlp.entities.kinds.ownedappositions), a mining firm opened by "Minera", a river breaking
its banks (kg.nlp.entities.kinds.riverbanks), firms a firm owns (kg.nlp.entities.kinds.ownedfirms),
an action named "March Against …" (kg.nlp.entities.spans.joins) and the registry's Vale, Inco
and Exxon Mobil. No name or sentence of a held-out set."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- junk: a plural unit's head, a force and its commander -------------------------------------------
    pytest.param(("The bakers of Kelvo Dockers Local 12 met Tuesday. Members of Locals 212, 340 and "
                  "1180 will vote on the offer next week.",),
                 {"Locals 212": None, "Kelvo Dockers Local 12": "organization"},
                 id="a-plural-unit-s-bare-numbers-no-name"),
    pytest.param(("Members of Lodges 44, 61 and 90 will vote.",),
                 {"Lodges": None, "Lodges 44": None}, id="a-plural-head-left-before-its-numbers"),
    pytest.param(("Nurses in Dorrow Health Workers Locals 7 and 9 walked out.",),
                 {"Dorrow Health Workers Locals 7": "organization"},
                 id="a-plural-unit-with-its-union-stays"),
    pytest.param(("Shelling went on between the army and the Northern Defence Forces of Tomas Kelvani "
                  "Orrow in the capital.",),
                 {"Northern Defence Forces": "organization", "Tomas Kelvani Orrow": "person",
                  "Northern Defence Forces of Tomas Kelvani Orrow": None},
                 id="a-force-and-its-commander"),
    pytest.param(("Veterans of the Revolutionary Army of Dorrovia marched Sunday.",),
                 {"Revolutionary Army of Dorrovia": "organization"},
                 id="a-force-of-a-country-stays-whole"),
    # -- typing --------------------------------------------------------------------------------------------
    pytest.param(("Animators picketed Kelvin Bros. in the valley for a week.",),
                 {"Kelvin Bros.": "organization"}, id="a-firm-of-brothers"),
    pytest.param(("After the march, Tomas had to go to the Dorrest monastery to bargain with them.",),
                 {"Dorrest": "place"}, id="a-monastery-s-name-a-place"),
    pytest.param(("Youth built barricades in the working-class neighborhood of Dorrabí last night.",),
                 {"Dorrabí": "place"}, id="a-neighborhood-of-a-place"),
    pytest.param(("The chain is owned by Kelvoort Brenner. Kelvoort Brenner, whose headquarters are in "
                  "Dorrecht, reported big profits.",),
                 {"Kelvoort Brenner": "organization"}, id="whose-headquarters-no-person"),
    pytest.param(("Kelvania’s state nickel company, Nikelvo, sent the pumps to the mine.",),
                 {"Nikelvo": "organization"}, id="a-body-after-an-owner-s-possessive"),
    pytest.param(("Kelvania’s labor minister, Ana Dorrow, visited the mine.",),
                 {"Ana Dorrow": "person"}, id="a-person-after-a-possessive-stays"),
    pytest.param(("Fines against Minera Tallo Verde did not stop the digging.",),
                 {"Minera Tallo Verde": "organization"}, id="minera-opens-a-firm"),
    pytest.param(("Floods hit Kelvapur in August after the Dorrava burst its banks.",),
                 {"Dorrava": "place"}, id="a-river-breaking-its-banks"),
    pytest.param(("The union struck Kelvane Stores in May. Kelvane Stores, based in Dorrow, also owns "
                  "Tallow Mart and Brenno Market.",),
                 {"Tallow Mart": "organization", "Brenno Market": "organization"},
                 id="firms-a-firm-owns"),
    pytest.param(("Ana Dorrow owns Tallow Farm near the river.",),
                 {"Tallow Farm": Not("organization")}, id="a-person-s-property-no-firm"),
    pytest.param(("Tenants joined the March Against Kelvin Terror on Saturday.",),
                 {"March Against Kelvin Terror": "event"}, id="a-march-against-a-cause"),
    pytest.param(("Rents rose in March against the advice of the board.",),
                 {"March": None}, id="a-month-before-against-no-event"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_bk(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_registry_rows_set_bk(registry):
    """Vale and Inco (the nickel miners, no Wikidata ID) and Exxon Mobil printed with a space
    (ent96)."""
    got = dict(found(registry, "Nickel miners struck Vale Inco in Sudbury. Vale bought Inco years ago. "
                               "Workers at the Exxon Mobil refinery near Dorrow joined them."))
    check_names(got, {"Vale Inco": "organization/inco", "Inco": "organization/inco",
                      "Vale": "organization/vale", "Exxon Mobil": "organization/exxonmobil"})


def test_registry_rows_set_bk_more(registry):
    """Kennecott, Anaconda by copper words only, Netflix, the Zócalo, and "the Guard" after the
    National Guard is named (ent96)."""
    got = dict(found(registry, "Copper miners at Kennecott and Anaconda met in Tucson. Writers "
                               "picketed Netflix. Crowds filled the Zócalo. The National Guard came in "
                               "June and the Guard left in July."))
    check_names(got, {"Kennecott": "organization/kennecott", "Anaconda": "organization/anaconda-copper",
                      "Netflix": "organization/netflix", "Zócalo": "place/zocalo",
                      "Guard": "organization/national-guard"})
    alone = dict(found(registry, "Ranchers drove cattle from Anaconda to Dorrow in the spring."))
    check_names(alone, {"Anaconda": Not("organization")})
