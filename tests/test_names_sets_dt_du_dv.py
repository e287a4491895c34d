"""Names cut or glued on the kinds of sets DT, DU and DV (Cuba; farmers and meatpacking; the
Black freedom struggle), read after their first measure (issue 10, branch passT44): a Spanish
body's cause after "por" or "para" with no head word before it; what a body is against, two
things joined by "and" with heads as modifiers ("… Against Police Violence and State Terror"); a
solicitor's title before a name; an inquiry's commission "on the" body it looks into (a known
body's numbered gathering, "the Fourth Plenum of the …", is tests/test_numberedgatherings.py); a
research body and its field after "in"; a law's title with "with the" after a gerund; an airport
named for a person; a person set off by a kin noun after another name's possessive ("…, Dorrin's
daughter,"); a body named for a known event ("the Gulf War Coalition").
Every sentence and name is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


@pytest.mark.parametrize("sentence, want", [
    # a Spanish body with no head of the list: "por la" and a capital are the name's cause
    ("He is a member of Madres Unidas por la Vivienda in Dorrow.",
     {"Madres Unidas por la Vivienda": "organization", "Vivienda": None, "Madres Unidas": None}),
    ("Obreros Libres para el Cambio marched in Kelvo on Monday.",
     {"Obreros Libres para el Cambio": "organization", "Cambio": None}),
    # an English "for" joins nothing so
    ("Dorrow Mills for Kelvo Schools gave money.", {"Dorrow Mills for Kelvo Schools": None}),
])
def test_spanish_cause_after_por_or_para(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)


@pytest.mark.parametrize("sentence, want", [
    # what a body is against, two things joined by "and", each with a head as its modifier
    ("A bus was hired by the Ana Talvo Committee Against Police Violence and State Terror.",
     {"Ana Talvo Committee Against Police Violence and State Terror": "organization",
      "State Terror": None, "Ana Talvo Committee Against Police Violence": None}),
    ("The Kelvo Coalition Against Police Violence and Mass Terror met on Monday.",
     {"Kelvo Coalition Against Police Violence and Mass Terror": "organization"}),
    # a body's own name after "and" stays another name
    ("The Kelvo Committee Against Police Violence and State Department officials met.",
     {"Kelvo Committee Against Police Violence": "organization"}),
    ("The Dorrow Coalition Against Police Terror and Kelvo Mills met on Monday.",
     {"Dorrow Coalition Against Police Terror": "organization"}),
])
def test_what_a_body_is_against_joined_by_and(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)


@pytest.mark.parametrize("sentence, want", [
    # a circuit's prosecutor, the government's advocate: titles, no part of the person's name
    ("Charges were filed by Fifth Circuit Solicitor Mara Kelby on Monday.",
     {"Mara Kelby": "person", "Fifth Circuit Solicitor Mara Kelby": None}),
    ("Solicitor General Tomas Lerrin argued for the state.",
     {"Tomas Lerrin": "person", "Solicitor General Tomas Lerrin": None}),
])
def test_a_solicitor_is_a_title(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)


@pytest.mark.parametrize("sentence, want", [
    # an inquiry's commission on another body: the body ends the clause, one name
    ("The Civilian Commission on the Dorrow Police Department, led by Ana Ruiz, wants him out.",
     {"Civilian Commission on the Dorrow Police Department": "organization",
      "Civilian Commission": None}),
    ("A Select Committee on the Kelvo Water Board (KWB) met twice.",
     {"Select Committee on the Kelvo Water Board": "organization"}),
    # a lower-case word after the second body: two names ("… on the … Party ticket")
    ("She ran for the Kelvin City Commission on the Dorrow Labor Party ticket.",
     {"Kelvin City Commission": "organization", "Dorrow Labor Party": "organization"}),
])
def test_an_inquiry_on_another_body(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)


@pytest.mark.parametrize("sentence, want", [
    # a research body and the field it studies after "in": one organisation
    ("They met at the Dorrow Center for Research in Kelvan History on Main Street.",
     {"Dorrow Center for Research in Kelvan History": "organization", "Kelvan History": None,
      "Dorrow Center for Research": None}),
    ("The Tallo Institute for Studies in Labor Law opened in 1960.",
     {"Tallo Institute for Studies in Labor Law": "organization"}),
    # a town after "in" is where the body is, no field: two names
    ("The Kelvo Institute for Studies in Dorrow opened.",
     {"Kelvo Institute for Studies in Dorrow": None}),
])
def test_a_research_body_and_its_field(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)


@pytest.mark.parametrize("sentence, want", [
    # a gerund, "with the" and a law's name: one law
    ("The Dealing with the Dorrow Foe Act still bars most trade.",
     {"Dealing with the Dorrow Foe Act": "work", "Dorrow Foe Act": None}),
    # no gerund before "with the": two names
    ("They sided the Kelvins with the Dorrow Act.", {"Dorrow Act": "work"}),
])
def test_a_laws_name_with_the_after_a_gerund(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)


def test_an_airport_named_for_a_person_is_a_place(registry):
    got = dict(found(registry, "Troops took control of the Ana Dorrio airport and turned back planes."))
    check_names(got, {"Ana Dorrio": "place"})


def test_a_name_after_its_kin_by_a_names_possessive_is_a_person(registry):
    got = dict(found(registry, "Many condemned the charges against Tavi Tarvane, Dorrin's daughter, "
                               "who was held in Dorrow."))
    check_names(got, {"Tavi Tarvane": "person"})
    # a firm stays a firm before a place's possessive and a role
    got = dict(found(registry, "Workers struck Kelvo Steel, Dorrow's biggest employer, on Monday."))
    check_names(got, {"Kelvo Steel": "organization"})


@pytest.mark.parametrize("sentence, want", [
    # a body named for an event the registry knows, its head right after the event's name
    ("The Gulf War Coalition held a vigil in Dorrow on Monday.",
     {"Gulf War Coalition": "organization", "Gulf War": None}),
    # the event alone stays the event
    ("Ana Kelvo served in the Gulf War in 1991.", {"Gulf War": "event"}),
])
def test_a_body_named_for_a_known_event(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)


def test_a_possessive_after_a_stop_opens_no_apposition(registry):
    # "Dorrow, Kelvia. Tavi's mother …": the city and its state, a new sentence after the stop
    got = dict(found(registry, "Buses came from Dorrow, Kelvia. Tavi's mother flew in."))
    assert not any(k.startswith("person/") for s, k in got.items() if "Dorrow" in s or "Kelvia" in s), got
