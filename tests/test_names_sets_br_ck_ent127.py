"""The last junk of sets BR–CK read by branch ent127, on made-up sentences: a standing series'
meeting "on" its topic after "a" (kg.nlp.entities.spans.joins `_small_word_heads`), a land's
adjective of two words before a noun (kg.nlp.entities.spans.openers `demonym_before_noun`,
kg.nlp.entities.cues.nations `_o_to_an`) and a lower-case compass word before a possessive
(kg.nlp.entities.spans.compass). No sentence or name of a held-out set; real lands stand only
where the mechanism needs the gazetteer or the registry to know one."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

from kg.nlp.entities.cues.nations import is_demonym


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a meeting of a series on its topic ----------------------------------------------------------

@pytest.mark.parametrize("sentence, want", [
    # after "a": one forum of the series, its topic a place of its own
    ("Maria Kelvane urged everyone to come to a Dorrow Labor Forum on Tessaly next week.",
     {"Dorrow Labor Forum": "event", "Dorrow Labor Forum on Tessaly": None}),
    ("Speakers at an Open Forum on Kelvian Debt took questions.",
     {"Open Forum on Kelvian Debt": None}),
    # after "the": the body's own name holds what it works on
    ("The National Network on Tessaly met on Monday.",
     {"National Network on Tessaly": "organization"}),
    ("She testified before the Commission on Brindle Rights.",
     {"Commission on Brindle Rights": "organization"}),
])
def test_a_series_meeting_after_a_leaves_its_topic_out(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a land's adjective of two words -------------------------------------------------------------

@pytest.mark.parametrize("word, want", [
    ("Puerto Rican", True), ("Puerto Ricans", True), ("Mexican", True),
    ("Costa Rican", True), ("Puerto", False), ("Morgan", False), ("Logan", False),
])
def test_a_land_s_o_made_an_is_its_people_s_adjective(word, want):
    assert is_demonym(word) is want


@pytest.mark.parametrize("sentence, want", [
    ("The navy shelled Puerto Rican towns for a week in 1950.", {"Puerto Rican": None}),
    ("Costa Rican dockworkers struck the port of Limón.", {"Costa Rican": None}),
    # a party's head after the adjective is in the name: the party stays
    ("Ana Kelvo of the Puerto Rican Independence Party spoke.",
     {"Puerto Rican Independence Party": "organization", "Puerto Rican": None}),
    # the land itself stays a place
    ("She moved back to Puerto Rico in May.", {"Puerto Rico": "place"}),
])
def test_a_two_word_adjective_of_a_land_names_no_place(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a lower-case compass word before a possessive -----------------------------------------------

@pytest.mark.parametrize("sentence, key", [
    ("Lenders pressed south Korea's big groups to cut their payrolls.", "country/south-korea"),
    ("Washington tightened its sanctions on north Korea’s ports.", "country/north-korea"),
    ("Troops from south Korea held drills.", "country/south-korea"),
])
def test_a_lower_case_compass_word_before_a_possessive_names_the_state(registry, sentence, key):
    assert ("Korea", key) in found(registry, sentence)


def test_a_compass_word_before_an_adjective_still_names_no_state(registry):
    assert not [s for s, _k in found(registry, "The south Korean unions marched.")
                if s == "Korea"]


# -- a land inside a programme's name --------------------------------------------------------------

@pytest.mark.parametrize("sentence, want", [
    # a registry land between capitalised words before a programme's noun: one name, the land a
    # mention of its own inside it
    ("Growers hire pickers under the Atlantic Canada Seasonal Harvest scheme every spring.",
     {"Atlantic Canada Seasonal Harvest": "thing", "Canada": "country", "Seasonal Harvest": None}),
    ("Kelvo students lost aid when the Northern Chile Study Grant program closed.",
     {"Northern Chile Study Grant": "thing", "Study Grant": None}),
    # no programme's noun after it: the land and the run stay apart
    ("Crews from the Atlantic Canada Seasonal Harvest fleet sailed.",
     {"Atlantic Canada Seasonal Harvest": None}),
])
def test_a_land_inside_a_programme_s_name_is_part_of_it(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a network's programme -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, want", [
    # a title opening with a number in figures: the number is the title's
    ("The photos, first aired on the KTV program 20 Questions II, shocked viewers.",
     {"20 Questions II": "work", "Questions II": None}),
    ("Crews filmed the Kelvo Channel documentary Dorrow Nights in May.",
     {"Dorrow Nights": "work"}),
    ("The pictures were first shown on the KTV program Night Questions, which ran them twice.",
     {"Night Questions": "work"}),
    # a given name after the noun: the programme's organiser, no title
    ("Funds for the Kelvo program Ana Ruiz ran were cut.", {"Ana Ruiz": "person"}),
])
def test_a_network_s_programme_is_a_work(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a church's see by its city ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, want", [
    ("The Catholic Archdiocese of Dorrow City spent $1 million on the campaign.",
     {"Catholic Archdiocese of Dorrow City": "organization", "Catholic Archdiocese": None}),
    ("Priests of the Diocese of Kelvin marched with the nurses.",
     {"Diocese of Kelvin": "organization", "Diocese": None}),
])
def test_a_see_named_for_its_city_is_one_body(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a body named with "for" and the event it holds ----------------------------------------------

@pytest.mark.parametrize("sentence, want", [
    ("Welcome home the Teachers for Peace Harvest Caravan on Friday.",
     {"Teachers for Peace": "organization", "Harvest Caravan": "event",
      "Teachers for Peace Harvest Caravan": None}),
    ("Welcome home the KVF/Pastors for Justice Friendship Caravan at the church.",
     {"KVF/Pastors for Justice": "organization", "Friendship Caravan": "event"}),
    # no event's head closing the words after "for": the body's name whole
    ("Members of Teachers for Social Justice marched.",
     {"Teachers for Social Justice": "organization"}),
])
def test_a_body_s_event_after_its_cause_is_a_name_of_its_own(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
