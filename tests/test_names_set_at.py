"""Names of the kinds held-out set AT (print, 1996–2016) showed cut into junk, in made-up
sentences in the paper's shapes: a nationality in "-ese" of a land that is no country
(kg.nlp.entities.cues.nations), the Portuguese "do" before a name spelled with a marked letter
(kg.nlp.entities.spans.capruns), a registry person's second surname
(kg.nlp.entities.spans.doublesurnames), a mission in a land that is no registry country
(kg.nlp.entities.spans.missions), a party named by adjectives before a registry party
(kg.nlp.entities.spans.adjectiveand), a month's name as a given name before a quoted nickname
(kg.nlp.entities.spans.nicknames). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

from kg.nlp.entities.cues.nations import is_demonym

CASES = [
    # -- a nationality in "-ese" of a land that is no country ------------------------------------------
    pytest.param(("Thousands of Timorese crossed the border, and East Timorese students marched "
                  "in the capital.",),
                 {"Timorese": None, "East Timorese": None},
                 id="ese-of-an-island-and-a-territory-names-no-one"),
    # -- the Portuguese "do" between a given name common in English and the rest -----------------------
    pytest.param(("Maria do Conceição Kelvares, a teacher, told the crowd the school had burned.",),
                 {"Maria do Conceição Kelvares": "person", "Maria": None,
                  "Conceição Kelvares": None},
                 id="do-before-a-marked-letter-joins-a-name"),
    pytest.param(("Did Tom do Kelvin Street on his rounds that day?",),
                 {"Tom do Kelvin Street": None, "Kelvin Street": "place"},
                 id="do-the-english-verb-stays-apart"),
    # -- a registry person named with a second surname --------------------------------------------------
    pytest.param(("The meeting was opened by Jack Barnes Kelvandro, who spoke about the strike.",),
                 {"Jack Barnes Kelvandro": "person", "Jack Barnes": None, "Kelvandro": None},
                 id="a-second-surname-after-a-registry-person"),
    pytest.param(("Jack Barnes Tuesday spoke in Chicago.",),
                 {"Jack Barnes": "person"},
                 id="a-calendar-word-is-no-surname"),
    # -- a month's name as a given name before a quoted nickname ----------------------------------------
    pytest.param(("FAIRVIEW, Ohio - June \"Dot\" Kelvaney, a retired nurse and member of the union, "
                  "died March 3.",),
                 {"June \"Dot\" Kelvaney": "person", "Kelvaney": None, "Dot": None},
                 id="a-month-as-a-given-name-before-a-nickname"),
    pytest.param(("The walkout began in June \"Dot\" Kelvaney said nothing of it.",),
                 {"June \"Dot\" Kelvaney": None},
                 id="a-month-after-a-lower-case-word-is-a-date"),
    # -- a mission in a land that is no registry country -------------------------------------------------
    pytest.param(("Monitors sent by the UN Mission in Western Sahara visited the camps in May.",),
                 {"UN Mission in Western Sahara": "organization", "UN Mission": None,
                  "Western Sahara": None},
                 id="a-mission-in-a-territory"),
    pytest.param(("Observers of the UN Mission in Chicago met the mayor.",),
                 {"UN Mission in Chicago": None, "Chicago": "city"},
                 id="an-office-in-a-city-stays-two-names"),
    # -- a party named by two adjectives and a registry party ----------------------------------------
    pytest.param(("Delegates of the Kelvish Democratic and Labour Party walked out of the talks.",),
                 {"Kelvish Democratic and Labour Party": "organization", "Labour Party": None,
                  "Kelvish Democratic": None},
                 id="adjectives-and-a-registry-party"),
    pytest.param(("Members of the Green Party and Labour Party walked out.",),
                 {"Green Party": "organization", "Labour Party": "organization"},
                 id="two-parties-stay-two"),
    pytest.param(("Jack Barnes Kelvandro Dorrow spoke in Chicago.",),
                 {"Jack Barnes Kelvandro Dorrow": None, "Jack Barnes": "person"},
                 id="a-longer-run-is-left-to-the-scanner"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_names_set_at(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("word, demonym", [
    ("Timorese", True), ("East Timorese", True), ("Sudanese", True),
    ("Cheese", False), ("Timor", False), ("Kelvanese", False)])
def test_ese_of_a_land_is_a_nationality(word, demonym):
    assert is_demonym(word) is demonym

