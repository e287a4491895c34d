"""Firms and bodies that only weak evidence made places (branch weak41): a body's initials in
capitals that spell a small town the gazetteer knows. Every sentence is made up for these tests;
no text or name of a held-out set is used (real towns stand only where the mechanism needs the
gazetteer to know one)."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


@pytest.mark.parametrize("sentence, want", [
    # initials in capitals inside a sentence: a body, not the town "Ulm" or "Ede"
    ("Dorra Kelvane, a welder at ULM for nine years, said the talks broke down.",
     {"ULM": "organization"}),
    ("The union signed a contract with EDE on Friday after a two-week walkout.",
     {"EDE": "organization"}),
    # opening its line with no dateline's comma or dash after it: the body, there and after
    ("EDE workers voted on Friday to end the lockout. The union signed a contract with EDE.",
     {"EDE": "organization"}),
])
def test_initials_that_spell_a_town_are_a_body(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a dateline's town in capitals opens its line: the town
    (("ULM, Germany — Metal workers struck on Monday at three plants.",),
     {"ULM": "city"}),
    # the same town in title case stays the town
    (("Metal workers in Ulm struck on Monday at three plants.",), {"Ulm": "city"}),
])
def test_a_town_in_capitals_opening_its_line_or_in_title_case_stays_a_town(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)


@pytest.mark.parametrize("sentence, want", [
    # a firm's own site's noun after a locative's name: the firm
    ("Day laborers lined up at the Kelvo Staffing office on Dorrow Avenue before dawn.",
     {"Kelvo Staffing": "organization"}),
    ("She took calls for a bank at the Dorrtel centre on Tallow Road for six years.",
     {"Dorrtel": "organization"}),
    ("He packs boxes at the Brellix fulfillment center outside the city.",
     {"Brellix": "organization"}),
    # a web domain's shape
    ("I work the night shift at Kelvomart.com, a warehouse the size of ten fields.",
     {"Kelvomart.com": "organization"}),
    # a group by its count after "the"
    ("Contracts at the Big Four expire in September, and the union wants a raise.",
     {"Big Four": "organization"}),
    # … a headline drops the article
    ("Strike spreads at Dorrow Three as talks stall", {"Dorrow Three": "organization"}),
    # a maker named by its trade in the plural
    ("A picket line went up at Dorrow-Kelvane Aerostructures on Monday.",
     {"Dorrow-Kelvane Aerostructures": "organization"}),
    # the seller after a verb of buying and "from" (kinds.toml `purchase_verbs`; set DO's pass)
    ("Kelvco bought the Tallow refinery from Dorrocal in 1997 and cut the crews.",
     {"Dorrocal": "organization"}),
])
def test_a_firms_frame_beats_the_bare_locative(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # another word before the site's noun: the locative's place, as before
    ("Soldiers fired on the crowd at the Dorvaskino television center that night.",
     {"Dorvaskino": "place"}),
    # a bare locative and nothing of a firm around the name: a place
    ("Miners from Tallowbrook and Kelvoside marched on Friday.", {"Tallowbrook": "place"}),
    # a place's word opening a counted name: the place
    ("The ferry docked at Pier Seven after the storm.", {"Pier Seven": "place"}),
    # a count of one is no group (kinds.toml `[weak_places] group_least_count`): the locative's
    ("The march ended at Dorrow One after dark.", {"Dorrow One": "place"}),
    # a verb of buying in a clause of its own before "and": the locative's place
    ("She bought bread in Kelvo and came back from Dorrowside by bus.", {"Dorrowside": "place"}),
])
def test_a_locative_with_no_firms_frame_still_says_a_place(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
