"""Set BU's kinds (branch ent108): armed forces' units and services in war reports, a law's title
with "of" inside it, and two recurring bodies the registry now names whole. Every sentence and
name here is made up for these tests (the units, towns and people); no text of a held-out set
is used.

- an ordinal unit and the larger ordinal unit after its comma are one name
  (kg.nlp.entities.spans.militaryunits `unit_chains`); two units of one rank are a list;
- a unit's head and the number after it are one name (`unit_numbers`);
- an ordinal before "… Force" opens the name (kg/data/nlp/cutnames.toml `ordinal_heads`);
- a lone "Army" mid-sentence is an organisation, unless the article names a longer army it
  refers back to, or it opens its sentence (`lone_services`);
- "the <Word> of <…Act>" is one law (kg.nlp.entities.spans.oflaws);
- the registry's long name of a relief body, of an antiwar coalition and of a region are one
  mention each, not cut at "of the", "and" and "of";
- a registry town, a hyphen, a word and a body's name are one name
  (kg.nlp.entities.spans.hyphenedbodies);
- a ship's prefix and the registry person it is named for are the ship's one name
  (`ship_names`); "Same" opening a clipped spoken sentence is no part of the name after it
  (kg/data/nlp/boundaries.toml `sentence_openers`);
- a registry city and a region joined by "and" before one lower-case head are two places
  (kg.nlp.entities.spans.cityandregion); two unknown lands before it stay one region;
- a body named for a purpose and "in (the)" a registry country or region is one name
  (kg.nlp.entities.spans.purposeplaces); a city after it stays a place of its own;
- a Korean family name and two short syllables are a person (kg.nlp.entities.kinds.syllablenames);
- an initial, a given name and a surname are a person, and people "for" a cause scanned as one
  run a body (kg.nlp.entities.kinds.peoplenames);
- "… Conventions" in the plural is a treaty, a work, even after a given name
  (kg/data/nlp/entities.toml `[head_types] work`).
"""

from __future__ import annotations

import pytest
from nlp_support import check_names, surfaces


# -- 1. a unit named with the larger unit it belongs to --------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Her son serves with the 3rd Brigade, 1st Cavalry Division, near Kelvo.",
     {"3rd Brigade, 1st Cavalry Division": "organization", "3rd Brigade": None,
      "1st Cavalry Division": None}),
    ("He joined the 2nd Battalion, 9th Marines, 3rd Marine Division in Dorrow last year.",
     {"2nd Battalion, 9th Marines, 3rd Marine Division": "organization", "2nd Battalion": None}),
])
def test_unit_and_its_larger_unit_are_one_name(registry, sentence, want):
    check_names(surfaces(registry, sentence), want)


def test_units_of_one_rank_stay_a_list(registry):
    got = surfaces(registry, "The 1st Division, 3rd Division and 5th Division marched on Kelvo.")
    check_names(got, {"1st Division": "organization", "3rd Division": "organization",
                      "1st Division, 3rd Division": None})


# -- 2. a unit's head and its number; an ordinal before a force ------------------------------------
def test_unit_head_and_its_number_are_one_name(registry):
    got = surfaces(registry, "Prisoners are held by soldiers of Joint Task Force 121 at the Kelvo camp.")
    check_names(got, {"Joint Task Force 121": "organization", "Joint Task Force": None})


def test_number_of_things_after_a_force_is_no_part_of_it(registry):
    got = surfaces(registry, "The Kelvo Air Force 300 miles away sent jets.")
    assert "Kelvo Air Force 300" not in got, got


def test_ordinal_opens_a_force(registry):
    got = surfaces(registry, "The 4th Kelvo Expeditionary Force surrounded the town of Dorrow.")
    check_names(got, {"4th Kelvo Expeditionary Force": "organization", "Kelvo Expeditionary Force": None})


# -- 3. a state's army written alone -----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    'Tomas Kelvane said recruiters "told me the Army would pay for school."',
    "An Army report by Gen. Dorrow Kelvin found the abuse.",
    "Relatives said Army wives at the Kelvo base are afraid to speak.",
])
def test_lone_army_mid_sentence_is_an_organisation(registry, sentence):
    check_names(surfaces(registry, sentence), {"Army": "organization"})


def test_lone_army_refers_back_to_a_longer_army(registry):
    got = surfaces(registry, "Fighters of the Kelvish Liberation Army held Dorrow. "
                             "Villagers said the Army left.")
    check_names(got, {"Kelvish Liberation Army": "organization", "Army": None})


def test_army_opening_its_sentence_stays_a_modifier(registry):
    got = surfaces(registry, "Army units and riot police cleared the Kelvo mill gates.")
    check_names(got, {"Army": None})


# -- 4. "of" inside a law's or a treaty's title -----------------------------------------------------
@pytest.mark.parametrize("sentence, name, piece", [
    ("Tenants invoked the Prevention of Kelvo Evictions Act in court.",
     "Prevention of Kelvo Evictions Act", "Kelvo Evictions Act"),
    ("Under the Status of Dorrow Troops Agreement (SDTA) signed by Kelvia, soldiers are tried at home.",
     "Status of Dorrow Troops Agreement", "Dorrow Troops Agreement"),
])
def test_of_inside_a_law_title(registry, sentence, name, piece):
    check_names(surfaces(registry, sentence), {name: "work", piece: None})


def test_title_before_of_and_a_law_stays_apart(registry):
    got = surfaces(registry, "He met the Secretary of Kelvo Mines Act drafters.")
    assert "Secretary of Kelvo Mines Act" not in got, got


# -- 5. recurring bodies named whole by the registry ----------------------------------------------
@pytest.mark.parametrize("sentence, key", [
    ("Inspectors of the International Committee of the Red Cross visited the jail in Dorrow.",
     "organization/international-committee-of-the-red-cross"),
    ("Marchers from United for Peace and Justice and the Kelvo Alliance rallied.",
     "organization/united-for-peace-and-justice"),
    ("Kelvia sent 9,000 troops to the Horn of Africa in May.", "place/horn-of-africa"),
])
def test_registry_bodies_named_whole(registry, sentence, key):
    got = surfaces(registry, sentence)
    assert key in got.values(), got
    assert "International Committee" not in got and "United for Peace" not in got and "Horn" not in got, got


# -- 6. a body named by a registry town, a hyphen and a word ---------------------------------------
def test_registry_town_hyphen_word_and_a_body_are_one_name(registry):
    got = surfaces(registry, "She studies at Denver-Kelvo Teachers College in Tessaro.")
    check_names(got, {"Denver-Kelvo Teachers College": "organization", "Teachers College": None,
                      "Denver": None})


# -- 7. a ship named for a famous person; a determiner opening a spoken sentence ---------------------
def test_ship_prefix_and_a_registry_person_are_the_ship(registry):
    got = surfaces(registry, "Sailors of the USS Martin Luther King left port for Kelvo.")
    assert "USS Martin Luther King" in got and "Martin Luther King" not in got and "USS" not in got, got


def test_same_opening_a_spoken_sentence_is_no_part_of_the_name(registry):
    got = surfaces(registry, '"They shelled Dorrow for years. Same Kelvo Navy, same empire," '
                             'said Tomas Kelvane.')
    check_names(got, {"Kelvo Navy": "organization", "Same Kelvo Navy": None})


# -- 8. a registry city and a region before one lower-case head ------------------------------------
def test_registry_city_and_a_region_are_two_places(registry):
    got = surfaces(registry, "The new plan for Denver and Kelvo province failed.")
    check_names(got, {"Denver": "city/denver", "Kelvo province": "place",
                      "Denver and Kelvo province": None})


def test_a_town_the_gazetteer_knows_and_a_region_are_two_places(registry):
    # a town no registry row holds that the gazetteer lists as a city (cityandregion
    # `_gazetteer_town`; set DP's pass, branch passN44)
    got = surfaces(registry, "Money was collected for the families in Nampula and Dorrow province.")
    check_names(got, {"Nampula": "city", "Dorrow province": "place", "Nampula and Dorrow province": None})


def test_two_lands_before_one_head_stay_one_region(registry):
    got = surfaces(registry, "Strikers in Kelvo and Dorrow province walked out.")
    check_names(got, {"Kelvo and Dorrow province": "place", "Kelvo": None})


# -- 9. a body named for a purpose in a land ----------------------------------------------------------
@pytest.mark.parametrize("sentence, name", [
    ("Members of the Dorrow Committee for Peace in Central America marched.",
     "Dorrow Committee for Peace in Central America"),
    ("Leaders of the Kelvo Alliance for Justice in the Middle East spoke.",
     "Kelvo Alliance for Justice in the Middle East"),
])
def test_purpose_in_a_registry_land_is_the_bodys(registry, sentence, name):
    got = surfaces(registry, sentence)
    assert name in got, got
    assert "Middle East" not in got and "Central America" not in got, got


def test_purpose_then_a_city_stays_two_names(registry):
    got = surfaces(registry, "Leaders of the Committee for Housing in Denver met.")
    check_names(got, {"Committee for Housing": "organization", "Denver": "city/denver"})


# -- 10. a Korean name with its given name as two syllables ------------------------------------------
@pytest.mark.parametrize("sentence, name", [
    ("Thousands mourned Kang Hyo Dal in the streets of Dorrow.", "Kang Hyo Dal"),
    ("Students carried pictures of Bae Ju Ran and her sister.", "Bae Ju Ran"),
])
def test_korean_family_name_and_two_syllables_is_a_person(registry, sentence, name):
    check_names(surfaces(registry, sentence), {name: "person"})


def test_family_name_before_a_place_head_is_no_person(registry):
    got = surfaces(registry, "They walked down Park Lane Hall to Kelvo.")
    check_names(got, {"Park Lane Hall": "place"})


# -- 11. an initial before a given name; people for a cause as one run -------------------------------
def test_initial_then_a_given_name_is_a_person(registry):
    got = surfaces(registry, "Tenants say J. Paul Dorrance, who runs the Kelvo Authority, closed their "
                             "paper. Dorrance would not comment.")
    check_names(got, {"J. Paul Dorrance": "person", "Dorrance": "person"})


def test_people_for_a_cause_scanned_as_one_run_is_a_body(registry):
    # "Mothers" (a family word) is read apart by the scanner's joins: the run is made whole
    got = surfaces(registry, "They marched with Kelvo Families United, Mothers for Tessaro Peace, "
                             "and students from Dorrow.")
    check_names(got, {"Mothers for Tessaro Peace": "organization"})


# -- 12. treaties named in the plural -----------------------------------------------------------------
def test_plural_conventions_are_a_treaty_not_a_person(registry):
    got = surfaces(registry, "Officials said the Florence Conventions do not apply to the Kelvo prisoners.")
    check_names(got, {"Florence Conventions": "work"})
