"""Name boundaries and types of set L's kinds (issue 10; branch ent19): "and" inside a union's
name, two people or an author and a book after "by", a possessive inside a book's title,
Spanish firms and family names, a year or an infinitive inside a name, events named for a
season. Every sentence is made up for these tests in the shapes of the paper's pages (reports
on unions abroad, book notices, reports from Venezuela, anniversaries); no name of a held-out
set is used."""

from __future__ import annotations

import pytest

from kg.nlp.entities.registry import Registry
from tests.test_entities_names import found


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def surfaces(registry, sentence: str) -> dict[str, str]:
    return dict(found(registry, sentence))


# -- "and" inside a union's or an association's name ------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    # an industry's product head ("Petroleum") in the "of" part is what the union organises
    ("Members of the National Union of Petroleum and Kelvian Gas Workers struck Monday.",
     "National Union of Petroleum and Kelvian Gas Workers"),
    ("The National Union of Steel and Metal Products Workers called a rally.",
     "National Union of Steel and Metal Products Workers"),
    # a union's head before its "of" part, an industry pair before it
    ("The Cement and Building Materials Senior Staff Association of Kelvia joined them.",
     "Cement and Building Materials Senior Staff Association of Kelvia"),
    ("He joined the Textile, Garment and Tailoring Workers Union of Dorrovia last year.",
     "Textile, Garment and Tailoring Workers Union of Dorrovia"),
])
def test_and_inside_a_unions_name_between_two_capitalised_runs(registry, sentence, name):
    got = surfaces(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert len(got) == 1, got  # no piece of it stands alone


def test_a_body_of_a_place_and_a_union_of_another_stay_two(registry):
    got = surfaces(registry, "They met the Bank of Kelvia and Steel Workers Union of Dorrovia.")
    assert "Bank of Kelvia" in got and "Steel Workers Union of Dorrovia" in got, got


# -- people and books after "by" --------------------------------------------------------------
def test_two_people_after_by_are_no_works_title(registry):
    got = surfaces(registry, "Read Rota Kelvia: Doctors Abroad, edited by Mary-Jane Dorrow and "
                             "Martín Kelvane, published by Pathfinder.")
    assert got.get("Mary-Jane Dorrow") == "person/mary-jane-dorrow", got
    assert got.get("Martín Kelvane") == "person/martin-kelvane", got
    assert not any(" and " in s for s in got), got


def test_an_author_and_a_book_after_by_are_a_person_and_a_work(registry):
    got = surfaces(registry, "Workers bought Labor’s Long March by Art Dorrow and Brindle Rebellion "
                             "by Farrell Tessaro.")
    assert got.get("Labor’s Long March", "").startswith("work/"), got  # the possessive inside
    assert got.get("Art Dorrow") == "person/art-dorrow", got  # a common word as a given name
    assert got.get("Brindle Rebellion", "").startswith("work/"), got
    assert "Long March" not in got, got


def test_a_common_given_name_before_a_place_head_after_by_is_no_author(registry):
    got = surfaces(registry, "They marched to Kelvin Square by Grant Park and stopped.")
    assert not got.get("Grant Park", "").startswith("person/"), got
    assert not any(v.startswith("work/") for v in got.values()), got


@pytest.mark.parametrize("word,given", [
    ("Mary-Jane", True), ("Anne-Claire", True), ("Mary-Kelvane", False), ("Al-Dorrow", False),
])
def test_a_double_given_name_joined_by_a_hyphen(word, given):
    from kg.nlp.entities.gazetteer import gazetteer
    assert gazetteer().is_given_name(word) is given
