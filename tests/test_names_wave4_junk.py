"""Names the rules cut or glued on the fourth fresh wave's pages (branch junk47): a review's cast
and its studio, a state delegate's title, a case whose first party prints its legal form, a
person whose surname is a country's name, a state's safety agency, a board named by two things
it does, a union's two trades closed by their industry, a group named by its field after "in",
a law's title with an "of" part before "to", a list of trades before "union", a shipping line
and its country, a town whose name opens with a number word. Every sentence is made up for
these tests; no text or name of a held-out set is used (registry places and bodies stand only
where the mechanism needs the registry to know one)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found


@pytest.mark.parametrize("paragraphs, want", [
    # "Starring" opens the cast, no name; a generational suffix ends the last person before the
    # studio's sentence, which the running time closes
    (("Red Harvest. Directed by Lenn Kelvo. Starring Tomas Dorrow, Ana Bellamy and Rick Tallow "
      "Jr. Kelvin Pictures. 114 minutes.", "The film opens in a mill town in winter."),
     {"Tomas Dorrow": "person", "Ana Bellamy": "person", "Rick Tallow Jr.": "person",
      "Kelvin Pictures": "organization",
      "Starring Tomas Dorrow, Ana Bellamy and Rick Tallow Jr. Kelvin Pictures": None}),
    (("Red Harvest. Directed by Lenn Kelvo. Starring Tomas Dorrow and Ana Bellamy. Kelvin "
      "Pictures, 2003. 114 minutes.",),
     {"Tomas Dorrow": "person", "Ana Bellamy": "person", "Starring Tomas Dorrow": None}),
    # the cast line is no Title Case heading: a name whose given name no list holds stays
    (("Red Harvest, directed by Lenn Kelvo. Starring Tomas Dorrow, Ana Bellamy and Tesmira "
      "Kelvane. Tallow Films, 2000. 110 minutes.",),
     {"Tesmira Kelvane": "person", "Tallow Films": "organization"}),
    # before a head word the suffix stays inside: a street named for the person
    (("The march went down Tomas Kelvane Jr. Boulevard on Monday.",),
     {"Tomas Kelvane Jr. Boulevard": "place"}),
])
def test_review_cast(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a state delegate's title before the full name is no part of it
    (("Two votes short, Delegate Marta Kelvane told reporters the fight goes on.",),
     {"Marta Kelvane": "person", "Delegate Marta Kelvane": None}),
    # before a body's head the word opens the body's name
    (("The Kelvo Delegate Assembly met on Friday.",),
     {"Kelvo Delegate Assembly": "organization"}),
])
def test_delegate_title(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # the first party's legal form after its comma is inside the case
    (("Clerks lost when judges decided Kelvo Stores, Inc. v. Dorrow in March.",),
     {"Kelvo Stores, Inc. v. Dorrow": "event", "Inc. v. Dorrow": None, "Kelvo Stores": None}),
    # the last party's, as before
    (("Lawyers filed Ruiz v. Kelvo Stores, Inc., and waited.",),
     {"Ruiz v. Kelvo Stores, Inc.": "event"}),
    # a firm named alone keeps its name without the form
    (("Drivers sued Kelvo Stores, Inc. Dorrow won nothing.",), {"Kelvo Stores": "organization"}),
])
def test_case_first_party_form(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a given name opening the sentence, then a registry country: the person's surname
    (("Marta Ireland, who chairs the tenants' league, spoke first.",),
     {"Marta Ireland": "person", "Ireland": None}),
    # a word opening the sentence that is no given name leaves the country alone
    (("Northern workers and Ireland's unions met.", "Then Ireland voted."),
     {"Ireland": "country/ireland"}),
])
def test_given_name_before_country(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a state's own safety agency: one body, not the state and the federal agency
    (("Inspectors from Oregon OSHA came back twice in June.",),
     {"Oregon OSHA": "organization", "Oregon": None}),
])
def test_state_safety_agency(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a board named by the two things it does, with its "of" part: one body
    (("Strikers asked the State Mediation and Arbitration Board of Kelvo State for a vote.",),
     {"State Mediation and Arbitration Board of Kelvo State": "organization",
      "State Mediation": None}),
    # a union's "of" list whose last trade is closed by the industry they work in
    (("Members of the Union of Dock Hands and Crane Workers of the Kelvo Industry (SJKL) "
      "voted to strike.",),
     {"Union of Dock Hands and Crane Workers of the Kelvo Industry": "organization",
      "Union of Dock Hands": None}),
    # a last item whose "of the" part is a body of its own stays apart
    (("Delegates of the Union of Dock Hands and Kelvo Workers of the Tallow Union met.",),
     {"Union of Dock Hands": "organization"}),
])
def test_and_inside_body(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a group of people named by the field they work in, after "in"
    (("Apprentices signed up with Tallow Women in Welding last week.",),
     {"Tallow Women in Welding": "organization", "Tallow Women": None, "Welding": None}),
    (("Members of Kelvo Teachers in Action spoke.",),
     {"Kelvo Teachers in Action": "organization"}),
    # "in" a place or a month says where or when
    (("Members of Kelvo Teachers in Detroit spoke.",),
     {"Kelvo Teachers in Detroit": None, "Detroit": "city/detroit"}),
    (("Tallow Workers in March struck.",), {"Tallow Workers in March": None}),
])
def test_group_in_field(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a law's title with an "of" part before "to": one work
    (("Guards cited the Freedom of Passage to Kelvo Docks Act at the door.",),
     {"Freedom of Passage to Kelvo Docks Act": "work", "Kelvo Docks Act": None}),
    (("Guards cited the Right to Work Act at the door.",), {"Right to Work Act": "work"}),
    # no "the" before the title's opening: no law's name there
    (("Ana Dorrow of Tallow to Kelvo Act hearings went.",), {"Ana Dorrow": "person"}),
])
def test_law_of_part_before_to(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a list of trades with no union's head before the lower-case noun: the noun is the name's
    (("Old hands of the Dockers, Riggers and Pilots union marched too.",),
     {"Dockers, Riggers and Pilots union": "organization", "Dockers, Riggers and Pilots": None}),
    # a list closed by a union's head names the body itself
    (("Old hands of the Bakery, Confectionery and Tobacco Workers union marched too.",),
     {"Bakery, Confectionery and Tobacco Workers": "organization"}),
])
def test_list_before_union(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a shipping line "of" a registry country: the line, then where it sits
    (("Dockers refused cargo from Kelvo Ocean Lines of Chile all week.",),
     {"Kelvo Ocean Lines": "organization", "Chile": "country/chile",
      "Kelvo Ocean Lines of Chile": None}),
])
def test_shipping_line_of_country(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a number word opening a town's name the gazetteer knows, mid-sentence after "the"
    (("Pickets stood at the Two Rivers depot all night.",),
     {"Two Rivers": NAMED, "Rivers": None}),
    # a place head's plural
    (("He lives near the Two Creeks farm.",), {"Two Creeks": NAMED}),
    # a count opening a sentence stays cut
    (("Three Kelvo workers spoke.",), {"Three Kelvo": None}),
])
def test_number_word_opening_town(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
