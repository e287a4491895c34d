"""Names cut or mistyped on untuned pages (issue 10, "no junk on untuned pages", branch ent14):
"and" inside an organisation's name where a place opens it or an "of" part runs on, and two
firms joined by "and" kept apart; a port named by its city; titles that are how a person is
named before one word; former colonies' names; a state's guard and police; old firms' names
with abbreviated given names and a suffix ending a sentence; firms named by their trade, by a
list's or a shop's context and by a publisher's cue; rivers and reserves; peoples' names and
foreign words that name nothing. Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from nlp_support import found, kinds_of


# -- "and" inside a name ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    # a registry country opens a list joined by "and" that an association's head ends
    ("Bosses of the Kenya Garment Manufacturers and Exporters Association refused.",
     "Kenya Garment Manufacturers and Exporters Association"),
    # "All" before the place: a union of the whole island
    ("Members of the All Jamaica Sugar Estates and Factory Workers Trade Union struck.",
     "All Jamaica Sugar Estates and Factory Workers Trade Union"),
    # a place before the head does not stop the "of" part's fields from running on
    ("A study by the Kenya Institute of Labour Studies and Research found it.",
     "Kenya Institute of Labour Studies and Research"),
    ("The Ohio Department of Corrections and Rehabilitation denied it.",
     "Ohio Department of Corrections and Rehabilitation"),
    # a product after "and" and a body's head still make one name
    ("Goodyear Tire and Rubber Company cut pay.", "Goodyear Tire and Rubber Company"),
    ("The Kelvin Docks and Harbour Company hired.", "Kelvin Docks and Harbour Company"),
    ("The Financial Oversight and Management Board ruled.", "Financial Oversight and Management Board"),
])
def test_and_inside_an_organisations_name_keeps_it_whole(registry, sentence, name):
    hits = kinds_of(found(registry, sentence))
    assert hits == {name: "organization"}


@pytest.mark.parametrize("sentence,names", [
    ("He worked at Dorrow Fruit and Standard Oil.", ["Dorrow Fruit", "Standard Oil"]),
    ("Workers at Dorrow Oil and Kelvin Steel struck.", ["Dorrow Oil", "Kelvin Steel"]),
])
def test_two_firms_joined_by_and_stay_two(registry, sentence, names):
    hits = kinds_of(found(registry, sentence))
    assert list(hits) == names and set(hits.values()) == {"organization"}


def test_all_opens_only_a_places_union(registry):
    hits = kinds_of(found(registry, "All Farm and Factory Workers Union members struck."))
    assert list(hits) == ["Farm and Factory Workers Union"]


def test_a_place_and_a_union_stay_two(registry):
    hits = kinds_of(found(registry, "Unions in Kenya and Farm Workers Union met."))
    assert list(hits) == ["Kenya", "Farm Workers Union"]


# -- a port named by its city ------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Dockers at the Port of Liverpool struck.", "Port of Liverpool"),
    ("He sailed from Port of Spain to Kingston.", "Port of Spain"),
    ("Workers from Liverpool and the Port of Tilbury met.", "Port of Tilbury"),
])
def test_a_port_of_a_city_is_one_place(registry, sentence, name):
    hits = kinds_of(found(registry, sentence))
    assert hits[name] == "place"
    assert name.split(" of ")[1] not in hits


# -- titles that are how a person is named -----------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("A letter from Sheikh Dorrah came.", "Sheikh Dorrah"),
    ("Lord Kelvmoor wrote a report.", "Lord Kelvmoor"),
])
def test_a_naming_title_before_one_word_stays_in_the_name(registry, sentence, name):
    assert kinds_of(found(registry, sentence)) == {name: "person"}


@pytest.mark.parametrize("sentence,name", [
    ("Sir Walter Dorrow wrote.", "Walter Dorrow"),
    ("Lord Peter Kelvmoor wrote.", "Peter Kelvmoor"),
    ("President Carter spoke.", "Carter"),
])
def test_other_titles_and_two_words_after_are_stripped_as_before(registry, sentence, name):
    assert list(kinds_of(found(registry, sentence))) == [name]


def test_the_name_alone_later_is_the_same_person(registry):
    hits = found(registry, "Sheikh Dorrah spoke. Later Dorrah left.")
    assert {k for _s, k in hits} == {"person/sheikh-dorrah"}


# -- former colonies ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,names", [
    ("Riots spread in British Honduras and British Guiana.", ["British Honduras", "British Guiana"]),
    ("Strikes hit the Gold Coast and the Belgian Congo.", ["Gold Coast", "Belgian Congo"]),
])
def test_a_former_colony_is_one_place(registry, sentence, names):
    hits = kinds_of(found(registry, sentence))
    assert list(hits) == names and set(hits.values()) == {"place"}


def test_a_demonym_before_a_country_elsewhere_leaves_the_country(registry):
    assert kinds_of(found(registry, "British troops left Honduras.")) == {"Honduras": "country"}


# -- a state's guard and police ----------------------------------------------------------------
@pytest.mark.parametrize("sentence,names", [
    ("The governor sent the Iowa National Guard to the plant.", ["Iowa National Guard"]),
    ("In Iowa National Guard troops came.", ["Iowa National Guard"]),
    ("The Ohio State Police and the California Highway Patrol came.",
     ["Ohio State Police", "California Highway Patrol"]),
])
def test_a_state_before_its_guard_or_police_is_one_body(registry, sentence, names):
    hits = kinds_of(found(registry, sentence))
    assert list(hits) == names and set(hits.values()) == {"organization"}


def test_the_guard_alone_or_beside_a_state_stays_the_registrys(registry):
    assert [k for _s, k in found(registry, "Troops of Iowa and the National Guard came.")] == [
        "place/iowa", "organization/national-guard"]


# -- old firms' names and suffixes ---------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Geo. A. Dorrow & Co. cut pay.", "Geo. A. Dorrow & Co."),
    ("Workers at Wm. Kelvin & Sons struck.", "Wm. Kelvin & Sons"),
    # the founder's surname is a registry firm's
    ("Strikers at Geo. A. Cargill & Co. walked out.", "Geo. A. Cargill & Co."),
    ("Kelvin Pty. Ltd. cut pay.", "Kelvin Pty. Ltd."),
])
def test_abbreviated_given_names_and_ampersands_stay_in_a_firms_name(registry, sentence, name):
    assert kinds_of(found(registry, sentence)) == {name: "organization"}


def test_a_firms_suffix_ends_the_sentence_before_a_capital(registry):
    hits = kinds_of(found(registry, "He worked for Kelvin Leaseholds Ltd. Out of work, he left."))
    assert hits == {"Kelvin Leaseholds Ltd.": "organization"}


# -- firms typed by their trade and context ------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("She worked at Todd Shipyards.", "Todd Shipyards"),  # a given name opens it
    ("Workers at Kelvin Fashions struck.", "Kelvin Fashions"),
    ("Dorrow Light raised rates.", "Dorrow Light"),
    ("Kelvin Telephone cut jobs.", "Kelvin Telephone"),
    ("The Chamber of Mines refused.", "Chamber of Mines"),  # an employers' chamber
    ("Clothes for retailers including Gap and Kelvane were sewn.", "Gap"),  # a pass by its word
    ("The study was published by Martinus Dorrow in 1978.", "Martinus Dorrow"),
])
def test_a_firm_is_typed_by_its_trade_or_context(registry, sentence, name):
    assert kinds_of(found(registry, sentence))[name] == "organization"


def test_a_chamber_alone_names_nothing(registry):
    assert found(registry, "The Chamber voted.") == []


def test_a_gap_with_no_firms_context_stays_a_place(registry):
    assert kinds_of(found(registry, "They crossed the hills at Kelvin Gap.")) == {"Kelvin Gap": "place"}


# -- rivers and reserves -----------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name,kind", [
    ("Fishermen on the River Kelvo protested.", "River Kelvo", "place"),
    ("Oil was found at Forest Reserve in 1913.", "Forest Reserve", "place"),  # "Forest": a given name
    ("Workers at the Kelvane Plant 2 struck.", "Kelvane Plant 2", "place"),
    ("He joined the Army Reserve.", "Army Reserve", "organization"),
])
def test_rivers_reserves_and_numbered_plants(registry, sentence, name, kind):
    assert kinds_of(found(registry, sentence)) == {name: kind}


# -- peoples and foreign words -------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Protests by the Ogoni spread.",
    "Mapuche protesters marched.",
    "Sí, he said, the union won.",
    "They chanted, “Sí, se puede.”",
])
def test_a_peoples_name_or_a_foreign_word_names_nothing(registry, sentence):
    assert found(registry, sentence) == []


# -- a citation's imprint ------------------------------------------------------------------------
def test_a_citations_imprint_gives_the_city_and_the_publisher(registry):
    hits = kinds_of(found(registry, "See Tom Dorrow, Labour in Kelvia (The Hague: Martinus Kelvin, 1978)."))
    assert hits["Hague"] == "place"
    assert hits["Martinus Kelvin"] == "organization"  # a given name opens it
    assert hits["Tom Dorrow"] == "person"
