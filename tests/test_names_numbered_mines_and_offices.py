"""Names met on real pages of the paper that were typed wrong, in made-up sentences of the same
shapes: a mine's number is no periodical's issue (kg/data/nlp/entities.toml `periodical_after`,
kg.nlp.entities.cues.phrases `mine_after`); a city's elected officer's title before a name
(`titles`); a shipbuilding city the registry now knows."""

from __future__ import annotations

from nlp_support import found, found_kinds


def test_a_named_mine_with_its_number_is_the_sites_place_not_a_periodical(registry):
    got = found_kinds(registry, "We first sold at the entrance to the Kelvo Castle no. 3 coal "
                                "mine in Dorrowville, said Tessa Morvan.")
    assert ("Kelvo Castle", "place") in got
    assert not any(k == "periodical" for _s, k in got)


def test_an_issue_number_still_makes_a_periodical(registry):
    got = found_kinds(registry, "The article ran in Kelvo Labor Review no. 9 last spring.")
    assert ("Kelvo Labor Review", "periodical") in got


def test_a_city_officers_title_is_no_part_of_the_persons_name(registry):
    got = found_kinds(registry, "Among them were City Comptroller Ana Dellaroy and Public "
                                "Advocate Tom Brell, who spoke at the rally.")
    assert ("Ana Dellaroy", "person") in got
    assert ("Tom Brell", "person") in got


def test_the_shipbuilding_city_is_a_city(registry):
    got = found(registry, "Strikers at the Newport News shipyard in Virginia met Ana Ruiz.")
    assert ("Newport News", "city/newport-news") in got
