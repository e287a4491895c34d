"""Types of new names on set S's kinds (issue 10, read by category after its untuned measure;
branch ent31): a chain's outlet in a place, a trade only a firm plies, a brand glued with "’n",
a head of government whose surname a town bears, army units, leaked papers, an estate, a
lower-case compass word, a firm joined to "the … companies", a buyer after a verb of making, a
country's initials without points. Every sentence is made up for these tests; no text of a
held-out set's articles is used (registry and gazetteer names stand for what those lists know:
"Mesa" and "Garland" are towns of the gazetteer, "U.S." a form of the registry)."""

from __future__ import annotations

import pytest

from kg.nlp.entities.mentions import annotate
from tests.nlp_support import found, names_article


def kinds(registry, *paragraphs: str) -> dict[str, str]:
    """Each surface the entities stage found, with its entity's kind."""
    return {s: key.split("/")[0] for s, key in found(registry, *paragraphs)}


def keys(registry, *paragraphs: str) -> dict[str, str]:
    """Each surface the entities stage found, with its entity's key."""
    return dict(found(registry, *paragraphs))


# -- 1. firms the gazetteer or "at the" typed places ------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    # a town of the gazetteer bears the chain's name
    ("Strikers took food from a Mesa store in Tallowby and gave it away.", "Mesa"),
    ("Pickets stood outside the Dorrona supermarket on Kelvin Road all day.", "Dorrona"),
    ("She works at a Kelmart outlet in Brindlecombe.", "Kelmart"),
    ("They emptied a Dorrona supermarket in Écoville.", "Dorrona"),  # a capital with an accent
])
def test_a_chains_outlet_in_a_named_place_is_the_chain(registry, sentence, name):
    assert kinds(registry, sentence).get(name) == "organization"


def test_a_city_before_store_with_no_place_after_keeps_its_kind(registry):
    got = kinds(registry, "Workers at a Chicago store voted for the union.")
    assert got.get("Chicago") == "city", got


@pytest.mark.parametrize("sentence,name", [
    ("He was a photographer at the Kelvam news agency for 11 years.", "Kelvam"),
    ("Cashiers at the Dorrix supermarket chain walked out.", "Dorrix"),
])
def test_a_trade_only_a_firm_plies_after_the_name_makes_a_firm(registry, sentence, name):
    assert kinds(registry, sentence).get(name) == "organization"


@pytest.mark.parametrize("sentence,name", [
    ("I sold papers outside the Shop’nSave in Brindlecombe.", "Shop’nSave"),
    ("We met at the Stop'n'Go near the plant.", "Stop'n'Go"),
])
def test_a_brand_glued_with_a_clipped_and_is_a_firm(registry, sentence, name):
    assert kinds(registry, sentence).get(name) == "organization"


def test_a_firm_named_like_a_gazetteer_town_after_miners_against_is_the_firm(registry):
    # "Santa Rosa": a city of the gazetteer standing for a firm so named
    got = kinds(registry, "She told of the fight by coal miners against Santa Rosa in the Kelvane Valley.")
    assert got.get("Santa Rosa") == "organization", got


def test_a_gazetteer_town_after_in_keeps_its_kind(registry):
    got = kinds(registry, "Coal miners in Santa Rosa struck last year.")
    assert got.get("Santa Rosa") == "city", got


# -- 2. a head of government whose surname a town bears ----------------------------------------
def test_a_gazetteer_town_before_government_that_is_a_named_persons_surname_is_the_person(registry):
    got = kinds(registry, "The lockout had the backing of the Garland government.",
                "Prime Minister Alan Garland praised the bosses.")
    assert got.get("Garland") == "person", got


def test_a_gazetteer_town_before_government_with_no_such_person_keeps_its_kind(registry):
    got = kinds(registry, "The lockout had the backing of the Garland government.")
    assert got.get("Garland") == "city", got


# -- 3. bodies and firms left untyped --------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("My brother is with the Fourth Infantry Division near the border.", "Fourth Infantry Division"),
    ("The Second Marine Regiment shipped out in March.", "Second Marine Regiment"),
])
def test_an_armys_unit_named_by_its_arm_is_an_organisation(registry, sentence, name):
    assert kinds(registry, sentence).get(name) == "organization"


def test_a_bodys_word_before_a_word_in_capitals_is_an_organisation(registry):
    got = kinds(registry, "The march was called by International REPLY and backed by students.")
    assert got.get("International REPLY") == "organization", got


def test_a_firm_opening_a_sentence_joined_to_the_companies_is_a_firm(registry):
    got = kinds(registry, "Fuel costs doubled this year.",
                "Tallamax and the seed companies are posting record profits.")
    assert got.get("Tallamax") == "organization", got


def test_a_word_opening_a_sentence_joined_to_other_people_stays_unnamed(registry):
    got = kinds(registry, "Fuel costs doubled this year.", "Tallamax and the other farmers are angry.")
    assert "Tallamax" not in got, got


def test_the_buyers_after_a_verb_of_making_are_firms(registry):
    got = kinds(registry, "The plant assembles phones for Kelvatek and computers for Dorrix and "
                          "Tallow-Packard.")
    assert [got.get(n) for n in ("Kelvatek", "Dorrix", "Tallow-Packard")] == ["organization"] * 3, got


def test_a_person_after_a_verb_of_making_stays_a_person(registry):
    got = kinds(registry, "The union supplied food for Maria Ortiz and the strikers.")
    assert got.get("Maria Ortiz") == "person", got


def test_initials_with_no_vowel_are_an_acronym_though_the_word_list_holds_them(registry):
    # "NBC": its lower case is in the frequency list of common words
    got = kinds(registry, "Hundreds marched to the offices of the NBC on Kelvin Road.")
    assert got.get("NBC") == "organization", got


def test_emphasis_in_capitals_is_no_acronym(registry):
    got = kinds(registry, "We will NOT stop, and WHY should we?")
    assert "NOT" not in got and "WHY" not in got, got


# -- 4. places and works ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Hundreds died in the suburbs of eastern Ghazvo in August.", "Ghazvo"),
    ("Farmers in northern Kelvo marched on the capital.", "Kelvo"),
])
def test_a_lower_case_compass_word_before_a_name_makes_a_place(registry, sentence, name):
    assert kinds(registry, sentence).get(name) == "place"


def test_a_lower_case_compass_word_before_a_persons_name_keeps_the_person(registry):
    got = kinds(registry, "In western Kelvia, Maria Ortiz spoke.", "Rallies in eastern Maria Dorrow …")
    assert got.get("Maria Ortiz") == "person", got


def test_a_name_before_estate_is_a_place(registry):
    got = kinds(registry, "In March we occupied the Tallamonte estate near the river.")
    assert got.get("Tallamonte") == "place", got


def test_papers_ends_a_works_name(registry):
    got = kinds(registry, "In 1971 the Kelvin Sentry began printing the Dorrow Papers.")
    assert got.get("Dorrow Papers") == "work", got


# -- 5. a country's initials without their points -----------------------------------------------
def _headline_mentions(registry, headline: str, *paragraphs: str) -> dict[str, str]:
    d = names_article(*paragraphs, headline=headline)
    annotate(d, registry)
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions}


def test_undotted_initials_a_frame_named_are_the_registry_country(registry):
    got = _headline_mentions(registry, "No to US strikes! Solidarity with Kelvian workers",
                             "Workers marched against the war.")
    assert got.get("US") == "country/united-states", got


def test_undotted_initials_nothing_named_stay_unnamed(registry):
    got = _headline_mentions(registry, "Migrants face new US border rules", "Workers marched.")
    assert "US" not in got, got


def test_initials_in_a_line_of_capitals_are_no_country(registry):
    got = _headline_mentions(registry, "A test article", "IF YOU LIKE THIS PAPER, LOOK US UP")
    assert "US" not in got, got
