"""Names cut and typed on the kinds of set CL (Britain and Ireland), branch ent128: a town joined
to its river by "upon", a Gaelic surname with "Mac an" and a "t-" prefix, a place named with a
possessive before "Ferry" or "Ford", a royal commission on a matter whose head is a firm's
word, a council named for the areas it governs, a town's party branch, a nuclear site, a seat
before its MP, a route's end with its region, a driver's employer, a body remembering a
"Bloody" day, and registry rows of British and Irish politics. Every sentence is made up for
these tests; no text or name of a held-out set is used (the registry's bodies stand only where
the mechanism needs the registry to know one)."""

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
    # a place named with a possessive before a crossing's head: one place, no possessor alone
    ("The power station at Kelvin’s Ferry closed in March.", "Kelvin’s Ferry", ("Kelvin",)),
    ("Miners marched from Dorrow's Ford to the pit.", "Dorrow's Ford", ("Dorrow",)),
    # a council named for the areas it governs: one body, no area or last council alone
    ("Ana Kelvo of Kelvo City and Dorrow District Council spoke.",
     "Kelvo City and Dorrow District Council", ("Kelvo City", "Dorrow District Council")),
    ("Staff of Tallow, Kelvo and Dorrow Borough Council walked out.",
     "Tallow, Kelvo and Dorrow Borough Council", ("Tallow", "Dorrow Borough Council")),
])
def test_one_name_and_no_pieces(registry, sentence, name, parts):
    got = _labels(registry, sentence)
    assert name in got, got
    assert not set(parts) & set(got), got


@pytest.mark.parametrize("sentence, name, kind", [
    # the Gaelic article "an" after a patronymic particle, then a "t-" prefixed noun
    ("“We will not go back,” said Ruairi Mac an t-Kelvir, a firefighter.", "Ruairi Mac an t-Kelvir",
     "person"),
    ("Eimear Nic an Dorrain, a nurse, spoke next.", "Eimear Nic an Dorrain", "person"),
    # the place of a possessive's crossing
    ("The power station at Kelvin’s Ferry closed in March.", "Kelvin’s Ferry", "place"),
    # a council named for its areas
    ("Ana Kelvo of Kelvo City and Dorrow District Council spoke.",
     "Kelvo City and Dorrow District Council", "organization"),
    # a works named before "nuclear site" is its place
    ("Cleaners employed on the Dorrowfield nuclear site voted to strike.", "Dorrowfield", "place"),
    # a seat before its member of parliament's possessive
    ("Pickets cheered when Dorrowby’s Labour member of Parliament came by.", "Dorrowby", "place"),
    ("The bill was opposed by Kelvinton's MP and two councillors.", "Kelvinton", "place"),
    # a route's end, the other end with its region after it
    ("The strikes soon spread from Leeds in Yorkshire to Dorrowthorpe and beyond.", "Dorrowthorpe", "place"),
    # a driver's employer
    ("Ana Kelvo, who is a bus driver with Kelvolink, spoke for the pickets.", "Kelvolink", "organization"),
    # a body remembering a day of repression; an operation with a firm's head stays the event
    ("Ana Kelvo of the Bloody Kelvday Trust spoke.", "Bloody Kelvday Trust", "organization"),
    ("Operation Kelvin Steel began in March.", "Operation Kelvin Steel", "event"),
    # British bodies the paper names every year (registry rows)
    ("Ana Kelvo, a Plaid Cymru candidate, spoke in Cardiff.", "Plaid Cymru", "organization"),
    ("The bill went to the Senedd in March.", "Senedd", "organization"),
    ("The House of Lords passed the bill on Tuesday.", "House of Lords", "organization"),
    # the war in the north of Ireland, beside Ireland's words (a context-bound registry form)
    ("Her brother was shot in Belfast during the Troubles and nobody was tried.", "Troubles", "event"),
])
def test_names_of_britain_and_ireland_take_their_kinds(registry, sentence, name, kind):
    got = _labels(registry, sentence)
    assert _kind(got.get(name)) == kind, got


def test_upon_between_a_person_and_a_body_joins_nothing(registry):
    got = _labels(registry, "Tomas Kelvane called upon Dorrow Council to act.")
    assert "Tomas Kelvane" in got and "Dorrow Council" in got, got


def test_mac_before_an_english_an_stays_apart(registry):
    got = _labels(registry, "He bought a Mac an hour before the Kelvo Union met.")
    assert not any(" an " in s for s in got), got


@pytest.mark.parametrize("sentence, want", [
    # a commission on a matter whose head is a firm's word too ("Insurance")
    ("The Royal Commission on Kelvish Unemployment Insurance reported in June.",
     {"Royal Commission on Kelvish Unemployment Insurance": "organization",
      "Royal Commission": None, "Kelvish Unemployment Insurance": None}),
    # after "a" too: a body set up on a matter, not one meeting of a series on a topic
    ("The government has set up a Royal Commission on Kelvish Unemployment Insurance.",
     {"Royal Commission on Kelvish Unemployment Insurance": "organization",
      "Royal Commission": None, "Kelvish Unemployment Insurance": None}),
    # a council standing for a party's ticket stays two bodies, as before
    ("He ran for the Kelvin City Council on the Dorrow Labor Party ticket.",
     {"Kelvin City Council": "organization", "Dorrow Labor Party": "organization"}),
    # a person's or a party's possessive before "MP" is no seat
    ("Sources close to Tomas Kelvane's MP said the Kelvish Workers Party’s MP would vote no.",
     {"Tomas Kelvane": "person", "Kelvish Workers Party": "organization"}),
])
def test_bodies_and_people_around_the_new_rules_keep_their_kinds(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


def test_a_council_after_a_body_with_its_head_is_no_areas_council(registry):
    """An area's name holds no head but its level: "Kelvo Union" before "and" is a body of
    its own."""
    got = _labels(registry, "Members of Kelvo Union and Dorrow District Council met.")
    assert "Kelvo Union and Dorrow District Council" not in got, got


def test_a_town_opening_its_party_branch_stays_the_town_alone(registry):
    got = _labels(registry, "Ana Kelvo quit the Bradford Labour Party last year. Its leaders rigged "
                  "the Bradford ballot, she said.")
    assert _kind(got.get("Bradford Labour Party")) == "organization", got
    assert _kind(got.get("Bradford")) != "organization", got


def test_troubles_away_from_irelands_words_is_no_war(registry):
    got = _labels(registry, "Troubles at the Kelvo plant grew.")
    assert "Troubles" not in got, got
