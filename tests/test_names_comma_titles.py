"""A title in Title Case with a comma inside, after a work noun or before a publication cue
(kg.nlp.entities.spans.commatitles): it runs on over its commas to where the paper's titles end
("by" and a name, "published", a bracket, the sentence's end after a list's "and"). It was cut
at its first comma: "Bread" a book of its own, "Land and Justice for Kelvo Workers" another.
Invented titles, people and towns."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found


def _got(registry, sentence: str) -> dict[str, str]:
    return dict(found(registry, sentence))


@pytest.mark.parametrize(("sentence", "title"), [
    ("She sold copies of the pamphlet Bread, Land and Justice for Kelvo Workers by Ana Dorrow at the "
     "plant gate.", "Bread, Land and Justice for Kelvo Workers"),
    ("The book Iron, Coal and the Kelvo Miners, published by Pathfinder, tells the story.",
     "Iron, Coal and the Kelvo Miners"),
    ("He read the pamphlet Strikers, Farmers and the Fight for Land.",
     "Strikers, Farmers and the Fight for Land"),
    ("The pamphlet Kelvo Dockers, Their Union and the Fight for Jobs by Tom Brannick sold well.",
     "Kelvo Dockers, Their Union and the Fight for Jobs"),
    ("She read the book Bread, Roses and the Mill Towns (Pathfinder, 2001) in jail.",
     "Bread, Roses and the Mill Towns"),
    ("Workers bought the pamphlet Bread, Land, and Jobs for All, published by Pathfinder Press.",
     "Bread, Land, and Jobs for All"),
    ("He cited the book Kelvania, Tallowland and the Fight for the Delta by Lena Marrow.",
     "Kelvania, Tallowland and the Fight for the Delta"),
    # no work noun: the publication cue closes it, mid-sentence
    ("Volunteers sold Kelvo Workers, Farmers and Students Unite, published by Pathfinder.",
     "Kelvo Workers, Farmers and Students Unite"),
])
def test_a_title_runs_on_over_its_commas_to_a_closing_cue(registry, sentence, title):
    got = _got(registry, sentence)
    assert got.get(title, "").split("/")[0] == "book", got
    first = title.split(",")[0]
    assert first not in got, got  # no book of its first part alone


@pytest.mark.parametrize(("sentence", "want"), [
    # what follows the comma is said of the title, or names its readers: the title stays cut
    ("She read the book Harvest Days, Tom Brannick said.",
     {"Harvest Days": "book", "Tom Brannick": "person"}),
    ("We gave out the book Harvest Days, Ana Ruiz and Tom Lee.",
     {"Harvest Days": "book", "Ana Ruiz": "person", "Tom Lee": "person"}),
    # a plural noun lists titles
    ("The books Teamster Dawn, Teamster Noon and Teamster Dusk sold well.", {"Teamster Dawn": "book"}),
    # the comma closes a title a comma opened
    ("In a later book, Kelvo Politics, the writer told the story.", {"Kelvo Politics": "book"}),
    # no list's "and" before the full stop: a place after the comma
    ("She praised the book Dorrow Days, Iowa.", {"Dorrow Days": "book", "Iowa": "place"}),
    # the places after "in" go on after the comma
    ("They showed the film Harvest Days in Kelvo, Tallow and Dorrow.",
     {"Harvest Days in Kelvo, Tallow and Dorrow": None}),
    # towns, no title
    ("The reports from Detroit, Chicago and Toledo, published by the union, were read.",
     {"Detroit, Chicago and Toledo": None, "Detroit": "city"}),
])
def test_a_title_stays_cut_where_no_title_runs_on(registry, sentence, want):
    got = _got(registry, sentence)
    check_names(got, want)
    assert not any("," in name and key.startswith(("book/", "work/")) for name, key in got.items()), got


def test_no_title_opens_at_the_last_of_the_authors_before_the_next_title(registry):
    """The last of a title's authors, then ", and" and the next title: no title opens after a
    list's "and" or with a person ("Mary-Ann Kelvane, and Tallow Women at Work" was one)."""
    got = _got(registry, "She read Looms, Shuttles, and the Kelvo Mills by Joseph Tallow, Ruth Dorrow, "
                         "and Mary-Ann Kelvane, and Tallow Women at Work by Ruth Dorrow.")
    check_names(got, {"Mary-Ann Kelvane": "person", "Tallow Women at Work": NAMED})
    assert not any(name.startswith("Mary-Ann Kelvane,") for name in got), got
