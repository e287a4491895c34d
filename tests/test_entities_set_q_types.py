"""Types of new names on set Q's kinds (issue 10, read by category after its untuned measure;
branch ent26): a mine or works named for its place, a head of government by surname, a metro
region, firms' and bodies' heads, a firm by what only a firm has, a list of former bases, "the"
before a given name, a lower-case compass word before "Korea", a registry firm's first word at a
sentence's start. Every sentence is made up for these tests; no text or name of a held-out set's
articles is used (registry and gazetteer names stand for what those lists know)."""

from __future__ import annotations

import pytest
from nlp_support import found


def kinds(registry, *paragraphs: str) -> dict[str, str]:
    """Each surface the entities stage found, with its entity's kind."""
    return {s: key.split("/")[0] for s, key in found(registry, *paragraphs)}


# -- 1. a mine or works named for its place ----------------------------------------------------
@pytest.mark.parametrize("paragraphs", [
    ("Twelve miners died at the Brindlecombe mine in 2006.",
     "The explosion at Brindlecombe was the worst in years."),
    ("The Brindlecombe mine closed in 1990.", "Twelve men died at Brindlecombe in 1962."),
    ("Kelcorp will cut jobs at the Brindlecombe works.", "At Brindlecombe, the mood was grim."),
])
def test_a_site_named_for_a_place_the_article_names_is_that_place(registry, paragraphs):
    assert kinds(registry, *paragraphs).get("Brindlecombe") == "place"


def test_a_town_the_smaller_list_knows_before_a_site_noun_is_the_town(registry):
    # Port Glasgow: a town of the gazetteer's second list (towns of two words)
    got = kinds(registry, "Kelcorp will cut 1,000 jobs at the Port Glasgow works.")
    assert got.get("Port Glasgow") == "place", got


@pytest.mark.parametrize("paragraphs", [
    # a firm's frame elsewhere: the firm
    ("Twelve miners died at the Brindlecombe mine.", "Brindlecombe management lied to the families.",
     "The explosion at Brindlecombe was the worst in years."),
    # a plant's firm, an "at" of the firm
    ("Workers at the Kelvane plant struck.", "A rally at Kelvane drew 200."),
])
def test_a_site_name_with_no_place_evidence_stays_the_firm(registry, paragraphs):
    name = "Kelvane" if "Kelvane" in paragraphs[0] else "Brindlecombe"
    assert kinds(registry, *paragraphs).get(name) == "organization"


# These two were pinned as the firm (the employer's frame: "miners at", "jobs at"; nothing else
# said place). The reading changed by the lead's decision of 2026-12-05 (bench/quality/README.md,
# "Conventions decided across sets"): a mine by name is the required Place by its bare name,
# whatever frame comes before it, as the held-out sets' gold reads every mine by name; only the
# article writing the name as a firm (the case above) keeps the firm (kinds/placedsites.py, ent80).
@pytest.mark.parametrize("paragraphs", [
    ("The Brindlecombe mine is unsafe.", "Miners at Brindlecombe walked out."),
    ("The Brindlecombe mine exploded in 2006, killing 12 miners.",),
])
def test_a_mine_by_name_is_a_place_in_the_employers_frame_too(registry, paragraphs):
    assert kinds(registry, *paragraphs).get("Brindlecombe") == "place"


# -- 2. untyped where the text says more ----------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Nurses marched against the Kelvano government in June.", "Kelvano"),
    ("Unions protested the Kelvano government’s budget cuts.", "Kelvano"),
    ("The Dorrowby cabinet fell in March.", "Dorrowby"),
])
def test_the_surname_before_government_or_cabinet_is_the_head_of_government(registry, sentence, name):
    assert kinds(registry, sentence).get(name) == "person"


@pytest.mark.parametrize("sentence,name", [
    ("Workers marched against the Sandinista government.", "Sandinista"),  # what kind, not whose
    ("The Punjab government cut wages.", "Punjab"),  # a region the gazetteer knows
])
def test_a_kind_or_a_place_before_government_is_no_person(registry, sentence, name):
    assert kinds(registry, sentence).get(name) != "person"


@pytest.mark.parametrize("sentence,name", [
    ("Floods hit Metro Davao last week.", "Metro Davao"),
    ("The council of Greater Davao met.", "Greater Davao"),
])
def test_a_metro_region_named_for_a_known_city_is_a_place(registry, sentence, name):
    assert kinds(registry, sentence).get(name) == "place"


@pytest.mark.parametrize("sentence,name", [
    ("Books from Dorrow Distribution reached the fair.", "Dorrow Distribution"),
    ("Nurses struck against the Kelvish Health Service Executive.", "Kelvish Health Service Executive"),
    ("Kelvane Processing fired 40 workers.", "Kelvane Processing"),
])
def test_firms_and_public_bodies_by_their_head(registry, sentence, name):
    assert kinds(registry, sentence).get(name) == "organization"


def test_chief_executive_before_a_person_makes_no_body(registry):
    got = kinds(registry, "The union met Chief Executive Dana Ortiz on Monday.")
    assert got.get("Dana Ortiz") == "person", got
    assert not any("Executive" in s for s in got), got


@pytest.mark.parametrize("sentence,name", [
    ("Workers protested at Dorrow Grill and its owner, Kelvane Holdings.", "Dorrow Grill"),
    ("Workers picketed Dorrow Grill and its franchises.", "Dorrow Grill"),
    ("Workers picketed Tallow Burger, a subsidiary of Kelvane.", "Kelvane"),
])
def test_a_name_whose_owner_or_franchises_are_named_is_a_firm(registry, sentence, name):
    assert kinds(registry, sentence).get(name) == "organization"


def test_a_place_and_its_people_is_no_firm(registry):
    assert kinds(registry, "Floods hit Tallowmere and its people.").get("Tallowmere") != "organization"


@pytest.mark.parametrize("sentence", [
    "The former U.S. bases Brindlecombe and Dorrowby were closed in 1992.",
    "Troops left Brindlecombe, Dorrowby and other bases in 1992.",
])
def test_names_listed_as_bases_are_places(registry, sentence):
    got = kinds(registry, sentence)
    assert got.get("Brindlecombe") == "place" and got.get("Dorrowby") == "place", got


# -- 3. "the" before a given name --------------------------------------------------------------
@pytest.mark.parametrize("paragraphs,kind", [
    (("The army blamed the Abu Kelvar for the bombing.",), None),
    (("The army blamed the Abu Kelvar group for the bombing.",), "organization"),
    (("Villagers fled the Abu Kelvar rebels.",), "organization"),
])
def test_the_before_a_given_name_makes_no_person(registry, paragraphs, kind):
    got = kinds(registry, *paragraphs).get("Abu Kelvar")
    assert got != "person" and (kind is None or got == kind), got


@pytest.mark.parametrize("sentence,name", [
    ("The Emmett Dorrow case shocked the country.", "Emmett Dorrow"),  # a person's case
    ("The Rev. Maria Ortiz spoke.", "Maria Ortiz"),  # a title after "the"
    ("Maria Ortiz said the mine was unsafe.", "Maria Ortiz"),
])
def test_a_person_stays_a_person(registry, sentence, name):
    assert kinds(registry, sentence).get(name) == "person"


# -- 4. missed names ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,key", [
    ("Washington threatened north Korea again.", "country/north-korea"),
    ("Troops from south Korea held drills.", "country/south-korea"),
])
def test_a_lower_case_compass_word_before_korea_names_the_state(registry, sentence, key):
    assert ("Korea", key) in found(registry, sentence)


@pytest.mark.parametrize("sentence,surface,key", [
    ("Famine hit south Africa.", "Africa", "place/africa"),  # a part of the continent
    ("Floods hit west Virginia.", "Virginia", "place/virginia"),  # a part of the state
])
def test_a_lower_case_compass_word_before_a_place_leaves_the_place(registry, sentence, surface, key):
    assert (surface, key) in found(registry, sentence)


def test_a_compass_word_before_an_adjective_names_no_state(registry):
    assert not [s for s, _k in found(registry, "The north Korean government protested.")]


@pytest.mark.parametrize("paragraphs", [
    ("Peabody Energy ran the mine.", "Peabody chief executive Dana Ortiz refused to testify."),
    ("Peabody Energy ran the mine.", "Workers said Peabody CEO Dana Ortiz lied."),
])
def test_a_registry_firms_first_word_before_its_officer_is_the_firm(registry, paragraphs):
    got = found(registry, *paragraphs)
    assert ("Peabody", "organization/peabody-energy") in got, got
    assert ("Dana Ortiz", "person/dana-ortiz") in got, got


def test_a_registry_firms_first_word_before_the_full_name_is_no_mention(registry):
    """A firm's first word printed before its full name is the firm only where the registry
    gives it as the firm's name ("Peabody", as the paper calls the coal firm: branch ent129);
    otherwise ("Murray", a given name and a surname too) it is no mention of the firm."""
    got = found(registry, "Murray chief executive Dana Ortiz spoke.", "Later Murray Energy cut jobs.")
    assert ("Murray", "organization/murray-energy") not in got, got
    got = found(registry, "Peabody chief executive Dana Ortiz spoke.", "Later Peabody Energy cut jobs.")
    assert ("Peabody", "organization/peabody-energy") in got, got
    got = found(registry, "Tomas Vrell grew up in Peabody and moved to Dorrow in 2004.")
    assert ("Peabody", "organization/peabody-energy") not in got, got  # no coal, no firm: the town


def test_names_before_an_apposition_of_bases_are_places(registry):
    got = kinds(registry, "Dorrow Bay and Brindlecombe, former U.S. bases, were closed.")
    assert got.get("Brindlecombe") == "place", got


def test_a_site_named_as_a_place_by_its_head_makes_its_short_name_the_place(registry):
    got = kinds(registry, "Twelve miners died at Brindlecombe mine.",
                "A miner who worked at the Brindlecombe Mine spoke.")
    assert got.get("Brindlecombe") == "place" and got.get("Brindlecombe Mine") == "place", got
