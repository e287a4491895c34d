"""Two capitalised words joined by "and" before a plural noun of bodies ("in the Democratic and
Republican parties") name which bodies the noun means: the locative word before them is the
noun's, and the first word is no place (kg.nlp.entities.kinds.contextrules `locative`, the
nouns in kg/data/nlp/kinds.toml `[plural_bodies]`). Names here are made up but for the two
US parties' adjectives."""

from __future__ import annotations

from nlp_support import found_kinds


def test_the_first_of_two_party_words_before_parties_is_no_place(registry):
    got = found_kinds(registry, "The socialists are running against the bosses' candidates in "
                                "the Democratic and Republican parties, Dora Lenz said.")
    assert not any(k == "place" for _s, k in got)
    assert ("Dora Lenz", "person") in got


def test_the_same_shape_before_other_body_nouns_types_no_place(registry):
    got = found_kinds(registry, "Members in the Kelvo and Dorrow unions voted on Monday.")
    assert ("Kelvo", "place") not in got


def test_a_place_after_in_keeps_its_kind_before_a_noun_of_no_body(registry):
    """"in Tallow and Dorrow counties": the noun names places, so the locative still types."""
    got = found_kinds(registry, "Farmers in Tallowby and Dorrow counties lost their crops.")
    assert ("Tallowby", "place") in got
