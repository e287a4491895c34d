"""Kinds of new names on set X's kinds (issue 10, branch ent40): a storm named "Storm" and a
given name is an event, a party named by common words before "government" is a body, a power
plant named for its place is the place, a Korean surname alone is the person named in full.
Every sentence is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest

from tests.nlp_support import Not, check_names, found, kinds_of


def _kinds(registry, *paragraphs) -> dict[str, str]:
    """Surface → kind of every mention found."""
    return kinds_of(found(registry, *paragraphs))


@pytest.mark.parametrize("paragraphs,want", [
    # a storm named by a European weather service: the storm's kind first, then a given name
    (("Storm Dorian flooded much of the plain in September.",),
     {"Storm Dorian": "event"}),
    (("Farmers say the aid after Storm Kelvina never came.", "Kelvina destroyed the crops."),
     {"Storm Kelvina": "event", "Kelvina": "event"}),
])
def test_a_storm_named_storm_is_an_event(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # two common words before "government": the party that governs, no ruler's surname
    (("The New Unity government of Prime Minister Kostas Dorrou cut the aid.",),
     {"New Unity": "organization", "Kostas Dorrou": "person"}),
    (("Farmers blocked the roads against the Popular Action government.",),
     {"Popular Action": "organization"}),
    # a surname before "government" stays the ruler
    (("Farmers blocked the roads against the Kelvo Dorrou government.",),
     {"Kelvo Dorrou": "person"}),
])
def test_a_party_of_common_words_before_government_is_a_body(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)
