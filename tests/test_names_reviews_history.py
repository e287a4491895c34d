"""Set BY's kinds (branch ent112): reviews and history features, with works' titles, armed
units' long names and publishers named for their founders. Every sentence and name here is made
up for these tests (the works, bodies, towns and people); no text of a held-out set is used.

- a work's title after "in" closed by a clause of writing or printing is one title
  (kg.nlp.entities.spans.clausetitles); a place so closed is none;
- a stretch after "on the" before ", published by" is the work's subject, no title
  (kg.nlp.entities.spans.worksubjects);
- a people's adjective after "of the" before a lower-case noun is no part of the name, and a
  plural unit's head before "of" is none either (kg.nlp.entities.spans.ofcuts);
- a publisher named for two founders after a verb of publishing is one organisation
  (kg.nlp.entities.spans.publisherpairs); two given names are not;
- one capitalised word ending in -ism is a creed, no name (kg.nlp.entities.spans.creedwords);
- a Romance body's name closed by its founding date is one organisation
  (kg.nlp.entities.spans.foreigndates);
- a lower-case word only English's full word list knows ends a foreign name's run
  (kg.nlp.entities.spans.foreign `_foreign_word`);
- two runs joined by "des" or "aux" are one name (kg.nlp.entities.spans.crossedjoins);
- a title-case stretch with "a" or "an" inside after a possessive is a work's title
  (kg.nlp.entities.spans.possessiveworks); a body's name with its head is not;
- a dedication's head ("Monument"), "to" and what it honours are one name
  (kg.nlp.entities.spans.dedications);
- an untyped name a relative's surname ends is a person (kg.nlp.entities.kinds.familymembers),
  and so is a name after "directed by" or ", born" (kg.nlp.entities.kinds.makers);
- a wetland's and a hill's heads and "colony of", "heights of" say a place (entities.toml);
- a review header's publisher or studio is an organisation (kg.nlp.entities.spans.imprints),
  and so is a band, an orchestra or a choir by its head (entities.toml);
- a name before "cemetery" or "neighborhood" (kg.nlp.entities.kinds.placenouns) or after "police
  chief of" (entities.toml) is a place.
"""

from __future__ import annotations

import pytest
from nlp_support import NAMED, Not, check_names, surfaces


# -- 1. a title closed by a clause of writing or printing -------------------------------------------
@pytest.mark.parametrize("sentence, title, pieces", [
    ("Ana Dorrow, in The Harvest in Kelvia, written as an address to the miners, called it a turning point.",
     "The Harvest in Kelvia", ["Harvest"]),
    ("Tom Brennock took up the question in Bread and Ballots, written in 1931, and in his letters.",
     "Bread and Ballots", ["Bread", "Ballots"]),
    ("The story can be read in Days of the Kelvo Strike, published in English by Dorrow Books.",
     "Days of the Kelvo Strike", ["Days", "Kelvo Strike"]),
])
def test_title_closed_by_a_writing_clause(registry, sentence, title, pieces):
    got = surfaces(registry, sentence)
    check_names(got, {title: NAMED, **{p: None for p in pieces}})


def test_place_closed_by_a_writing_clause_is_no_title(registry):
    got = surfaces(registry, "She lived in San Francisco, written in 1931 as her home town in the letters.")
    assert "San Francisco" in got and not got["San Francisco"].startswith("work"), got


# -- 2. a work's subject before a publication cue ---------------------------------------------------
def test_subject_after_on_the_is_no_title(registry):
    got = surfaces(registry, "Ruiz wrote two books on the Kelvo "
                   "Dockers in the Northwest, published by Tallow Press.")
    check_names(got, {"Kelvo Dockers in the Northwest": None, "Northwest": NAMED})


# -- 3. "of" glued to an adjective or after a plural unit's head ------------------------------------
def test_adjective_after_of_is_cut(registry):
    got = surfaces(registry, "The Kelvo Legion of the German air force bombed the Dorrow valley in 1938.")
    check_names(got, {"Kelvo Legion": "organization", "Kelvo Legion of the German": None})


def test_plural_unit_head_before_of_is_cut(registry):
    got = surfaces(registry, "Battalions of the Tallow People's Militias moved down the coast road at night.")
    check_names(got, {"Tallow People's Militias": "organization",
                      "Battalions of the Tallow People's Militias": None})


# -- 4. a publisher named for its two founders ------------------------------------------------------
def test_publisher_pair_after_published_by(registry):
    got = surfaces(registry, "Her third novel was reprinted in 1952 by Brennock and Tallowby of London.")
    check_names(got, {"Brennock and Tallowby": "organization", "Brennock": None, "Tallowby": None})


def test_two_given_names_after_published_by_stay_two(registry):
    got = surfaces(registry, "The leaflet was printed by Maria and Jose at the union hall.")
    check_names(got, {"Maria and Jose": None})


# -- 5. a creed named for a person ------------------------------------------------------------------
def test_creed_word_is_no_name(registry):
    got = surfaces(registry, "The revolution was crushed by fascism and Dorrowism within three years.")
    check_names(got, {"Dorrowism": None})


# -- 6. a Romance body's name closed by its founding date -------------------------------------------
def test_foreign_body_with_its_date(registry):
    got = surfaces(registry, "He fought with the Frente Obrero 9 de Abril in the hills above Kelvo.")
    check_names(got, {"Frente Obrero 9 de Abril": "organization", "Abril": None, "Frente Obrero": None})


# -- 7. a rarer English word after a head both languages write ------------------------------------
def test_rare_english_word_ends_a_foreign_head_run(registry):
    got = surfaces(registry, "Scouts guided the Union Navy gunboats up the Tallow River in 1864.")
    check_names(got, {"Union Navy": "organization", "Union Navy gunboats": None})


# -- 8. two runs joined by a function word no English text writes ---------------------------------
def test_runs_joined_by_crossing_word_are_one_name(registry):
    got = surfaces(registry, "The strikers were shot against the Porte des Kelvoises at dawn.")
    check_names(got, {"Porte des Kelvoises": NAMED, "Porte": None, "Kelvoises": None})


# -- 9. a work after its maker's possessive, an article inside it ---------------------------------
def test_possessive_title_with_an_article(registry):
    got = surfaces(registry, "Clips from Tom Kelvane’s Harvest Days and Ana "
                   "Dorrowsky’s Woman with a Red Lantern play all day.")
    check_names(got, {"Woman with a Red Lantern": NAMED, "Woman": None, "Red Lantern": None,
                      "Harvest Days and Ana Dorrowsky’s Woman with a Red Lantern": None})


def test_body_with_an_article_after_a_possessive_is_no_title(registry):
    got = surfaces(registry, "Ana Dorrowsky’s Committee for a Free Tallowland met on Sunday.")
    assert not any(k.startswith("work") for k in got.values()), got


def test_country_after_of_the_stays_in_the_name(registry):
    got = surfaces(registry, "Troops of the Armed Forces of the Philippines patrolled the Kelvo hills.")
    check_names(got, {"Armed Forces of the Philippines": NAMED, "Armed Forces": None})


# -- 10. a dedication's head, "to" and what it honours ---------------------------------------------
@pytest.mark.parametrize("sentence, name, pieces", [
    ("A model of the Monument to the Kelvo Dockers stands in the Tallow courtyard.",
     "Monument to the Kelvo Dockers", ["Monument", "Kelvo Dockers"]),
    ("Her Memorial to the Communist International was never built in Dorrow.",
     "Memorial to the Communist International", ["Memorial", "Communist International"]),
])
def test_dedication_is_one_name(registry, sentence, name, pieces):
    got = surfaces(registry, sentence)
    check_names(got, {name: NAMED, **{p: None for p in pieces}})


# -- 11. a relative's full name; a maker; a birth name ---------------------------------------------
def test_relative_named_in_a_list_is_a_person(registry):
    got = surfaces(registry, "Among the pickets that week were Ilse "
                   "Tallowby, Miles Tallowby, Grant Tallowby and Ana Ruiz.")
    check_names(got, {"Miles Tallowby": "person", "Ilse Tallowby": "person"})


def test_place_a_surname_ends_is_no_relative(registry):
    got = surfaces(registry, "Ilse Tallowby and Tom Tallowby marched "
                   "from Fort Tallowby to the state capitol.")
    check_names(got, {"Fort Tallowby": Not("person")})


@pytest.mark.parametrize("sentence, name", [
    ("Red Winter, directed by Zuva Dorrowsky, opened in Tallow theaters on Friday.", "Zuva Dorrowsky"),
    ("Erin Dorr plays Tubwell, born Aramie Rosk in Tallow County, on her flight north.", "Aramie Rosk"),
])
def test_maker_and_birth_name_are_persons(registry, sentence, name):
    check_names(surfaces(registry, sentence), {name: "person"})


def test_country_name_not_ending_as_adjective_stays(registry):
    got = surfaces(registry, "Miners of the Democratic Republic of the Congo struck the Kelvo pits.")
    check_names(got, {"Democratic Republic": None})


# -- 12. places by their heads and frames (kg/data/nlp/entities.toml) ------------------------------
@pytest.mark.parametrize("sentence, name", [
    ("The village lies on the edge of the Kelvaro Swamp, far from the highway.", "Kelvaro Swamp"),
    ("Rebels dug in at the foot of the Loma del Dorrito before dawn.", "Loma del Dorrito"),
    ("Slaves on the plantations of the French colony of Kelvoine rose in 1791.", "Kelvoine"),
    ("Troops tried to haul the cannon down from the heights of Dorrowmont that night.", "Dorrowmont"),
    # a coast by the land it bounds (entities.toml `place_before`; set DP's pass, branch passN44)
    ("The wave killed thousands of people along the coast of Kelvoku that spring.", "Kelvoku"),
    # a block of flats by name (entities.toml place heads; set DP's pass, branch passN44)
    ("The twelve-story Kelvo Residence collapsed in seconds.", "Kelvo Residence"),
])
def test_place_heads_and_frames(registry, sentence, name):
    check_names(surfaces(registry, sentence), {name: "place"})


# -- 13. a review header's publisher or studio -----------------------------------------------------
@pytest.mark.parametrize("paragraph, name", [
    ("Salt and Iron: Dockers of the North by Ana Dorrowsky. "
     "Kelvo City: Tallowmark Books, 1989. 426 pages, $16.00.",
     "Tallowmark Books"),
    ("Lamp Songs: Ballads of the Pits by the Kelvo Ridge Players. "
     "Dorrow Hill Records, 2022. 12 tracks, $14.",
     "Dorrow Hill Records"),
    ("Ironwood, directed by Lenn Kelvorsky. Tallowgate Pictures. 98 minutes.", "Tallowgate Pictures"),
])
def test_review_header_publisher(registry, paragraph, name):
    check_names(surfaces(registry, paragraph), {name: "organization"})


def test_band_is_an_organisation(registry):
    got = surfaces(registry, "The Tallow Hollow String Band played three sets at the Kelvo union hall.")
    check_names(got, {"Tallow Hollow String Band": "organization"})


@pytest.mark.parametrize("sentence, name", [
    ("Hundreds were shot against a wall of Tallowmere Hollis cemetery that week.", "Tallowmere Hollis"),
    ("Miners trusted the police chief of Kelvorra during the long 1920 walkout.", "Kelvorra"),
])
def test_place_by_its_noun_or_officer(registry, sentence, name):
    check_names(surfaces(registry, sentence), {name: "place"})


def test_initial_and_a_surname_is_no_relative(registry):
    got = surfaces(registry, "Q. Tallowby spoke first. Later Ilse Tallowby and Tom Tallowby spoke.")
    check_names(got, {"Q. Tallowby": Not("person")})
