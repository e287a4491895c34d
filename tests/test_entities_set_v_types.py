"""Kinds of new names on set V's kinds (issue 10, branch ent35): a union's body named with an
event's head, a federal state before its government, a firm named by its metal, a firm named
for its region, a rich owner's apposition, a firm's short form beside its full name, a
feature's title before its noun, a product's model code. Every sentence is made up for these
tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest

from tests.nlp_support import found, kinds_of


def _kinds(registry, *paragraphs) -> dict[str, str]:
    """Surface → kind of every mention found."""
    return kinds_of(found(registry, *paragraphs))


def test_a_union_word_before_conference_makes_a_union(registry):
    got = _kinds(registry, "Crews in the Teamsters Kelvia Rail Conference (TKRC) voted. The TKRC said no.")
    assert got.get("Teamsters Kelvia Rail Conference") == "organization", got
    assert got.get("TKRC") == "organization", got


@pytest.mark.parametrize("sentence,name", [
    ("Members of the Kelvish Rail Conference met in Dorrow.", "Kelvish Rail Conference"),
    ("The Black Workers Conference met in Dorrow.", "Black Workers Conference"),
])
def test_a_conference_with_no_union_only_word_stays_an_event(registry, sentence, name):
    assert _kinds(registry, sentence).get(name) == "event"


def test_a_state_before_its_government_is_a_place(registry):
    got = _kinds(registry, "Ada Obi, a nurse paid by the Dorrovo State government, joined the picket.")
    assert got.get("Dorrovo State") == "place", got


def test_a_state_before_no_government_noun_is_not_made_a_place(registry):
    got = _kinds(registry, "Fans of the Kelvo State team cheered the players.")
    assert got.get("Kelvo State") != "place", got


def test_a_firm_named_by_its_metal_is_no_person(registry):
    got = _kinds(registry, "Strikers picketed the gates of Kelvin Aluminum’s rolling mill. "
                           "Kelvin hired scabs in March.")
    assert got.get("Kelvin Aluminum") == "organization", got


def test_a_common_word_before_a_region_is_a_firm_before_a_role_noun(registry):
    got = _kinds(registry, "Nurses voted on Monday. Shelter Western Cape, the clinic’s owner, "
                           "demands concessions.")
    assert got.get("Shelter Western Cape") == "organization", got


@pytest.mark.parametrize("sentence,name", [
    ("Mary Western Cape, the clinic’s owner, demands concessions.", "Mary Western Cape"),
    # a word English writes in lower case too ("mark"), then one town's name: a person's
    ("After the meeting, Mark Sudbury, a construction worker, said so.", "Mark Sudbury"),
])
def test_a_given_name_before_a_place_stays_a_person(registry, sentence, name):
    assert _kinds(registry, sentence).get(name) == "person"


@pytest.mark.parametrize("sentence,name", [
    ("The plant, bought by Femi Kelvo, the richest man in the region, reopened.", "Femi Kelvo"),
    ("The mill, owned by Dorrow Kelvin, a billionaire, closed in May.", "Dorrow Kelvin"),
])
def test_an_owner_called_a_rich_man_is_a_person(registry, sentence, name):
    assert _kinds(registry, sentence).get(name) == "person"


def test_a_firms_short_form_beside_its_full_name_is_the_firm(registry):
    got = _kinds(registry, "Wage cuts at Kelvott have angered cooks. Kelvott International, the "
                           "biggest hotel chain anywhere, posted record profits.")
    assert got.get("Kelvott") == "organization", got
    assert got.get("Kelvott International") == "organization", got


def test_a_name_after_at_alone_keeps_its_place(registry):
    assert _kinds(registry, "Workers struck at Kelvott.").get("Kelvott") == "place"


@pytest.mark.parametrize("sentence,title", [
    ("Send your reports to the On the Dock Front column by Friday.", "On the Dock Front"),
    ("Read the In the Kelvin Mills page each week.", "In the Kelvin Mills"),
])
def test_a_features_title_before_its_noun_is_a_work(registry, sentence, title):
    got = _kinds(registry, sentence)
    assert got.get(title) == "work", got
    assert title.split(" the ")[1] not in got, got


@pytest.mark.parametrize("sentence", [
    "The nurses got a single R40 respirator each month.",
    "R40 respirators ran short by April.",
])
def test_a_model_code_before_its_product_names_nothing(registry, sentence):
    assert not any(k.startswith("R40") for k in _kinds(registry, sentence))


def test_a_group_named_by_a_code_after_the_is_kept(registry):
    assert "G20" in _kinds(registry, "Leaders at the G20 summit met in Rome.")


def test_a_firms_local_company_named_with_its_town_is_one_name(registry):
    got = _kinds(registry, "Pickets closed Kelvomet Sudbury’s smelter gate. The union says "
                           "Kelvomet Sudbury, a nickel company, cut pay twice.")
    assert got.get("Kelvomet Sudbury") == "organization", got
    assert "Kelvomet" not in got, got


def test_a_firm_and_its_plants_town_stay_two_names_otherwise(registry):
    got = _kinds(registry, "Pickets closed Kelvomet Sudbury’s smelter gate.")
    assert got.get("Kelvomet") == "organization" and got.get("Sudbury") in ("city", "place"), got
