"""Types on sets AJ and AK (issue 10, read by kind after their first measure; branch ent57):
a retailer by a job held there, a firm's name without "Company", a body whose volunteers a
", who" follows, a consortium's firms, a meat firm's works, rail and air firms the paper names
again and again (registry rows), actors in a film's review, a port's trades, a labour centre
named "Central Obrera", a defence committee named for a person with a particle, London's
boroughs and Caribbean islands. Every sentence is made up for these tests; no text or name of
a held-out set is used (registry names stand only where the mechanism needs a known one)."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

from kg.nlp.entities.cues.gazetteer import curated_places


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- firms read as places or persons --------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Ana Dorrow quit her job at Kelvmart in March.",
     {"Kelvmart": "organization", "Ana Dorrow": "person"}),
    # a town the gazetteer knows keeps its kind
    ("She took a job at Omaha last spring.", {"Omaha": "city"}),
    ("The Kelvco meatworks in Hamilton cut the night shift.",
     {"Kelvco": "organization", "Hamilton": "place"}),
    ("The bridge is built by a consortium led by Dorrovalle Tallow.",
     {"Dorrovalle Tallow": "organization"}),
    ("Tutors came as volunteers with the Kelvin Dorrow Project, who teach adults to read.",
     {"Kelvin Dorrow Project": "organization"}),
])
def test_a_firm_or_body_by_its_frame(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


def test_a_person_before_who_stays_a_person(registry):
    check_names(_labels(registry, "The speaker was Kelvin Dorrow, who works nights."),
                {"Kelvin Dorrow": "person"})


def test_a_firms_name_without_company_is_the_firm(registry):
    got = _labels(registry, "Shares in Maria Cement Company fell. Maria Cement will close a kiln.")
    check_names(got, {"Maria Cement": "organization"})


def test_rail_and_air_firms_of_the_registry(registry):
    got = _labels(registry, "A grain train of Canadian Pacific Kansas City derailed. Cathay Pacific "
                            "cut routes; Cathay blamed fuel.")
    check_names(got, {"Canadian Pacific Kansas City": "organization/canadian-pacific-kansas-city",
                      "Cathay Pacific": "organization/cathay-pacific",
                      "Cathay": "organization/cathay-pacific"})


def test_cathay_alone_before_a_full_mention_names_nothing(registry):
    check_names(_labels(registry, "Cathay is an old name for a far country."), {"Cathay": None})


# -- persons --------------------------------------------------------------------------------------
def test_actors_in_a_films_review_are_persons(registry):
    got = _labels(registry, "The lead role, played by Lakeo Dorrowfield with wit, carries the film. "
                            "In the sequel Armo Tallowby plays a priest.")
    check_names(got, {"Lakeo Dorrowfield": "person", "Armo Tallowby": "person"})


def test_a_port_trade_in_apposition_makes_a_person(registry):
    got = _labels(registry, "The union’s delegate is Wiremu Te Kelvo, a stevedore since 2001. "
                            "Te Kelvo chairs the meetings.")
    check_names(got, {"Wiremu Te Kelvo": "person", "Te Kelvo": "person"})


# -- bodies ---------------------------------------------------------------------------------------
def test_a_labour_centre_named_central_obrera(registry):
    check_names(_labels(registry, "Delegates of the Central Obrera Kelvina elected a new board."),
                {"Central Obrera Kelvina": "organization"})


def test_a_defense_committee_named_for_a_person_with_a_particle(registry):
    got = _labels(registry, "Luis de la Dorrow thanked the Ana Maria de la Kelvo Defense Committee "
                            "for its leaflets.")
    check_names(got, {"Ana Maria de la Kelvo Defense Committee": "organization",
                      "Luis de la Dorrow": "person"})


# -- places ---------------------------------------------------------------------------------------
def test_boroughs_and_islands_are_places(registry):
    got = _labels(registry, "Rents in Tower Hamlets and Southwark rose; fishermen on Carriacou "
                            "sent a letter.")
    check_names(got, {"Tower Hamlets": "place", "Carriacou": "place", "Southwark": "place"})


def test_the_curated_file_holds_the_boroughs_and_islands():
    names = set(curated_places())
    assert {"Tower Hamlets", "Waltham Forest", "Carriacou", "Rarotonga"} <= names
    assert not {"Brent", "Sutton", "Harrow"} & names  # given names and words left out
