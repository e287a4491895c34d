"""Titles of works without a work noun before them (issue 10 §3, "no junk"): a review's header
("Title: Subtitle, by Authors. City: Publisher, year"), lists after "titles such as", parts
joined by a slash, and registry names inside a title, which are part of it. Every sentence and
title is made up for these tests."""

from __future__ import annotations

import pytest
from nlp_support import found

from kg.iri import slug


def kinds(hits, prefix):
    return [s for s, k in hits if k.startswith(prefix)]


@pytest.mark.parametrize("header,title", [
    ("Harvest Towns Remember: The Story of Four Packers in the Cuban Revolution, by Rosa Delgado, "
     "Frank Ivers, and Lena Moss. Chicago: Lakeshore Press, 2011. 300 pages.",
     "Harvest Towns Remember: The Story of Four Packers in the Cuban Revolution"),
    ("Steel on the River, by J.R. Pelham (Lakeshore Press, 2009), tells of the mills.",
     "Steel on the River"),
])
def test_a_reviews_header_names_a_book(registry, header, title):
    hits = found(registry, header)
    assert kinds(hits, "book/") == [title]
    # no piece of the title, and no registry name inside it, is a name of its own
    assert [s for s, _k in hits if _k != f"book/{slug(title)}" and s in title] == []


def test_by_and_a_name_without_an_imprint_is_no_title(registry):
    hits = found(registry, "Members of the Dorrow Farmers Union, by Rosa Delgado’s count, marched. "
                           "The Tessaro Packers Union, by Ana Ruiz. Omaha voted.")
    assert kinds(hits, "book/") == []


def test_titles_listed_after_such_as(registry):
    hits = found(registry, "Pathfinder’s other titles on labor, such as Harvest of Steel/Acero y Cosecha "
                           "and Songs From the Picket Line, sold well.")
    assert kinds(hits, "book/") == ["Harvest of Steel/Acero y Cosecha", "Songs From the Picket Line"]
    hits = found(registry, "She showed films including “The Long Shift” and Dockers of the North Sea.")
    assert kinds(hits, "work/") == ["The Long Shift", "Dockers of the North Sea"]


def test_an_and_inside_a_listed_title_stays(registry):
    hits = found(registry, "We sold books like Bread and Roses Again, at the fair.")
    assert kinds(hits, "book/") == ["Bread and Roses Again"]


def test_one_word_after_such_as_is_no_title(registry):
    hits = found(registry, "She liked books such as Ivanhoe and magazines.")
    assert kinds(hits, "book/") == []


def test_registry_names_inside_a_title_are_part_of_it(registry):
    hits = found(registry, "The club read books such as Cuba and the Coming American Revolution and "
                           "the Pathfinder book Dynamics of the Cuban Revolution by Joseph Hansen.")
    assert kinds(hits, "book/") == ["Cuba and the Coming American Revolution",
                                    "Dynamics of the Cuban Revolution"]
    assert not any(k in ("country/cuba", "event/cuban-revolution") for _s, k in hits)
    # named outside a title, the same names are mentions
    hits = found(registry, "The Cuban Revolution changed Cuba.")
    assert [k for _s, k in hits] == ["event/cuban-revolution", "country/cuba"]


def test_a_title_after_a_verb_of_writing_and_in(registry):
    hits = found(registry, "Ortiz explains in Tom Paine, Common Sense, and the Road to Freedom why the "
                           "fight goes on.")
    assert hits == [("Tom Paine, Common Sense, and the Road to Freedom",
                     "work/tom-paine-common-sense-and-the-road-to-freedom")]


@pytest.mark.parametrize("sentence", [
    "He explained in Detroit, Chicago, and Toledo that the plant would close.",  # known places
    "She wrote in Ridgeback County that the mill closed.",  # a place's head word
    "He wrote in Dorrow that the mill closed.",  # one word
    "She explains in Common Sense and Freedom Road, a long essay.",  # no clause word closes it
])
def test_no_title_after_in_where_a_place_or_no_clause_follows(registry, sentence):
    assert kinds(found(registry, sentence), "work/") == []
