"""Kinds of names on schools' and students' pages (branch ent141): a university's faculty and its
regents, a number word opening a sentence before a party's adjective, a student group in
apposition with a people's adjective. Every sentence is made up for these tests; no text or name
of a held-out set is used (registry places stand only where the mechanism needs the gazetteer to
know one)."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found


@pytest.mark.parametrize("paragraphs, want", [
    # a faculty named for its field: a body, and "and" joins its two fields into one name
    (("Dana Pike, who studies at the Faculty of Medieval and Modern Letters, spoke first.",),
     {"Faculty of Medieval and Modern Letters": "organization", "Faculty of Medieval": None,
      "Modern Letters": None}),
    (("Her brother teaches at the Faculty of Agronomy in Kelvo.",),
     {"Faculty of Agronomy": "organization"}),
    # a university's governing board, with or without "the" before the university
    (("Nurses picketed while the Regents of the University of Dorrow met to vote on fees.",),
     {"Regents of the University of Dorrow": "organization"}),
    (("A week later Regents of University of Dorrow voted to cut the budget.",),
     {"Regents of University of Dorrow": "organization"}),
    # a college's preparatory school after "at": a school, no locative place
    (("Jan Ruiz teaches biology at Kelvo Tech College Prep, where the walkout began.",),
     {"Kelvo Tech College Prep": "organization"}),
])
def test_university_bodies(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a number word opening a sentence, a party's or a people's adjective after it: no name
    (("Fourteen Republican lawmakers walked out of the chamber in protest.",),
     {"Fourteen Republican": None}),
    (("Seventeen Chilean dockers lost their jobs at the port last winter.",),
     {"Seventeen Chilean": None}),
    (("Ninety Liberal delegates voted against the motion.",), {"Ninety Liberal": None}),
    # the ordinal still opens a name
    (("The Nineteenth Amendment was ratified in 1920.",), {"Nineteenth Amendment": Not("person")}),
])
def test_number_words_open_no_name(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a student group in apposition, a people's adjective before the role modifying the noun
    (("Members of KOVRA, the Haitian student group, handed out leaflets at the gates.",),
     {"KOVRA": "organization"}),
    (("Volunteers from Dorrowa, a Somali tenant organization, cooked for the strikers.",),
     {"Dorrowa": "organization"}),
    # the role after the adjective, no body's noun: a person still
    (("Kenji Dorrow, a Haitian student, read the statement.",), {"Kenji Dorrow": "person"}),
    (("Kenji Dorrow, the Haitian student group's leader, read the statement.",),
     {"Kenji Dorrow": "person"}),
])
def test_student_group_apposed(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a plan adopted as policy: a work, its "for" part inside the name
    (("Under the county's Master Plan for Rural Schools, bus fares doubled in a decade.",),
     {"Master Plan for Rural Schools": "work", "Master Plan": None, "Rural Schools": None}),
    (("Farmers were promised aid under the Kelvo Recovery Plan two years ago.",),
     {"Kelvo Recovery Plan": "work"}),
])
def test_plans_are_works(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a state system named with its head last, a comma and a campus's town closed by a comma
    (("Nurses from Oregon State University, Long Beach, joined the picket on Friday.",),
     {"Oregon State University, Long Beach": "organization", "Long Beach": None}),
    # a campus glued to its system by an en dash, the town known to the gazetteer or not
    (("Graduate workers at the University of Kelvia–Madison voted to strike.",),
     {"University of Kelvia–Madison": "organization", "University of Kelvia": None, "Madison": None}),
    (("He has taught at the University of Kelvia–Dorrow since 2001.",),
     {"University of Kelvia–Dorrow": "organization", "Dorrow": None}),
    # a university whose head is last, then a town after a comma: the university and its town
    (("She studied at Kelvo University, Boston, before the war.",),
     {"Kelvo University": "organization", "Boston": "city/boston"}),
])
def test_campus_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # the dateline's town names a teachers' body too: the town alone stays the town
    (("KELLSWORTH, Wis. — Teachers here struck on Monday.",
      "Kellsworth Teachers Inc. said the strike would go on. Schools in Kellsworth stayed shut.",),
     {"Kellsworth": "place", "Kellsworth Teachers Inc.": "organization"}),
    # with no strong cue for the town, the word alone is the firm's short form, as before
    (("Kellsworth Tooling Inc. laid off 40 workers. The strike at Kellsworth went on.",),
     {"Kellsworth": "organization", "Kellsworth Tooling Inc.": "organization"}),
])
def test_dateline_town_beside_a_firm_named_for_it(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
