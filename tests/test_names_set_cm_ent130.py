"""A Native nation named for the peoples it joined, listed before its head ("the Kelvo, Dorrow
and Tallowa Nation"), read as one organisation (kg.nlp.entities.spans.nationlists; set CM's junk
at its second measure, branch ent130), and what the rule leaves alone. Every sentence is made up
for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


@pytest.mark.parametrize("sentence, name, parts", [
    # three peoples before "Nation": one body, no people or last nation alone
    ("Ana Ruiz, a member of the Kelvo, Dorrow and Tallowa Nation who drove trucks, spoke.",
     "Kelvo, Dorrow and Tallowa Nation", ("Kelvo", "Dorrow", "Tallowa Nation")),
    # four peoples before a plural head
    ("Elders of the Kelvo, Dorrow, Tallowa and Kelvinak Nations met in June.",
     "Kelvo, Dorrow, Tallowa and Kelvinak Nations", ("Kelvo", "Dorrow", "Kelvinak Nations")),
    # a people of two words in the list
    ("She works for the Kelvo, Upper Dorrow and Tallowa Nation in the north.",
     "Kelvo, Upper Dorrow and Tallowa Nation", ("Kelvo", "Upper Dorrow", "Tallowa Nation")),
])
def test_peoples_and_nation_one_body(registry, sentence, name, parts):
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert not set(parts) & set(got), got


@pytest.mark.parametrize("sentence, whole", [
    # two peoples with "and" alone: a people may stand beside a nation there
    ("Ana Ruiz of the Kelvo and Tallowa Nation spoke.", "Kelvo and Tallowa Nation"),
    # no "the" before the list: places listed, a nation last
    ("Delegates came from Kelvo, Dorrow and Tallowa Nation.", "Kelvo, Dorrow and Tallowa Nation"),
    # a list whose last gap is not " and "
    ("Ana Ruiz met the Kelvo, Dorrow, Tallowa Nation on Friday.", "Kelvo, Dorrow, Tallowa Nation"),
])
def test_no_nation_of_peoples(registry, sentence, whole):
    assert whole not in _labels(registry, sentence)


def test_area_councils_still_one_body(registry):
    """The walk shared with kg.nlp.entities.spans.areacouncils still names a council by its areas."""
    got = _labels(registry, "Staff of Tallow, Kelvo and Dorrow Borough Council walked out.")
    assert got.get("Tallow, Kelvo and Dorrow Borough Council", "").startswith("organization/"), got


@pytest.mark.parametrize("sentence, name, part", [
    # one plural and one abstract noun joined by "of": one name, the noun no town of its own
    ("Crews signed up for Barges of Promise, the firm's program that hires boats.",
     "Barges of Promise", "Promise"),
    ("Dockers met to discuss the repair scheme, known as Lanterns of Renewal.",
     "Lanterns of Renewal", "Renewal"),
])
def test_plural_of_an_abstract_noun_one_name(registry, sentence, name, part):
    got = _labels(registry, sentence)
    assert name in got and part not in got, got


@pytest.mark.parametrize("sentence, whole", [
    # a made-up place after "of": no English word, the plural alone no body's name
    ("Ana Ruiz met Lanterns of Kelvo on Monday.", "Lanterns of Kelvo"),
    # a sentence's first word is capitalised whatever it is
    ("Lanterns of Hope hung over the picket line.", "Lanterns of Hope"),
])
def test_no_plural_of_a_name(registry, sentence, whole):
    assert whole not in _labels(registry, sentence)
