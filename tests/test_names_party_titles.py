"""A party's member or an Irish head of government before a full name is a title, no part of
the name (issue 10: set Q's kind, read by category after its untuned measure): "Democrat Ana
Ruiz", "Republican Arlo Venn", "Taoiseach Dana Kelly". The party's own names stay whole. Every
sentence is made up for these tests; no name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import found


@pytest.mark.parametrize("sentence,name", [
    ("Democrat Dana Kelvo spoke first at the rally.", "Dana Kelvo"),
    ("The bill was backed by Republican Arlo Venn and others.", "Arlo Venn"),
    ("Taoiseach Aoife Kelvin met the nurses' union.", "Aoife Kelvin"),
])
def test_a_party_member_or_office_before_a_full_name_is_no_part_of_it(registry, sentence, name):
    got = dict(found(registry, sentence))
    assert got.get(name, "").startswith("person/"), got
    assert not any(k.split()[0] in ("Democrat", "Republican", "Taoiseach") for k in got), got


@pytest.mark.parametrize("sentence,name", [
    ("The Republican National Committee met in the city.", "Republican National Committee"),
    ("Delegates of the Republican Party voted.", "Republican Party"),
])
def test_the_partys_own_names_stay_whole(registry, sentence, name):
    got = dict(found(registry, sentence))
    assert name in got, got
