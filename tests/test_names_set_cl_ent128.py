"""Names cut and typed on the kinds of set CL (Britain and Ireland), branch ent128: a town joined
to its river by "upon", a Gaelic surname with "Mac an" and a "t-" prefix, a place named with a
possessive before "Ferry" or "Ford", a royal commission on a matter whose head is a firm's
word, a council named for the areas it governs, and three registry bodies of British politics.
Every sentence is made up for these tests; no text or name of a held-out set is used (the
registry's bodies stand only where the mechanism needs the registry to know one)."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


def _kind(key: str | None) -> str | None:
    return key.split("/", 1)[0] if key else None


@pytest.mark.parametrize("sentence, name, parts", [
    # a town and its river joined by "upon": one name, not the town and the river apart
    ("Dockers in Kelvo upon Dorrow struck on Monday.", "Kelvo upon Dorrow", ("Kelvo", "Dorrow")),
    ("Pickets from Tallowby upon Kelvin joined them.", "Tallowby upon Kelvin", ("Tallowby", "Kelvin")),
])
def test_a_town_upon_its_river_is_one_name(registry, sentence, name, parts):
    got = _labels(registry, sentence)
    assert name in got, got
    assert not set(parts) & set(got), got


def test_upon_between_a_person_and_a_day_joins_nothing(registry):
    got = _labels(registry, "Tomas Kelvane called upon Dorrow Council to act.")
    assert "Tomas Kelvane" in got and "Dorrow Council" in got, got


@pytest.mark.parametrize("sentence, name", [
    # the Gaelic article "an" after a patronymic particle, then a "t-" prefixed noun
    ("“We will not go back,” said Ruairi Mac an t-Kelvir, a firefighter.", "Ruairi Mac an t-Kelvir"),
    ("Eimear Nic an Dorrain, a nurse, spoke next.", "Eimear Nic an Dorrain"),
])
def test_a_gaelic_surname_with_an_is_one_persons(registry, sentence, name):
    got = _labels(registry, sentence)
    assert _kind(got.get(name)) == "person", got


def test_mac_before_an_english_an_stays_apart(registry):
    got = _labels(registry, "He bought a Mac an hour before the Kelvo Union met.")
    assert not any(" an " in s for s in got), got


@pytest.mark.parametrize("sentence, name, possessor", [
    ("The power station at Kelvin’s Ferry closed in March.", "Kelvin’s Ferry", "Kelvin"),
    ("Miners marched from Dorrow's Ford to the pit.", "Dorrow's Ford", "Dorrow"),
])
def test_a_place_named_with_a_possessive_before_ferry_is_one_place(registry, sentence, name, possessor):
    got = _labels(registry, sentence)
    assert _kind(got.get(name)) == "place", got
    assert possessor not in got, got


@pytest.mark.parametrize("sentence, want", [
    # a commission on a matter whose head is a firm's word too ("Insurance")
    ("The Royal Commission on Kelvish Unemployment Insurance reported in June.",
     {"Royal Commission on Kelvish Unemployment Insurance": "organization",
      "Royal Commission": None, "Kelvish Unemployment Insurance": None}),
    # a council standing for a party's ticket stays two bodies, as before
    ("He ran for the Kelvin City Council on the Dorrow Labor Party ticket.",
     {"Kelvin City Council": "organization", "Dorrow Labor Party": "organization"}),
])
def test_a_commission_on_a_matter_named_by_a_firms_word(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, council, pieces", [
    ("Ana Kelvo of Kelvo City and Dorrow District Council spoke.",
     "Kelvo City and Dorrow District Council", ("Kelvo City", "Dorrow District Council")),
    ("Staff of Tallow, Kelvo and Dorrow Borough Council walked out.",
     "Tallow, Kelvo and Dorrow Borough Council", ("Tallow", "Dorrow Borough Council")),
])
def test_a_council_named_for_its_areas_is_one_body(registry, sentence, council, pieces):
    got = _labels(registry, sentence)
    assert _kind(got.get(council)) == "organization", got
    assert not set(pieces) & set(got), got


def test_a_council_after_a_lone_head_is_no_areas_council(registry):
    """An area's name holds no head but its level: "Kelvo Union" before "and" is a body of
    its own."""
    got = _labels(registry, "Members of Kelvo Union and Dorrow District Council met.")
    assert "Kelvo Union and Dorrow District Council" not in got, got


@pytest.mark.parametrize("sentence, name", [
    ("Ana Kelvo, a Plaid Cymru candidate, spoke in Cardiff.", "Plaid Cymru"),
    ("The bill went to the Senedd in March.", "Senedd"),
    ("The House of Lords passed the bill on Tuesday.", "House of Lords"),
])
def test_british_bodies_the_paper_names_every_year_are_in_the_registry(registry, sentence, name):
    got = _labels(registry, sentence)
    assert _kind(got.get(name)) == "organization", got


def test_a_town_opening_its_party_branch_stays_the_town_alone(registry):
    got = _labels(registry, "Ana Kelvo quit the Bradford Labour Party last year. Its leaders rigged "
                  "the Bradford ballot, she said.")
    assert _kind(got.get("Bradford Labour Party")) == "organization", got
    assert _kind(got.get("Bradford")) != "organization", got


def test_a_works_named_before_nuclear_site_is_the_place(registry):
    got = _labels(registry, "Cleaners employed on the Dorrowfield nuclear site voted to strike.")
    assert _kind(got.get("Dorrowfield")) == "place", got


@pytest.mark.parametrize("sentence, seat", [
    ("Pickets cheered when Dorrowby’s Labour member of Parliament came by.", "Dorrowby"),
    ("The bill was opposed by Kelvinton's MP and two councillors.", "Kelvinton"),
])
def test_a_seat_before_its_members_possessive_is_a_place(registry, sentence, seat):
    got = _labels(registry, sentence)
    assert _kind(got.get(seat)) == "place", got


def test_a_persons_or_a_partys_possessive_before_mp_is_no_seat(registry):
    got = _labels(registry, "Sources close to Tomas Kelvane's MP said the Kelvish Workers Party’s MP "
                  "would vote no.")
    check_names(got, {"Tomas Kelvane": "person", "Kelvish Workers Party": "organization"})


def test_a_routes_end_with_its_region_after_it_is_a_place(registry):
    got = _labels(registry, "The strikes soon spread from Leeds in Yorkshire to Dorrowthorpe and beyond.")
    assert _kind(got.get("Dorrowthorpe")) == "place", got


def test_a_drivers_employer_is_a_firm(registry):
    got = _labels(registry, "Ana Kelvo, who is a bus driver with Kelvolink, spoke for the pickets.")
    assert _kind(got.get("Kelvolink")) == "organization", got


@pytest.mark.parametrize("sentence, name, kind", [
    # a body remembering a day of repression
    ("Ana Kelvo of the Bloody Kelvday Trust spoke.", "Bloody Kelvday Trust", "organization"),
    # an operation with a firm's head word stays the event
    ("Operation Kelvin Steel began in March.", "Operation Kelvin Steel", "event"),
])
def test_a_body_named_for_a_bloody_day_is_a_body(registry, sentence, name, kind):
    got = _labels(registry, sentence)
    assert _kind(got.get(name)) == kind, got


def test_the_troubles_is_the_war_only_beside_irelands_words(registry):
    got = _labels(registry, "Her brother was shot in Belfast during the Troubles and nobody was tried.")
    assert got.get("Troubles") == "event/the-troubles", got
    got = _labels(registry, "Troubles at the Kelvo plant grew.")
    assert "Troubles" not in got, got
