"""Names of sets BR and BS at their first measure (2026-12-06, branch ent118), on invented text:
a place the gazetteer knows whole with "and" in it; a body named for its cause ("in Support
of"), for a right ("for the Right to", a comma list closed by "and"), an affiliate by its
national body and its area; a state's people in the plural, no name; the first of two surnames
before "administrations"; a town's name a body's apposition names; "the House" after "the
House of …"; and the registry rows the two sets showed missing (a ceasefire line, a ruler by
one name, two parties, a pope by his title, an older spelling of a city); a part of a double
surname alone is the person; a body named by its members' kin ("the Daughters of …"); a
body's English gloss in brackets ("(Not One Less)")."""

from __future__ import annotations

import pytest
from nlp_support import kinds_of, surfaces

from kg.nlp.entities.spans.placepeoples import is_place_people


def _kinds(registry, sentence: str) -> dict[str, str]:
    return {s: k.split("/", 1)[0] for s, k in surfaces(registry, sentence).items()}


# -- places with "and" ------------------------------------------------------------------------
def test_a_place_the_gazetteer_knows_whole_with_and_is_one_place(registry):
    got = _kinds(registry, "Tenants from Kensington and Chelsea and from Hackney marched.")
    assert got.get("Kensington and Chelsea") == "place", got
    assert "Kensington" not in got and "Chelsea" not in got
    got = _kinds(registry, "Dockers in Antigua and Barbuda stopped work.")
    assert got.get("Antigua and Barbuda") in ("country", "place"), got


def test_two_places_no_gazetteer_holds_whole_stay_two(registry):
    got = _kinds(registry, "Nurses in Texas and Oklahoma walked out.")
    assert got.get("Texas") == "place" and got.get("Oklahoma") == "place", got


# -- bodies named by a cause, a right, an area --------------------------------------------------
def test_a_body_in_support_of_its_cause_is_one_name(registry):
    got = _kinds(registry, "Police raided the Kelvo Alliance in Support of Dorrow Miners of Tallow "
                           "last week.")
    assert got.get("Kelvo Alliance in Support of Dorrow Miners of Tallow") == "organization", got
    assert "Support" not in got


def test_in_support_of_after_no_body_joins_nothing(registry):
    got = surfaces(registry, "The strike in Support of Kelvane spread.")
    assert not any(" in Support of " in s for s in got), got


def test_a_body_for_a_right_runs_on_over_to_and_its_list(registry):
    got = _kinds(registry, "The Dorrow Campaign for the Right to Safe, Decent and Free Housing, a "
                           "coalition formed in 2011, marched.")
    assert got.get("Dorrow Campaign for the Right to Safe, Decent and Free Housing") == "organization", got
    got = _kinds(registry, "The Kelvo Committee for the Right to Organize met in Tallow.")
    assert got.get("Kelvo Committee for the Right to Organize") == "organization", got


def test_a_comma_list_no_and_closes_is_no_part_of_the_right(registry):
    got = surfaces(registry, "The Kelvo Committee for the Right to Housing, Dorrow, Tallow met.")
    assert "Kelvo Committee for the Right to Housing" in got, got
    assert not any("Dorrow" in s and "Housing" in s for s in got), got


def test_an_affiliate_named_by_its_national_body_and_area(registry):
    got = _kinds(registry, "Clinics run by Planned Parenthood Kelvo Valley stayed open.")
    assert got.get("Planned Parenthood Kelvo Valley") == "organization", got
    got = _kinds(registry, "Planned Parenthood of Greater Dorrow sued the state.")
    assert got.get("Planned Parenthood of Greater Dorrow") == "organization", got
    # a new sentence's name is no affiliate
    got = _kinds(registry, "They backed Planned Parenthood. Kelvo Valley clinics closed.")
    assert got.get("Planned Parenthood") == "organization", got


# -- no names, and people ---------------------------------------------------------------------
@pytest.mark.parametrize("word,people", [
    ("Texans", True), ("Ohioans", True), ("Californians", True), ("Kashmiris", True),
    ("Congress", False), ("Stevens", False), ("Philippines", False), ("Kansas", False)])
def test_a_place_people_in_the_plural(word, people):
    assert is_place_people(word) is people


def test_a_state_people_alone_is_no_name_but_a_body_so_named_is(registry):
    got = surfaces(registry, "Thousands of Ohioans and Texans voted, and Congress took note.")
    assert "Ohioans" not in got and "Texans" not in got and "Congress" in got, got
    got = _kinds(registry, "Ohioans for Fair Courts rallied in Dorrow.")
    assert got.get("Ohioans for Fair Courts") == "organization", got


def test_two_surnames_before_administrations_are_people(registry):
    got = _kinds(registry, "Wages fell under the Harlan and Dorrow administrations alike.")
    assert got.get("Harlan") == "person" and got.get("Dorrow") == "person", got


def test_a_town_name_a_body_apposition_names_is_the_body(registry):
    got = _kinds(registry, "Officials of Talca, the Kelvish Workers Confederation, and of the "
                           "Dorrow Teachers Union spoke.")
    assert got.get("Talca") == "organization", got
    # the body said something of the town: no apposition
    got = _kinds(registry, "A storm hit Talca, the Kelvish Workers Confederation reported.")
    assert got.get("Talca") == "city", got


def test_the_house_after_its_long_name_is_the_chamber(registry):
    got = _kinds(registry, "The bill passed the House of Representatives in Kelvia on May 3. Two "
                           "parties in the House voted no.")
    assert got.get("House") == "organization", got
    # a place's long name leaves its first word a place
    got = _kinds(registry, "Boats crossed the Gulf of Kelvo. In the Gulf they met a storm.")
    assert got.get("Gulf") != "organization", got


def test_a_registry_city_and_castle_are_one_building(registry):
    got = _kinds(registry, "Crowds filled the yard of Dublin Castle on Sunday.")
    assert got.get("Dublin Castle") == "place", got
    # a person of that surname, and a town that opens with the word, are left alone
    got = _kinds(registry, "Ana Castle of Denver spoke.")
    assert got.get("Ana Castle") == "person", got
    assert "Denver Castle" not in surfaces(registry, "Buses left Denver Castle Rock bound.")


def test_a_body_named_by_its_members_kin_and_of(registry):
    got = _kinds(registry, "The Daughters of Ana Kelvo blocked the mine road, and the Knights of "
                           "Dorrow joined them.")
    assert got.get("Daughters of Ana Kelvo") == "organization", got
    assert got.get("Knights of Dorrow") == "organization", got


def test_a_gloss_in_brackets_the_scanner_left_out_is_the_body(registry):
    got = _kinds(registry, "Rallies called by Ni Kelva Menos (Not One Less) filled the squares of Dorrow.")
    assert got.get("Not One Less") == "organization", got
    assert got.get("Ni Kelva Menos") == "organization", got
    # a qualifier inside a law's name is still one name
    got = surfaces(registry, "The Dock Labour (Amendment) Act passed in Tallow.")
    assert "Dock Labour (Amendment) Act" in got, got


def test_a_double_surname_part_alone_is_the_person(registry):
    got = surfaces(registry, "Mayor Ana Kelvo-Dorrow blamed the strikers. Dorrow has named a panel, "
                             "and critics say Dorrow misled them.")
    assert got.get("Dorrow") == got.get("Ana Kelvo-Dorrow") == "person/ana-kelvo-dorrow", got
    # a Korean given name's syllables are no such parts
    from kg.nlp.entities.spans.nameparts import inner_names
    assert inner_names("Jang Min-ho") == [] and inner_names("Ana Kelvo-Dorrow") == ["Kelvo", "Dorrow"]


# -- registry rows ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name,kind", [
    ("Shelling along the Line of Control closed three schools.", "Line of Control", "place"),
    ("Students who fought Suharto in 1998 marched again.", "Suharto", "person"),
    ("Fianna Fáil lost seats in Dublin.", "Fianna Fáil", "organization"),
    ("Judges picked by Law and Justice sat on the tribunal in Warsaw.", "Law and Justice", "organization"),
    ("Pope Francis met bishops in Rome.", "Pope Francis", "person"),
    ("Troops entered Nanking in December.", "Nanking", "city"),
    ("The National People’s Power won in Colombo.", "National People’s Power", "organization"),
    ("Congress never sent the amendment on, so the Constitution was left as it was.", "Constitution",
     "work"),
    ("Readers bought Women and the Family at the Dorrow book fair.", "Women and the Family", "work")])
def test_registry_rows_of_the_two_sets(registry, sentence, name, kind):
    got = kinds_of(list(surfaces(registry, sentence).items()))
    assert got.get(name) == kind, got


def test_the_constitution_alone_only_on_the_united_states(registry):
    assert "Constitution" not in surfaces(registry, "Kelvia's parliament rewrote its charter. The "
                                                    "Constitution now bars strikes.")
