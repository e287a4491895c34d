"""Names that were cut at a word or a mark inside them (issue 10, "no junk on untuned pages"):
a work's title with its own "!" or "?" or a second part in apposition ("Imperialism, the
Highest Stage of …"-like), a state's or country's federation ("the Iowa AFL-CIO"), a firm
named by a state, its product and its mills ("Oregon Steel Mills"-like), a port's part named
by a spelled number ("Pier Two") and a body "Royal" opens. Every sentence is made up for
these tests; ordinary appositions, places and lists stay as they were."""

from __future__ import annotations

import pytest
from nlp_support import found, kinds_of


# -- a title's own "!" or "?" ---------------------------------------------------------------
@pytest.mark.parametrize("sentence,title", [
    ("Supporters sold the pamphlet Kelvia: Freedom Now! at the rally.", "Kelvia: Freedom Now!"),
    ("The pamphlet Kelvia: Freedom Now! sold well.", "Kelvia: Freedom Now!"),
    ("The pamphlet “Kelvia: Freedom Now!” sold well.", "Kelvia: Freedom Now!"),
    ("She read the pamphlet “Who Pays for the Crisis?” last week.", "Who Pays for the Crisis?"),
    ("Volunteers sold The Dorrow Strike Now!, published by Pathfinder, at the gate.",
     "The Dorrow Strike Now!"),
])
def test_a_titles_own_mark_is_part_of_it(registry, sentence, title):
    hits = kinds_of(found(registry, sentence))
    assert hits.get(title) == "book"
    assert title.rstrip("!?") not in hits


def test_the_sentences_full_stop_stays_outside_a_quoted_title(registry):
    hits = kinds_of(found(registry, "He wrote the pamphlet “Kelvia Rising.” It sold well."))
    assert hits.get("Kelvia Rising") == "book"


# -- a title's second part in apposition -------------------------------------------------------
@pytest.mark.parametrize("sentence,title,kind", [
    ("He recommended the book Conquest, the Final Phase of Empire, to young workers.",
     "Conquest, the Final Phase of Empire", "book"),
    ("She read Lenin’s Conquest, the Final Phase of Empire, last year.",
     "Conquest, the Final Phase of Empire", "work"),
    ("Inmates read Conquest, the Final Phase of Empire, in the prison library.",
     "Conquest, the Final Phase of Empire", "work"),
])
def test_a_title_with_a_second_part_in_apposition_is_one_work(registry, sentence, title, kind):
    hits = kinds_of(found(registry, sentence))
    assert hits.get(title) == kind
    assert "Final Phase" not in hits


@pytest.mark.parametrize("sentence,names", [
    ("We met Jane Doe, the President of Local 7, at the rally.", {"Jane Doe", "Local 7"}),
    ("He spoke with Omar Ruiz, the Secretary General of the Union, on Monday.", {"Omar Ruiz"}),
    ("They marched through Kelvinburg, the Heart of the Delta, on Sunday.", {"Kelvinburg", "Delta"}),
])
def test_a_persons_office_or_a_places_apposition_is_no_title(registry, sentence, names):
    assert set(kinds_of(found(registry, sentence))) == names


# -- a state's or country's federation ---------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("The Colorado AFL-CIO backed the strike.", "Colorado AFL-CIO"),
    ("Leaders of the Minnesota Federation of Labor spoke.", "Minnesota Federation of Labor"),
    ("The Ghana Trades Union Congress called a general strike.", "Ghana Trades Union Congress"),
    ("The Nigeria Labour Congress called a general strike.", "Nigeria Labour Congress"),
])
def test_a_place_before_a_federation_is_one_body(registry, sentence, name):
    hits = found(registry, sentence)
    assert hits == [(name, "organization/" + name.lower().replace(" ", "-"))]


def test_the_place_and_the_federation_apart_stay_two(registry):
    hits = found(registry, "Workers in Iowa and the AFL-CIO marched.")
    assert hits == [("Iowa", "place/iowa"), ("AFL-CIO", "organization/afl-cio")]


# -- a firm named by a state, its product and its mills ----------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Workers at Oregon Steel Mills struck.", "Oregon Steel Mills"),
    ("Oregon Steel Mills bought the mill.", "Oregon Steel Mills"),
    ("Workers at Kelvin Steel Mills struck.", "Kelvin Steel Mills"),  # not a person by "Kelvin"
    ("Weavers at the Dorrow Textile Mills walked out.", "Dorrow Textile Mills"),
])
def test_a_product_and_mills_name_a_firm(registry, sentence, name):
    hits = kinds_of(found(registry, sentence))
    assert hits.get(name) == "organization"
    assert "Steel Mills" not in hits and "Oregon" not in hits


def test_a_town_named_mills_stays_a_place(registry):
    assert kinds_of(found(registry, "He moved to Owings Mills last year.")) == {"Owings Mills": "city"}


# -- a port's part named by a spelled number; a body "Royal" opens ------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Dockers at Pier Two walked out.", "Pier Two"),
    ("Dockers at Berth Four walked out.", "Berth Four"),
])
def test_a_spelled_number_after_a_ports_part_is_a_place(registry, sentence, name):
    assert kinds_of(found(registry, sentence)) == {name: "place"}


@pytest.mark.parametrize("sentence,name,kind", [
    ("Postal workers at Royal Kelvin in Leeds struck.", "Royal Kelvin", "organization"),
    ("Royal Kelvin workers struck.", "Royal Kelvin", "organization"),
    ("He moved to Royal Oak last year.", "Royal Oak", "city"),  # a town the gazetteer knows
    ("Concerts at the Royal Albert Hall sold out.", "Royal Albert Hall", "place"),  # a place head
])
def test_royal_opens_a_bodys_name_unless_a_place_says_otherwise(registry, sentence, name, kind):
    assert kinds_of(found(registry, sentence)).get(name) == kind
