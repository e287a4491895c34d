"""Set BY's kinds left after ent112 (branch ent123): reviews and history features. Every sentence
and name here is made up for these tests (the works, bodies, towns and people); no text of a
held-out set is used.

- a registry country between a compass word and a works' noun is part of the works' name
  (kg.nlp.entities.mentions.compasssites);
- a former protectorate named with its ruler's adjective is one place (kg/data/places/former.tsv);
- a surname spelled as a function word after a given name stays in the run
  (kg.nlp.entities.spans.surnamewords);
- a writer's possessive before "<Word> and <Word> in <Place>" is a work's title
  (kg.nlp.entities.spans.possessivepairs);
- a sentence closed by a comma and a day of a month is a caption's, no Title Case line
  (kg.nlp.entities.spans.datedcaptions);
- a registry event's alias opened by a place's head, after a locative word or opening a
  dateline, is the place (kg.nlp.entities.mentions.eventplaces);
- untyped makers in a list of a person's possessives are people
  (kg.nlp.entities.kinds.possessivelists);
- a museum named with its hall ("… Museum and Cultural Center") is a place
  (kg.nlp.entities.kinds.museumhalls);
- "raid on", "Mur" and "site" say a place (entities.toml).
"""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found, surfaces

from kg.nlp.entities.registry.registry import Alias, Entry, Registry
from kg.nlp.entities.spans.datedcaptions import dated_caption
from kg.nlp.entities.spans.surnamewords import surname_after_given


# -- 1. a compass word and a country before a works' noun -------------------------------------------
def test_compass_word_and_country_name_a_works(registry):
    got = surfaces(registry, "The strikers held the Central Bolivia sugar mill for nine days in 1953.")
    check_names(got, {"Central Bolivia": "place", "Bolivia": None})


def test_compass_word_and_country_without_works_noun_keep_the_country(registry):
    got = surfaces(registry, "The strikers came from Central Bolivia and marched on the capital.")
    check_names(got, {"Bolivia": "country", "Central Bolivia": None})


def test_country_before_works_noun_without_compass_word_stays(registry):
    got = surfaces(registry, "Shipments left the Dorrow plant for Bolivia in the spring.")
    check_names(got, {"Bolivia": "country"})


# -- 2. a former protectorate --------------------------------------------------------------------
@pytest.mark.parametrize("sentence, place", [
    ("The legionnaires were shipped to Spain from Spanish Morocco by air that summer.", "Spanish Morocco"),
    ("Dockers in French Morocco walked out in 1952 over the arrests.", "French Morocco"),
])
def test_former_protectorate_is_one_place(registry, sentence, place):
    got = surfaces(registry, sentence)
    check_names(got, {place: "place", "Morocco": None})


# -- 3. a surname spelled as a function word -------------------------------------------------------
def test_surname_spelled_as_function_word_stays(registry):
    got = surfaces(registry, "In the play Dorra Kelvin is Thomas Still, a printer who hid runaways.")
    check_names(got, {"Thomas Still": "person", "Thomas": None})


def test_surname_word_needs_a_given_name_before_it():
    assert surname_after_given(["Thomas", "Still"])
    assert not surname_after_given(["Kelvane", "Still"])  # no given name: the adverb is cut
    assert not surname_after_given(["Thomas", "Now"])  # no surname of the list


# -- 4. a writer's possessive before a pair and a place ------------------------------------------
def test_possessive_pair_title_in_a_place(registry):
    got = surfaces(registry, "Tomas Kelvane’s Harvest and Counter-Harvest in Peru gives a first-hand "
                   "account of the land seizures.")
    check_names(got, {"Harvest and Counter-Harvest in Peru": "work", "Counter-Harvest": None,
                      "Tomas Kelvane": "person"})


def test_possessive_pair_without_place_after_in_is_no_title(registry):
    got = surfaces(registry, "Ana Ruiz’s Dorrow and Kelvo plants in Peru closed last year.")
    assert not any(k.startswith("work/") for k in got.values()), got


# -- 5. a caption's sentence closed by a date ------------------------------------------------------
def test_dated_caption_names_its_place(registry):
    got = surfaces(registry, "Strikers at the Kelvo Dock Hall, Oct. 9. The strike is in its third week.")
    check_names(got, {"Kelvo Dock Hall": NAMED})


@pytest.mark.parametrize("line, dated", [
    ("Pickets outside the Kelvo Dock Hall, Oct. 9.", True),
    ("Marchers on Dorrow Avenue, September 14, 2019.", True),
    ("The Farm Crisis and the Working-Class Alliance", False),
    ("Voices From the Kelvo Strike, 1934", False),
])
def test_dated_caption_line(line, dated):
    assert dated_caption(line) is dated


# -- 6. an event's alias that is its place's name ----------------------------------------------------
@pytest.fixture(scope="module")
def landing_registry(registry):
    """The project's registry and an invented event named by its place ("Puerto Kelvano")."""
    reg = Registry(list(registry.entries.values()))
    reg.add(Entry(key="event/kelvano-landing", label="Kelvano Landing", kind="event",
                  aliases=[Alias("Puerto Kelvano")]))
    return reg


def test_event_alias_after_locative_is_the_place(landing_registry):
    got = dict(found(landing_registry, "Veterans gathered at Puerto Kelvano to mark the anniversary."))
    check_names(got, {"Puerto Kelvano": "place"})


def test_event_alias_in_other_frames_stays_the_event(landing_registry):
    got = dict(found(landing_registry, "Nothing was the same for the island after Puerto Kelvano."))
    check_names(got, {"Puerto Kelvano": "event/kelvano-landing"})


def test_event_alias_opening_a_dateline_is_the_place(landing_registry):
    got = dict(found(landing_registry, "Veterans gathered to mark the anniversary.",
                     dateline="PUERTO KELVANO, Cuba—"))
    assert "event/kelvano-landing" not in got.values(), got


# -- 7. makers in a list of possessives -------------------------------------------------------------
@pytest.mark.parametrize("sentence, maker", [
    ("Along one wall hang Ana Dorrow’s prints, Tomas Kelvane’s murals, and Yevka Tallovna’s posters.",
     "Yevka Tallovna"),
    ("Yevka Tallovna’s posters and Ana Dorrow’s prints fill the second room.", "Yevka Tallovna"),
    ("The program pairs Kelvin Ruiz’s first film and Dzor Vellan’s newsreels.", "Dzor Vellan"),
])
def test_maker_in_possessive_list_is_a_person(registry, sentence, maker):
    check_names(surfaces(registry, sentence), {maker: "person"})


def test_possessive_in_another_sentence_types_nothing(registry):
    got = surfaces(registry, "Ana Dorrow’s prints hang in the hall. Upstairs, Yevka Tallovna’s "
                   "posters are new.")
    assert got.get("Yevka Tallovna", "").split("/")[0] != "person", got


# -- 8. a museum named with its hall -----------------------------------------------------------------
@pytest.mark.parametrize("sentence, name, kind", [
    ("She volunteers at the Kelvo Museum and Cultural Center on weekends.",
     "Kelvo Museum and Cultural Center", "place"),
    # "Cultural Center" alone is left to the other rules: a body's head
    ("The Dorrow Cultural Center organised the festival and paid the bands.",
     "Dorrow Cultural Center", "organization"),
])
def test_museum_with_its_hall_is_a_place(registry, sentence, name, kind):
    check_names(surfaces(registry, sentence), {name: kind})


# -- 9. words that say a place -----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, place", [
    ("He planned the raid on Dorrow Landing in 1858 with a few dozen men.", "Dorrow Landing"),
    ("Hundreds were shot against the Mur des Kelvois in the last days.", "Mur des Kelvois"),
    ("The march passed the old Tallow Green Market site on its way downtown.", "Tallow Green Market"),
])
def test_words_that_say_a_place(registry, sentence, place):
    check_names(surfaces(registry, sentence), {place: "place"})
