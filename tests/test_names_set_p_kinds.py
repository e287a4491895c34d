"""Set P's kinds of names (issue 10; branch ent23): foreign bodies whose small words cut them,
bodies named for a person, transport bodies and unions' long names, towns with their state, firms.
Every sentence is made up for these tests in the shapes of the paper's pages (reports from
Brazil, Cuba, Australia, the US Midwest); no name of a held-out set is used. Real people are
registry people; bodies and towns are invented unless a gazetteer is being tested."""

from __future__ import annotations

import pytest
from nlp_support import surfaces


# -- 1. foreign bodies whose small words cut them -----------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Workers at Banco do Nordeste struck on Monday.", "Banco do Nordeste"),
    ("Tellers of the Banco dos Kelvinos walked out.", "Banco dos Kelvinos"),
    ("Members of the Centro de Obreros Libres en la Frontera met on Monday.",
     "Centro de Obreros Libres en la Frontera"),
])
def test_a_head_no_english_text_writes_runs_on_over_its_small_words(registry, sentence, name):
    got = surfaces(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert len(got) == 1, got  # no piece of it left alone


def test_an_english_head_does_not_run_on_over_a_foreign_small_word(registry):
    # "Union" is an English word: "de" and a capital after it cross nothing the run did not
    got = surfaces(registry, "The Kelvin Union do Brasil said no.")
    assert "Kelvin Union do Brasil" not in got, got


# -- 2. a body named for a person ----------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("We visited the José Martí Credit and Service Cooperative near the town.",
     "José Martí Credit and Service Cooperative"),
    ("They formed the Malcolm X Grain and Cattle Cooperative in 1998.",
     "Malcolm X Grain and Cattle Cooperative"),
])
def test_a_registry_person_opens_a_body_named_by_a_list(registry, sentence, name):
    got = surfaces(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert len(got) == 1, got


def test_a_registry_person_joined_by_and_stays_a_person(registry):
    got = surfaces(registry, "They read Karl Marx and Frederick Engels on Monday.")
    assert got.get("Karl Marx") == "person/karl-marx", got


# -- 3. transport bodies, a union named by a lower-case list -------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Bosses at Transport for London cut jobs.", "Transport for London"),
    ("The cuts by Transport for Kelvia hit workers.", "Transport for Kelvia"),
])
def test_a_field_for_a_region_is_its_agency(registry, sentence, name):
    got = surfaces(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert len(got) == 1, got


def test_for_after_transport_in_lower_case_names_nothing(registry):
    assert surfaces(registry, "Transport for workers is scarce in Kelvia.").get("Transport") is None


@pytest.mark.parametrize("sentence,name", [
    ("Drivers at Sydney Trains struck on Monday.", "Sydney Trains"),
    ("Kelvin Trains said it would not negotiate.", "Kelvin Trains"),  # no person by the verb
    ("Drivers at Dorrow Buses and Kelvin Ferries struck.", "Dorrow Buses"),
])
def test_a_city_and_the_vehicles_it_runs_are_an_operator(registry, sentence, name):
    got = surfaces(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got


def test_a_headless_list_before_union_is_named_with_the_noun_and_its_initials(registry):
    # the words before the noun name no body on their own: the phrase with its lower-case noun
    # is the union's name (bench/quality/README.md's convention on a union named with the noun,
    # decided after this test was first written; branch junk47), and the initials stay a name
    got = surfaces(registry, "Members of the Rail, Maritime and Transport union (RMT) walked out.")
    assert got["Rail, Maritime and Transport union"].startswith("organization/"), got
    assert got["RMT"].startswith("organization/") and "Rail, Maritime and Transport" not in got, got
    got = surfaces(registry, "Members of the Kelvin, Dorrow and Tallow union (KDTU) walked out.")
    assert got["Kelvin, Dorrow and Tallow union"] == got["KDTU"], got
    got = surfaces(registry, "Members of the Rail, Maritime and Transport union walked out.")
    assert "Rail, Maritime and Transport union" in got, got
    # a list ending in a union's head keeps its name, the noun no part of it
    got = surfaces(registry, "Members of the Kelvin, Dorrow and Tallow Workers union (KDTW) met.")
    assert "Kelvin, Dorrow and Tallow Workers" in got, got


# -- 4. a town and its state; a town a title's word opens ----------------------------------------
@pytest.mark.parametrize("sentence,town,state", [
    ("Workers in St. Paul, Minnesota, were fired.", "St. Paul", "Minnesota"),
    ("He was born in Newark, New Jersey, in 1950.", "Newark", "New Jersey"),
])
def test_a_registry_city_with_its_state_is_two_places(registry, sentence, town, state):
    got = surfaces(registry, sentence)
    assert got.get(town, "").startswith("city/"), got
    assert got.get(state, "").startswith(("place/", "state/")), got
    assert f"{town}, {state}" not in got, got


def test_washington_dc_stays_one_name(registry):
    got = surfaces(registry, "They marched in Washington, D.C., on Monday.")
    assert got.get("Washington, D.C.") == "city/washington-dc", got


@pytest.mark.parametrize("sentence,town", [
    ("Loggers in Prince George, British Columbia, struck.", "Prince George"),
    ("She lives in Prince Rupert and works at the mill.", "Prince Rupert"),
])
def test_a_town_a_title_opens_after_a_locative_is_a_place(registry, sentence, town):
    got = surfaces(registry, sentence)
    assert got.get(town, "").startswith(("city/", "place/")), got


def test_a_title_before_a_name_without_a_town_frame_is_a_title(registry):
    got = surfaces(registry, "The letter was from Prince Charles.")
    assert "Prince Charles" not in got, got


# -- 6. a county before a court's words and a title ----------------------------------------------
@pytest.mark.parametrize("sentence,place", [
    ("He was sentenced by Polk County Circuit Judge Jane Dorrow.", "Polk County"),
    ("The case went to Kelvo Parish Chancery Judge Jane Dorrow.", "Kelvo Parish"),
])
def test_a_county_before_a_court_and_a_title_is_the_place(registry, sentence, place):
    got = surfaces(registry, sentence)
    assert got.get(place, "").startswith("place/"), got
    assert got.get("Jane Dorrow", "").startswith("person/"), got


# -- 5. a firm named with a paper's head word ----------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Kelvane Post, the German mail firm, bought the company.",
    "Kelvane Post workers struck on Monday.",
])
def test_a_foreign_first_word_and_a_firms_frame_make_a_post_a_firm(registry, sentence):
    got = surfaces(registry, sentence)
    assert got.get("Kelvane Post", "").startswith("organization/"), got


@pytest.mark.parametrize("sentence", [
    "Kelvin Post, the city's daily newspaper, reported it.",
    "A columnist at the Kelvin Post wrote it.",
])
def test_a_paper_stays_a_paper(registry, sentence):
    got = surfaces(registry, sentence)
    assert got.get("Kelvin Post", "").startswith("periodical/"), got


@pytest.mark.parametrize("sentence,place", [
    ("He faced Polk County District Attorney Jane Dorrow.", "Polk County"),
    ("District Attorney Jane Dorrow charged him.", None),
])
def test_a_two_word_office_before_a_person_is_no_part_of_the_name(registry, sentence, place):
    got = surfaces(registry, sentence)
    assert got.get("Jane Dorrow", "").startswith("person/"), got
    if place:
        assert got.get(place, "").startswith("place/"), got


@pytest.mark.parametrize("sentence,name", [
    ("The cigars are sold by Kelvanos S.A. in Europe.", "Kelvanos S.A."),
    ("Dorrow Grain Mills workers voted on Monday.", "Dorrow Grain Mills"),
])
def test_a_firms_legal_form_or_product_mills_make_a_firm(registry, sentence, name):
    got = surfaces(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got


def test_only_an_ambiguous_title_is_widened_to_the_title_that_ends_with_it():
    from kg.nlp.entities.cues.namecues import Cues
    from kg.nlp.entities.spans.runclose import _widest_title

    cues = Cues()
    # "Attorney" alone may open a street's name: read as "District Attorney" when that ends there
    ws = ["Kelvo", "County", "District", "Attorney", "Ana", "Ruiz"]
    assert _widest_title(ws, 3, 1, cues) == (2, 2)
    # "President" is a title of its own: the walk keeps it after a name written out ("Kelvo
    # International Vice President Ana Ruiz": the firm's officer, cut where it always was) ...
    ws = ["Kelvo", "International", "Vice", "President", "Ana", "Ruiz"]
    assert _widest_title(ws, 3, 1, cues) == (3, 1)
    # ... but right after a body's initials a title opening with a body's head is read whole (the
    # union's international officer, branch cuts41), so "KWU International" is no name of its own
    ws = ["KWU", "International", "Vice", "President", "Ana", "Ruiz"]
    assert _widest_title(ws, 3, 1, cues) == (1, 3)
