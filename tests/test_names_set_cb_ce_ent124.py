"""Names cut, glued and typed on the kinds of sets CB (disasters on the job) and CE (students and
teachers), branch ent124: a compass part of a place before "of the", a town after "in" and
before a comma, a building and a school named by an apposition or a short form, a local church
opened by a devotion, a gathering named with its ordinal and "and <Plurals>", a name written with
"+" after a registry place, a club of a party's members, a council glued to its union by a
hyphen, a university's campus by its town, and four registry firms. Every sentence is made up
for these tests; no text or name of a held-out set is used (real towns and firms stand only
where the mechanism needs the gazetteer or the registry to know one)."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


@pytest.mark.parametrize("sentence, want", [
    # a compass part and the place after "of the": two places, no name of both
    ("Dockers on the East Coast of the Kelvo Peninsula struck for a week.",
     {"East Coast": "place", "Kelvo Peninsula": "place", "East Coast of the Kelvo Peninsula": None}),
    # a body's head after the compass part: one name, as before
    ("The North Shore Federation of the Dorrow Unions met on Sunday.",
     {"North Shore Federation of the Dorrow Unions": "organization", "North Shore": None}),
])
def test_a_compass_part_before_of_the_is_a_place_of_its_own(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, town", [
    # "a group of …" after the comma is the sentence's subject, no apposition of the town
    ("After the vote in Leeds, a group of nurses called a strike.", "Leeds"),
    # "every driver in …" after the comma is the list's next member, no person's role
    ("“Every driver in Bradford, every driver in Dayton knows the risk,” said Ana Kelvo.", "Bradford"),
])
def test_a_town_after_in_before_a_comma_stays_a_place(registry, sentence, town):
    got = _labels(registry, sentence)
    check_names(got, {town: Not("organization")})
    check_names(got, {town: Not("person")})
    assert town in got, got


def test_a_name_after_in_that_is_no_gazetteer_place_is_left_to_the_appositions(registry):
    got = _labels(registry, "The money was put in Dorvaxa, a group of funds run from Kelvo.")
    check_names(got, {"Dorvaxa": "organization"})


@pytest.mark.parametrize("sentence, want", [
    # a building named for a person, by its apposition
    ("The pickets took over Ana Dorrow Hall, a student residence, on Monday.",
     {"Ana Dorrow Hall": "place"}),
    # a person's role at a building is no building's apposition
    ("Tomas Kelvane, a worker at the library, spoke first.", {"Tomas Kelvane": "person"}),
    ("Ruth Velmar, the library director, said no.", {"Ruth Velmar": "person"}),
])
def test_a_building_named_by_its_apposition_is_a_place(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


def test_a_name_known_by_the_noun_after_it_takes_the_nouns_kind(registry):
    got = _labels(registry, "Cleaners at Dorrowtech, as the university is called by everyone, struck "
                  "on Monday. Security guards at Dorrowtech joined them.")
    check_names(got, {"Dorrowtech": "organization"})


@pytest.mark.parametrize("paragraphs, want", [
    # the school's name without its head, said after "at"
    (("Ana Kelvo, a sophomore at Dorrow Varga College, spoke.",
      "“We are not done,” said Tomas Ilmen, a senior at Dorrow Varga."),
     {"Dorrow Varga": "organization", "Dorrow Varga College": "organization"}),
    # … and without the town that opens it, the full name after the short one
    (("Parents rallied at Eastmoor High on Friday.",
      "Ana Kelvo teaches at Toledo Eastmoor High School."),
     {"Eastmoor High": "organization", "Toledo Eastmoor High School": "organization"}),
])
def test_a_schools_short_name_is_the_school(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)


def test_a_schools_one_word_short_name_is_left_to_the_other_rules(registry):
    # one word alone is a town's or a founder's name as often as the school's
    got = _labels(registry, "Ana Kelvo studied at Varnoth College.",
                  "She grew up near Varnoth, in the hills.")
    check_names(got, {"Varnoth College": "organization", "Varnoth": Not("organization")})


@pytest.mark.parametrize("sentence, church", [
    ("The strikers met at Holy Redeemer Catholic Church after the shift.", "Holy Redeemer Catholic Church"),
    ("Families gathered at Sacred Heart Catholic Church in the evening.", "Sacred Heart Catholic Church"),
])
def test_a_church_opened_by_a_devotion_is_a_place(registry, sentence, church):
    check_names(_labels(registry, sentence), {church: "place"})


def test_a_gathering_named_with_its_ordinal_and_plurals_after_and_is_one_event(registry):
    got = _labels(registry, "Delegates went to the 9th Kelvo Festival of Culture and Sports in Lisbon.")
    check_names(got, {"9th Kelvo Festival of Culture and Sports": "event",
                      "Kelvo Festival of Culture": None, "Sports": None})


def test_a_name_written_with_a_plus_takes_in_the_registry_place_before_it(registry):
    got = _labels(registry, "Nurses at Boston Care + Housing picketed the emergency room.")
    check_names(got, {"Boston Care + Housing": "organization", "Boston": None, "Care + Housing": None})


@pytest.mark.parametrize("sentence, surface, key", [
    ("Ana Kelvo, a retired Canadian National conductor, spoke.", "Canadian National",
     "organization/canadian-national"),
    ("The ship was chartered by Maersk last year.", "Maersk", "organization/maersk"),
    ("The mayor answered on Twitter the next morning.", "Twitter", "organization/twitter"),
    ("The strikers posted the video on Facebook.", "Facebook", "organization/facebook"),
])
def test_registry_firms_of_rail_shipping_and_social_media(registry, sentence, surface, key):
    check_names(_labels(registry, sentence), {surface: key})


def test_a_club_named_for_its_members_party_is_a_body(registry):
    got = _labels(registry, "The forum was sponsored by the Dorrow State Young Republicans last spring.")
    check_names(got, {"Dorrow State Young Republicans": "organization"})


def test_a_council_glued_by_a_hyphen_to_its_registry_union_is_one_name(registry):
    got = _labels(registry,
                  "Tutors in the Kelvo Campus Council-American Federation of Teachers voted on Tuesday.")
    check_names(got, {"Kelvo Campus Council-American Federation of Teachers": "organization",
                      "American Federation of Teachers": None})


@pytest.mark.parametrize("sentence, want", [
    ("Lecturers at the University of Oregon, Portland, campus walked out.",
     {"University of Oregon, Portland": "organization", "University of Oregon": None}),
    # a list of towns after the comma: no campus
    ("Delegates came from the University of Oregon, Portland and Salem.",
     {"University of Oregon, Portland": None}),
])
def test_a_university_systems_campus_named_by_its_town_after_a_comma(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
