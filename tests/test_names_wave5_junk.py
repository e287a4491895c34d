"""Names the rules cut or glued on the fifth fresh wave's pages (branch junk48): German names
joined by "und", a city's and a state-appointed manager's titles, a Scandinavian given name that
is a preposition too, a firm's "Co." before the next sentence, a treaty titled by what it does, a
party named a "Rally" before its leader, a body's one word after "the group", a work's title
after "wrote" and a capitalised article, an event named for how many rose, a union's local after
"and", the Philippines' adjective, a numbered mine or plant with "No." printed. Every sentence
is made up for these tests; no text or name of a held-out set is used (registry places and
people stand only where the mechanism needs the registry to know one)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found, run_entities


@pytest.mark.parametrize("paragraphs, want", [
    # a German firm and a German union, each two nouns joined by "und"
    (("Potash miners struck Dorrow und Kelvsalz AG in the spring.",
      "Their union, IG Kelvbau und Energie, paid strike pay.", "Later Dorrow und Kelvsalz gave in."),
     {"Dorrow und Kelvsalz AG": NAMED, "IG Kelvbau und Energie": "organization",
      "Dorrow und Kelvsalz": NAMED, "Kelvsalz AG": None, "Energie": None, "IG Kelvbau": None}),
])
def test_german_und(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a manager's title before a full name is no part of it
    (("The shutoffs began when the city was run by Emergency Manager Tomas Kelvane.",
      "City Manager Ana Dorrow would not comment."),
     {"Tomas Kelvane": "person", "Ana Dorrow": "person",
      "Emergency Manager Tomas Kelvane": None, "City Manager Ana Dorrow": None}),
    # before one word it opens a body's name
    (("Tenants wrote to the Emergency Manager Office twice.",),
     {"Emergency Manager Office": "organization"}),
])
def test_manager_titles(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a given name that is a preposition too, opening the sentence before a surname
    (("Per Kelvsson, who drives a mail van in Dorrowby, backed the blockade.",),
     {"Per Kelvsson": "person", "Kelvsson": None}),
    # before a common word it stays the preposition
    (("Per Local 7 rules, nobody crosses the line.",), {"Local 7": "organization"}),
])
def test_given_name_opener(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # "Co." ends the firm's name before the next sentence's "A"
    (("Retirees recalled the 1934 sit-in at the Kelvo Spark Plug Co. A committee of them spoke.",),
     {"Kelvo Spark Plug Co.": "organization", "Kelvo Spark Plug Co. A": None}),
    # a county after "Co." is no function word: one place as before
    (("She was born in Co. Antrim in 1950.",), {"Co. Antrim": "place"}),
])
def test_company_before_sentence(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a treaty titled by a gerund, an article and what it founds, a registry place closing it
    (("Voters turned down the Treaty Establishing a Charter for Europe by a wide margin.",),
     {"Treaty Establishing a Charter for Europe": "work", "Treaty Establishing": None}),
    (("The Convention Founding the Kelvish Coal Pool was signed in 1951.",),
     {"Convention Founding the Kelvish Coal Pool": "work"}),
])
def test_treaty_by_gerund(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a party named a "Rally", then "of" and its leader: the party, a body, and the person
    (("The Kelvish Rally of Marta Le Dorrow backs the bill.",),
     {"Kelvish Rally": "organization", "Marta Le Dorrow": "person",
      "Kelvish Rally of Marta Le Dorrow": None}),
    # the leader a registry person: the party still a body
    (("The Kelvish Rally of Jesse Jackson met.",),
     {"Kelvish Rally": "organization", "Jesse Jackson": "person/jesse-jackson"}),
])
def test_rally_and_leader(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # one common word after "the group", then "of" and a place: one body
    (("Evictions doubled, according to the group Unity of Kelvo County.",),
     {"Unity of Kelvo County": "organization", "Unity": None}),
    (("Members of the group Voice of Detroit said so.",),
     {"Voice of Detroit": "organization", "Detroit": None}),
    # a person's name after "of" stays two names
    (("Jonathan Dorrow of Kelvo Books spoke.",), {"Jonathan Dorrow": "person"}),
])
def test_body_word_after_group(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a verb of writing, a capitalised article and a small word inside: one work's title
    (("Tom Dorrow wrote The Long Strike in Kelvia as a pamphlet for miners.",),
     {"The Long Strike in Kelvia": "work", "Long Strike": None, "Kelvia": None}),
    # no small word inside: left to the other cues
    (("She wrote The Kelvo Times a letter.",), {"The Kelvo Times": None}),
])
def test_title_after_wrote(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # an event named for how many rose, the count closing the clause
    (("Seamstresses remembered the Revolt of the 30,000, which won a contract.",),
     {"Revolt of the 30,000": "event", "Revolt": None}),
    (("Veterans told of the Uprising of the Twenty Thousand.",),
     {"Uprising of the Twenty Thousand": "event"}),
    # a count before a noun is the clause's
    (("The Strike of 20,000 miners ended.",), {"Strike of 20": None}),
])
def test_event_named_for_a_count(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a union's local by its number after "and": the person before it is a name of its own
    (("The walkout was led by Clara Dorrow and Local 25 of the Kelvo Garment Workers’ Union.",),
     {"Clara Dorrow": "person", "Local 25 of the Kelvo Garment Workers’ Union": "organization",
      "Clara Dorrow and Local 25 of the Kelvo Garment Workers’ Union": None}),
])
def test_local_after_and(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_philippine_is_an_adjective(registry):
    d = run_entities(registry, "A nurse at Philippine General Hospital said the ward was full.",
                     "Philippine voters went to the polls in May.",
                     headline="Son of Philippine strongman wins vote")
    got = {m.span.of(d.text): m.entity for m in d.annotations.mentions}
    check_names(got, {"Philippine General Hospital": NAMED, "Philippine": None})


@pytest.mark.parametrize("paragraphs, want", [
    # "No." printed with a capital and a number after a name: a numbered plant or mine
    (("My uncle sat in at Kelvo Body No. 1 for six weeks.",), {"Kelvo Body No. 1": "place"}),
    (("Miners at Dorrow No. 9 walked out.",), {"Dorrow No. 9": "place"}),
    # a periodical's issue in lower case, as the paper cites one
    (("The article ran in Kelvo Labor Review no. 9 last spring.",),
     {"Kelvo Labor Review": "periodical"}),
    # a capitalised word after the number: a longer name's
    (("Pupils of Kelvo No. 2 Primary School marched.",), {"Kelvo No. 2": None}),
])
def test_printed_number(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_a_firm_sharing_a_countrys_stem_keeps_its_short_form(registry):
    # "Hondex" shares "Honduras"'s stem but is no group word: before a lower-case word in the
    # headline it is still the firm's short form
    d = run_entities(registry, "Workers at Hondex Auto Parts Co. walked out on Monday.",
                     headline="Strike at Hondex parts plant")
    got = [(m.span.of(d.text), m.entity) for m in d.annotations.mentions]
    assert ("Hondex", "organization/hondex-auto-parts-co") in got, got
