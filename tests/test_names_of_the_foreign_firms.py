"""Names cut in two: a body's or pact's head before "of the" and a capitalised run no head
types ("… Trade Area of the Kelvish Isles"), a works or firm named by a common noun of
another language before a place's name ("Fábrica Sonora", also before "plant"), and a mine named
by a name and a number ("the Kelvo No. 5 mine"). Ordinary lists stay apart. Every
sentence is made up for these tests."""

from __future__ import annotations

import pytest
from nlp_support import found


@pytest.mark.parametrize("sentence,name", [
    ("Talks on the Open Trade Area of the Kelvish Isles stalled.", "Open Trade Area of the Kelvish Isles"),
    ("The Darrow Pact of the Caribbean lapsed.", "Darrow Pact of the Caribbean"),
    ("Delegates of the Kelvin Council of the Andes met in Lima.", "Kelvin Council of the Andes"),
])
def test_a_body_or_pact_head_before_of_the_joins_the_run_after(registry, sentence, name):
    hits = found(registry, sentence)
    assert (name, "organization/" + name.lower().replace(" ", "-")) in hits
    assert not any(s in name and s != name for s, _k in hits)


def test_other_heads_before_of_stay_two_names(registry):
    hits = found(registry, "He lives in the Bay Area of California.")
    assert [s for s, _k in hits] == ["Bay Area", "California"]


@pytest.mark.parametrize("sentence", [
    "Trade between Mexico and the United States grew.",
    "Members of the Teamsters struck.",
])
def test_an_ordinary_list_or_membership_is_not_joined(registry, sentence):
    names = [s for s, _k in found(registry, sentence)]
    assert names in (["Mexico", "United States"], ["Teamsters"])


@pytest.mark.parametrize("sentence,name", [
    ("Fábrica Sonora pays its workers little.", "Fábrica Sonora"),
    ("Maquiladora Caribe pays its workers little.", "Maquiladora Caribe"),
    ("Ingenio Veracruz cut the cane cutters’ pay.", "Ingenio Veracruz"),
])
def test_a_foreign_firm_word_before_a_name_makes_one_organisation(registry, sentence, name):
    hits = found(registry, sentence)
    assert hits[0][0] == name and hits[0][1].startswith("organization/")
    assert not any(s in name and s != name for s, _k in hits)


@pytest.mark.parametrize("sentence,name", [
    ("Miners at the Kelvo No. 5 mine struck.", "Kelvo No. 5"),
    ("Miners at the Darrow 3 mine walked out.", "Darrow 3"),
    ("Two men died in the Varnet No. 12 pit last week.", "Varnet No. 12"),
])
def test_a_mine_named_by_a_name_and_a_number_is_one_place(registry, sentence, name):
    hits = found(registry, sentence)
    assert hits == [(name, "place/" + name.lower().replace(" ", "-").replace(".", ""))]


def test_a_number_without_a_mine_noun_stays_out_of_the_name(registry):
    assert [s for s, _k in found(registry, "In Kelvo 3 miners died.")] == ["Kelvo"]


def test_a_foreign_firm_word_and_a_city_before_plant_is_one_firm(registry):
    hits = found(registry, "Workers at the Maquiladora Tijuana plant struck.")
    assert hits == [("Maquiladora Tijuana", "organization/maquiladora-tijuana")]


def test_an_owner_and_the_city_of_its_plant_stay_two_names(registry):
    hits = found(registry, "Workers at the Kelvane Tijuana plant struck.")
    assert [s for s, _k in hits] == ["Kelvane", "Tijuana"]
