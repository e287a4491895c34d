"""Kinds of new names on set W's kinds, third pass (issue 10, branch ent38): a tribe or a
native nation is a body, a pipeline is a site. Every sentence is made up for these tests; no
text or name of a held-out set is used."""

from __future__ import annotations

import pytest

from tests.nlp_support import found, kinds_of


def _kinds(registry, *paragraphs) -> dict[str, str]:
    """Surface → kind of every mention found."""
    return kinds_of(found(registry, *paragraphs))


@pytest.mark.parametrize("sentence,name", [
    ("Members of the Kelvo Creek Tribe joined the march against the dam.", "Kelvo Creek Tribe"),
    ("The Dorrowak Tribe sued the company in federal court.", "Dorrowak Tribe"),
])
def test_a_tribe_is_a_body(registry, sentence, name):
    assert _kinds(registry, sentence).get(name) == "organization"


@pytest.mark.parametrize("sentence,name", [
    ("Protesters camped beside the route of the Kelvo Access Pipeline for months.",
     "Kelvo Access Pipeline"),
    ("Workers building the Dorrow Valley Pipeline walked out.", "Dorrow Valley Pipeline"),
])
def test_a_pipeline_is_a_site(registry, sentence, name):
    assert _kinds(registry, sentence).get(name) == "place"


def test_a_union_word_before_a_role_in_apposition_makes_no_body(registry):
    # "union" here qualifies the role "steward"; the apposition says a person
    got = _kinds(registry, "“We are next,” said Pedro Castillo Ortega, a meat cutter and union steward.")
    assert got.get("Pedro Castillo Ortega") == "person", got


def test_a_body_noun_heading_the_apposition_still_makes_a_body(registry):
    got = _kinds(registry, "Kelvo Foods, a meat company and union target, closed the plant.")
    assert got.get("Kelvo Foods") == "organization", got


@pytest.mark.parametrize("later", [
    "Workers said Kelvora management lied about the pay.",
    "Many strikers live in shacks next to Kelvora’s shafts.",
])
def test_an_owners_frame_elsewhere_makes_a_firm_of_a_name_only_at_typed(registry, later):
    got = _kinds(registry, f"The miners had been out since May at Kelvora. {later}")
    assert got.get("Kelvora") == "organization", got


@pytest.mark.parametrize("later", [
    "Kelvora’s mayor spoke to the crowd.",
    "The Kelvora mine was unsafe.",
])
def test_a_place_only_at_typed_with_no_owners_frame_stays_a_place(registry, later):
    got = _kinds(registry, f"An explosion at Kelvora killed five. {later}")
    assert got.get("Kelvora") == "place", got


@pytest.mark.parametrize("sentence,short,kind", [
    ("Kelvane American Platinum, known as Kelplats, has announced it will sell some shafts.",
     "Kelplats", "organization"),
    ("The town of Dorrowville, known as Dorro, is small.", "Dorro", "place"),
])
def test_a_name_known_as_a_short_name_gives_it_its_kind(registry, sentence, short, kind):
    assert _kinds(registry, sentence).get(short) == kind


def test_a_first_surname_that_is_also_a_town_alone_with_a_speech_verb_is_the_person(registry):
    got = _kinds(registry, "“I was young,” Ana Teresa Iglesias Fonseca told workers here. "
                           "Iglesias described how the family hid her.")
    assert got.get("Iglesias") == "person", got
