"""Names of the kinds held-out sets DD and DE showed missed or typed wrong, in made-up sentences in
the paper's shapes (passB42): a page's writer named by surname alone in the writers' closing
credit ("Okafor is a member of the union."; kg.nlp.entities.kinds.shortforms `_one_surname`); a
person released "from prison", no site (kg.nlp.entities.kinds.untypedframes `site_nouns`).
No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


@pytest.mark.parametrize("byline, paragraphs, want", [
    # the writers' closing credit, by surname alone: the people the page signs with
    ("DANA OKAFOR AND LUIS VELTRANO",
     ("Bakers at the Kelvo plant stayed out for a third week.",
      "Okafor is a member of the bakers union. Veltrano is a member of Local 12."),
     {"Okafor": "person", "Veltrano": "person"}),
    # a common word that is also the writer's surname stays a word opening its sentence
    ("ANA YOUNG",
     ("Bakers at the Kelvo plant stayed out for a third week.",
      "Young workers joined the picket line every morning."),
     {"Young": None}),
])
def test_a_writers_surname_alone_is_the_writer(registry, byline, paragraphs, want):
    check_names(dict(found(registry, *paragraphs, byline=byline)), want)


def test_a_body_signing_gives_no_surname(registry):
    # a body signs the page, no person: its last word opening a sentence stays a word
    got = dict(found(registry, "Bakers at the Kelvo plant stayed out for a third week.",
                     "Solidarity came from the dockers the next day.",
                     byline="KELVO BAKERS SOLIDARITY"))
    check_names(got, {"Solidarity": None})


@pytest.mark.parametrize("paragraphs, want", [
    # a preposition between an untyped name and a site's noun: the noun is another site's
    (("The regime released Tunggul Sirapang from prison in May. Sirapang leads the union.",),
     {"Tunggul Sirapang": "person"}),
    # a modifier between them keeps the site's place (kg.nlp.entities.kinds.untypedframes)
    (("Soldiers moved to the Kelvimim air base at night.",),
     {"Kelvimim": "place"}),
])
def test_a_function_word_before_a_sites_noun_makes_no_site(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a creed's believers named as a group, as "Muslim" is: no place, no name alone
    (("Truck drivers, many of them Sikh, rallied in Kelvo against the rules.",),
     {"Sikh": None, "Kelvo": "place"}),
    (("Hindu nationalists attacked the march. Sikhs in Dorrow marched the next day.",),
     {"Hindu": None, "Sikhs": None}),
    # the word opening a body's or a temple's name stays in it
    (("Speakers from the Sikh Coalition addressed the crowd at the Sikh Temple of Dorrow.",),
     {"Sikh Coalition": "organization", "Sikh Temple of Dorrow": "place"}),
])
def test_a_creeds_believers_are_a_group(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
