"""Names the tuned sets' leftovers showed read apart or mistyped (branch ent89), in made-up
sentences in the paper's shapes: a firm named by two surnames joined by "and" or "&"
(kg.nlp.entities.spans.surnamefirms), an auto plant named by its town and "Assembly"
(kg.nlp.entities.kinds.plantnames), a public figure named by surname alone with no full name on
the page (kg.nlp.entities.mentions.registrysurnames; a firm called by one word of its full name
after "at" is tests/test_firmleads.py), a president by a city's name before
"administration" (kg.nlp.entities.mentions.keep `city_before_administration`), a gloss before an
apposed body's noun (kg.nlp.entities.spans.glosses), a union's local glued to its initials
(kg.nlp.entities.spans.numberedunions), an article's title quoted before its periodical
(kg.nlp.entities.spans.quotedtitles), two rulers joined by a hyphen before their rule's noun
(kg.nlp.entities.spans.rulerpairs), a firm between "striking" and its workers (entities.toml
`employer_before`), a heading's first word before a registry firm (kg.nlp.entities.mentions.keep
`after_place_prefix`). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found

CASES = [
    # -- a firm named by two surnames ---------------------------------------------------------------
    pytest.param(("Welders at the Kelvin and Dorrow shipyard voted to strike on Monday.",),
                 {"Kelvin and Dorrow": "organization", "Kelvin": None, "Dorrow": None},
                 id="a-works-noun-in-the-singular-after-the-pair"),
    pytest.param(("Pickets from Tallow and Brennock told reporters the line would hold.",),
                 {"Tallow and Brennock": "organization", "Tallow": None, "Brennock": None},
                 id="workers-from-the-pair"),
    pytest.param(("Pickets from Tallow & Brennock told reporters the line would hold.",),
                 {"Tallow & Brennock": "organization"},
                 id="an-ampersand-between-the-surnames"),
    pytest.param(("Last week Tallow and Brennock’s bosses cut the night shift.",),
                 {"Tallow and Brennock": "organization"},
                 id="the-pair-s-possessive-before-an-employer-s-noun"),
    pytest.param(("Ruiz and Dorrow spoke at the rally in the park.",),
                 {"Ruiz and Dorrow": None},
                 id="two-people-by-surname-have-no-firm-s-frame"),
    pytest.param(("Last month the Kelvo and Dorrow plants closed for good.",),
                 {"Kelvo and Dorrow": None},
                 id="a-plural-noun-is-two-firms-works"),
    pytest.param(("Last week Maria and Jose’s boss fired them both.",),
                 {"Maria and Jose": None},
                 id="two-given-names-are-people"),
    pytest.param(("Workers at Chrysler and Brennock walked out at noon.",),
                 {"Chrysler and Brennock": None, "Chrysler": "organization"},
                 id="a-registry-firm-stays-its-own"),
    pytest.param(("Lena Brennock chaired the meeting. Pickets from Tallow and Brennock came too.",),
                 {"Tallow and Brennock": None},
                 id="a-surname-of-a-person-named-in-full"),
    # -- an auto plant named by its town ------------------------------------------------------------
    pytest.param(("Dana Ortiz, a welder at Fresno Assembly hired two years ago, spoke first.",),
                 {"Fresno Assembly": "place"},
                 id="a-town-and-assembly-is-a-plant"),
    pytest.param(("The Fresno Assembly voted down the plan on Tuesday.",),
                 {"Fresno Assembly": "organization"},
                 id="the-before-it-is-a-legislature"),
]


def test_every_mention_of_a_framed_pair_is_the_firm(registry):
    hits = found(registry, "Pickets from Tallow and Brennock told reporters the line would hold. "
                           "By Friday Tallow and Brennock had hired guards.")
    assert [s for s, _k in hits].count("Tallow and Brennock") == 2
    assert {k for s, k in hits if s == "Tallow and Brennock"} == {"organization/tallow-and-brennock"}


def test_a_surname_alone_is_the_registry_s_one_bearer(registry):
    check_names(dict(found(registry, "Students still carry pictures of Sankara to the marches.")),
                {"Sankara": "person/thomas-sankara"})


def test_a_surname_of_the_article_s_person_stays_hers(registry):
    got = dict(found(registry, "Ana Sankara, a nurse, spoke first. Students cheered Sankara loudly."))
    check_names(got, {"Sankara": NAMED})
    assert got["Sankara"] != "person/thomas-sankara"


def test_two_registry_bearers_leave_a_surname_alone(registry):
    got = dict(found(registry, "Crowds in the square cheered Castro for an hour."))
    assert got.get("Castro") not in ("person/fidel-castro", "person/raul-castro")


MORE = [
    # -- a president by a city's name -------------------------------------------------------------
    pytest.param(("Rail workers struck in 1894. The Cleveland administration got an injunction.",),
                 {"Cleveland": "person"},
                 id="the-city-administration-is-the-president"),
    pytest.param(("Rail workers struck in 1894. The Cleveland administration’s injunction broke it.",),
                 {"Cleveland": "person"},
                 id="the-administration-s-possessive-is-still-the-president"),
    pytest.param(("Miners struck in 1962. The Kelvano regime's police fired on them.",),
                 {"Kelvano": "person"},
                 id="the-regime-s-possessive-is-still-the-ruler"),
    pytest.param(("Workers in Cleveland rallied on Labor Day.",),
                 {"Cleveland": "city/cleveland"},
                 id="the-city-elsewhere-stays-the-city"),
    # -- a gloss set off by an apposition ----------------------------------------------------------
    pytest.param(("The Sejm voted to ban Dornosza (Unity), the independent union born in the strikes.",),
                 {"Dornosza": "organization", "Unity": "organization"},
                 id="a-gloss-before-an-apposed-body-noun"),
    # -- a union's local glued to its union's initials -------------------------------------------
    pytest.param(("Dana Kelvin, an orderly and member of 4411SEIU, chaired the meeting.",),
                 {"4411SEIU": "organization"},
                 id="a-local-s-number-glued-to-its-union"),
    pytest.param(("Dana Kelvin said 4411XQZ was the code on the gate.",),
                 {"4411XQZ": None},
                 id="letters-no-registry-body-bears-name-nothing"),
]


LAST = [
    # -- an article's title quoted before its periodical ---------------------------------------------
    pytest.param(("For more, readers can turn to “Kelvia Has Lost the Long Peace” in New International "
                  "no. 14.",),
                 {"Kelvia Has Lost the Long Peace": "work", "New International": NAMED},
                 id="a-quoted-title-before-a-registry-periodical"),
    pytest.param(("“We will not go back to the old days,” in the Militant, Ana Ruiz said.",),
                 {"We will not go back to the old days": None},
                 id="a-sentence-in-quotation-marks-is-no-title"),
    # -- two rulers joined by a hyphen ---------------------------------------------------------------
    pytest.param(("Farm workers rose after the fall of the Kelvano-Dorrani dictatorship in 1974.",),
                 {"Kelvano": "person", "Dorrani": "person", "Kelvano-Dorrani": None},
                 id="a-hyphened-pair-before-a-ruler-s-noun"),
    pytest.param(("Ana Kelvano-Dorrani spoke first. The Kelvano-Dorrani regime jailed her brother.",),
                 {"Kelvano": None, "Kelvano-Dorrani": "person"},
                 id="a-double-surname-of-the-article-s-person-stays-whole"),
    # -- a firm between "striking" and its workers ---------------------------------------------------
    pytest.param(("A welder brought greetings to striking Kelvabisco workers at the gate.",),
                 {"Kelvabisco": "organization"},
                 id="striking-and-a-firm-s-workers"),
    pytest.param(("Last spring striking Omaha teachers won their contract.",),
                 {"Omaha": "city/omaha"},
                 id="striking-and-a-town-s-workers"),
]


def test_a_heading_s_first_word_leaves_a_registry_firm_alone(registry):
    """"New Pathfinder book …" in a deck: "New" is capitalised by its place, not a town's prefix."""
    from kg.nlp.entities.mentions import annotate
    from kg.reader import parse_article

    page = "\n".join(["The Militant (logo)", "   Vol. 71/No. 5           February 5, 2007", "", "",
                      "‘Dock crews stood firm in every decade’",
                      "New Pathfinder book follows port fights since 1934", "", "BY MARY MARTIN", "",
                      "The book is out this month.", ""]) + "\n"
    doc = parse_article(page, "<test>")
    annotate(doc, registry)
    got = {m.span.of(doc.text): m.entity for m in doc.annotations.mentions}
    assert got.get("Pathfinder") == "organization/pathfinder-press"
    assert "New Pathfinder" not in got


def test_a_word_of_the_pair_alone_elsewhere_makes_two_firms(registry):
    got = dict(found(registry, "Drivers for Kelvride and Dorrlift marched on Monday. They circled "
                               "the Kelvride headquarters downtown."))
    check_names(got, {"Kelvride and Dorrlift": None})


@pytest.mark.parametrize(("paragraphs", "want"), CASES + MORE + LAST)
def test_names_of_the_leftovers(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
