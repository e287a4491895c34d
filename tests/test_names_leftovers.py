"""Leftovers across the sets (issue 10, branch ent75), each a general rule tested on made-up
sentences in the paper's shapes: a mine by name, a place in any frame ("near the Kelvo mine",
"miners at the Dorrow mine": kg.nlp.entities.kinds.placedsites; ent80); a town named in lower case
as a fight's place ("the battle of Kelvarts": entities.toml `place_before`); a given name before a
family name a lower-case particle opens ("Omar al-Kelvani": kg.nlp.entities.cues.evidence
`given_name_first`); Arabic "Bab" opening a crossing's or a gate's name and "Air" an airline's
(entities.toml `[leading_head_types]`); the buyers after a verb of selling and "to", a name paired
with a firm its noun names (kg.nlp.entities.cues.phrases `customer`, `firm_paired`); a firm's
short name a town shares, in an employer's frame beside the firm's full name
(kg.nlp.entities.kinds.townfirms). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- a mine's name where the text stands by it ------------------------------------------------
    pytest.param(("We ate at a truck stop near the Dorrowin mine before the rally.",),
                 {"Dorrowin": "place"}, id="near-the-mine-is-a-place"),
    pytest.param(("Six men were trapped in the Tallowick coal mine for two days.",),
                 {"Tallowick": "place"}, id="in-the-coal-mine-is-a-place"),
    pytest.param(("We ate at a truck stop near the Dorrowin mine. Dorrowin management would not talk.",),
                 {"Dorrowin": "organization"}, id="a-firms-noun-elsewhere-keeps-the-firm"),
    pytest.param(("Families live near the Dorrowin mine. Dorrowin’s owners cut pay.",),
                 {"Dorrowin": "organization"}, id="a-possessive-elsewhere-keeps-the-firm"),
    # pinned as the employer before; the reading changed by the lead's decision of 2026-12-05
    # (bench/quality/README.md: a mine by name is the required Place by its bare name, whatever
    # frame comes before it, as every set's gold reads it): the place (branch ent80)
    pytest.param(("Drillers at the Dorrowin mine voted to strike.",),
                 {"Dorrowin": "place"}, id="at-the-mine-is-a-place-too"),
    # -- a mine by name in any frame (branch ent80) -------------------------------------------------
    pytest.param(("The Marrowvale mine caved in on Tuesday, and four men are still missing.",),
                 {"Marrowvale": "place"}, id="the-mine-as-a-subject-is-a-place"),
    pytest.param(("Pickets went up at Quenby coal mine before dawn.",),
                 {"Quenby": "place"}, id="at-a-coal-mine-with-no-article-is-a-place"),
    pytest.param(("Welders at the old Harlowe mine joined the walkout.",),
                 {"Harlowe": "place"}, id="an-adjective-between-the-and-the-name"),
    pytest.param(("Strikers at the Marrowvale mine met. Marrowvale Coal Co. fired six of them.",),
                 {"Marrowvale": "organization", "Marrowvale Coal Co.": "organization"},
                 id="a-firms-full-name-elsewhere-keeps-the-firm"),
    pytest.param(("Strikers at the Marrowvale mine met. Marrowvale bosses fired six of them.",),
                 {"Marrowvale": "organization"}, id="a-firms-noun-in-any-frame-keeps-the-firm"),
    pytest.param(("Bolters struck a Quenby mine in the north last spring.",),
                 {"Quenby": "organization"}, id="one-of-a-firms-mines-stays-the-firm"),
    pytest.param(("Trucks came from the Dorrowby mines every hour.",),
                 {"Dorrowby": "organization"}, id="the-plural-stays-the-firms-mines"),
    pytest.param(("Pickets stood near the Kelvo Mining mine all night.",),
                 {"Kelvo Mining": "organization"}, id="a-firms-head-word-keeps-the-firm"),
    # -- a given name before a family name a lower-case particle opens ------------------------------
    pytest.param(("Crowds who ousted Omar al-Kelvani in April now face his old generals.",),
                 {"Omar al-Kelvani": "person"}, id="a-given-name-and-an-al-family-name"),
    pytest.param(("Ahmed el-Dorra and the Kelvo Union spoke at the rally.",),
                 {"Ahmed el-Dorra": "person", "Kelvo Union": "organization"},
                 id="a-given-name-and-an-el-family-name"),
    # -- Arabic "gate" opening a crossing's name ----------------------------------------------------
    pytest.param(("Lorries of flour queued for days at Bab al-Kelwa before the guards let them pass.",),
                 {"Bab al-Kelwa": "place"}, id="bab-opens-a-crossing"),
    # -- one-word firms by what the text says around them ---------------------------------------------
    pytest.param(("Growers here sell to Kelvita and Dorracol; both pay late.",),
                 {"Kelvita": "organization", "Dorracol": "organization"}, id="the-buyers-after-sell-to"),
    pytest.param(("They sell their fruit to Kelvo every week.",),
                 {"Kelvo": "organization"}, id="words-between-sell-and-to"),
    pytest.param(("He sold the house to Maria Ortiz last year.",),
                 {"Maria Ortiz": "person"}, id="a-person-after-sold-to-stays-a-person"),
    pytest.param(("Shareholders of Kelvocal and the Dutch oil company Brenta met in secret last week.",),
                 {"Kelvocal": "organization", "Brenta": "organization"},
                 id="a-name-paired-with-a-firm-its-noun-names"),
    pytest.param(("Maria Ortiz and the Dutch oil company Brenta signed the deal.",),
                 {"Maria Ortiz": "person"}, id="a-given-name-paired-with-a-firm-stays-a-person"),
    pytest.param(("Baggage handlers employed by Air Kelvia voted to walk out on Friday.",),
                 {"Air Kelvia": "organization"}, id="an-airline-named-air-and-a-place"),
    # -- a firm's short name a town shares ----------------------------------------------------------
    pytest.param(("Pickers from the Sabaneta plantations sent food. Sabaneta Fruit Co. ships fruit north.",),
                 {"Sabaneta": "organization", "Sabaneta Fruit Co.": "organization"},
                 id="a-towns-name-in-an-employers-frame-beside-the-firms-full-name"),
    pytest.param(("Pickers from the Sabaneta plantations sent food.",),
                 {"Sabaneta": "city"}, id="no-full-firm-name-the-town-stays"),
    # -- a relief body's shelters, a hiring-in (branch ent85) ------------------------------------------
    pytest.param(("Volunteers handed out blankets at the Dorrow Aid shelters near the stadium.",),
                 {"Dorrow Aid": "organization"}, id="a-bodys-shelters-after-at-the-are-the-bodys"),
    pytest.param(("Families slept at the Houston shelters for a week.",),
                 {"Houston": "city"}, id="a-citys-shelters-stay-the-city"),
    pytest.param(("Dana Ortiz hired in at Kelvane in 1971 and soon ran for shop steward.",),
                 {"Kelvane": "organization"}, id="hired-in-at-is-an-employer"),
    # -- a title a common noun's possessive opens (branch ent85) ----------------------------------------
    pytest.param(("Ramon Diaz was reading Capitalism’s Long Night, which a friend mailed him.",),
                 {"Capitalism’s Long Night": "work", "Long Night": None},
                 id="a-common-nouns-possessive-opens-a-title-after-reading"),
    pytest.param(("Readers will like it beside Ana Ruiz’s Labor’s Long Climb, which covers the sit-downs.",),
                 {"Ana Ruiz": "person", "Labor’s Long Climb": "work"},
                 id="a-common-nouns-possessive-opens-a-title-after-an-owner"),
    pytest.param(("She was reading Ortiz’s Long Night on the bus.",),
                 {"Ortiz’s Long Night": None}, id="a-surnames-possessive-opens-no-title"),
    pytest.param(("Workers cheered Labour’s Dana Ortiz, who spoke first.",),
                 {"Dana Ortiz": "person"}, id="a-party-word-before-a-person-stays-apart"),
    # -- a fight named in lower case for its place ----------------------------------------------------
    pytest.param(("Loggers at Kelvarts walked out in March.",
                  "Songs about the battle of Kelvarts are still sung.",),
                 {"Kelvarts": "place"}, id="the-battle-of-a-town-is-the-town"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_leftovers(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_a_town_the_text_places_stays_the_town(registry):
    # "in Sabaneta" says the town: the name keeps its kind (the employer's frame later in the
    # article links that one mention to the firm, as before)
    got = found(registry, "Nurses in Sabaneta rallied. Sabaneta Fruit Co. hired guards. Pickers from the "
                          "Sabaneta plantations struck.")
    assert got[0] == ("Sabaneta", "city/sabaneta"), got
