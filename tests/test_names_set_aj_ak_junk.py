"""Junk left on sets AJ and AK (issue 10, branch ent59): a talk's date and place before "by"
and a speaker are when and where it was given, not a work's title. Every sentence is made up
for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a month and a day open a time-and-place run, not a title ------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Here are notes from a talk given June 3 at a Socialist Workers Forum in Tallow by Maria "
     "Velmont, a welder.",
     {"June 3 at a Socialist Workers Forum in Tallow": None, "Socialist Workers Forum": "event",
      "Tallow": "place", "Maria Velmont": "person"}),
    ("He gave a speech on March 12 at a Dorvik Labor Forum in Tallow by Maria Velmont.",
     {"March 12 at a Dorvik Labor Forum in Tallow": None, "Tallow": "place"}),
])
def test_a_date_and_place_before_by_is_no_title(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a real title before "by" stays one -------------------------------------------------------------------
def test_a_title_before_by_and_an_author_stays_a_work(registry):
    got = _labels(registry, "She praised Harvest of the Mills by Maria Velmont, published by Pathfinder.")
    check_names(got, {"Harvest of the Mills": "work", "Maria Velmont": "person"})


# -- fields joined by "and" before a lower-case "union": one body with its head ------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Members of the Dorvik and Tallow Services union called a strike.",
     {"Dorvik and Tallow Services union": "organization", "Dorvik and Tallow Services": None}),
    # no "and": the run keeps its own end (the golds disagree on a lower-case head there)
    ("Members of the Kelvin Transport Workers union walked out.",
     {"Kelvin Transport Workers": "organization", "Kelvin Transport Workers union": None}),
])
def test_fields_joined_by_and_take_a_lower_case_union_head(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a city's "Métro", spelt the French way, is its transit body ---------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Dock workers and Paris Métro drivers joined the walkout on Monday.",
     {"Paris Métro": "organization", "Métro": None}),
    ("Dock workers and Marseille Métro drivers joined the walkout.",
     {"Marseille Métro": "organization"}),
])
def test_a_city_metro_in_french_spelling_is_a_body(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a plural's possessive before a holiday's "Day": one event -----------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("On Miners’ Day, thousands marched in Tallow.", {"Miners’ Day": "event", "Miners": None}),
    ("Kelvo's dockers keep Heroes' Day each spring.", {"Heroes' Day": "event", "Heroes": None}),
])
def test_a_plural_possessive_before_day_is_one_holiday(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
