"""The junk left on sets AE and AG after their boundary and type passes (issue 10, branch
ent51): a public body named for two areas joined by "and". Every sentence is made up for these
tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a public body named by its service's initials and two areas -----------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a health board for a city's conurbation and a valley: one body, not two junk halves
    ("The porters work for NHS Greater Falkirk and Tay, the health board.",
     {"NHS Greater Falkirk and Tay": "organization", "NHS Greater Falkirk": None, "Tay": None}),
    ("Cleaners walked out at a hospital run by NHS Falkirk and Kelvside.",
     {"NHS Falkirk and Kelvside": "organization", "Kelvside": None}),
    # the part after "and" runs on into the sentence: no name's end, left as it was
    ("Cleaners at NHS Falkirk and Kelvside walked out.", {"NHS Falkirk and Kelvside": None}),
    # the initials alone, then "and" and another body: two names as before
    ("The NHS and Unison met on Monday.",
     {"NHS": "organization", "Unison": "organization", "NHS and Unison": None}),
    # initials that name no registry body open no such name
    ("Rain fell on KXQ Falkirk and Kelvside.", {"KXQ Falkirk and Kelvside": None}),
])
def test_a_body_named_for_two_areas(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a court ruling's initials before its number and year ------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # the ruling's code, named "known as" after its court: the initials are no body
    ("Lawyers cited the ruling of the Tribunal Supremo (Supreme Court), known as TS 77-11, "
     "at every hearing.",
     {"Tribunal Supremo": "organization", "Supreme Court": "organization", "TS": None}),
    ("The union appealed against the Kelvish High Court ruling known as KHC 204-15 in May.",
     {"KHC": None}),
    ("Under ruling TS 77/2011 the court denied them papers.", {"TS": None}),
    # a body's short form "known as" after its name, and a union's local number, stay names
    ("The Kelvo Senior Staff Association of Kelvia, known as KELSTA, struck.",
     {"KELSTA": "organization"}),
    ("Members of SEIU 1199 marched.", {"SEIU": "organization"}),
])
def test_a_rulings_initials_before_its_number(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a surname's particle of several words, capitalised opening a sentence -------------------------
@pytest.mark.parametrize("paragraph, want", [
    ("“We want our pensions,” said Maria Elena de los Tallow, a retired cutter. "
     "De los Tallow spoke for an hour.",
     {"Maria Elena de los Tallow": "person", "De los Tallow": "person", "los Tallow": None}),
    ("Ana de la Dorrow spoke first. De la Dorrow is a nurse in Kelvo.",
     {"Ana de la Dorrow": "person", "De la Dorrow": "person", "la Dorrow": None}),
    # printed in lower case inside a sentence, as before
    ("Ana de la Dorrow spoke first. Later de la Dorrow read a statement.",
     {"Ana de la Dorrow": "person", "de la Dorrow": "person", "la Dorrow": None}),
])
def test_a_capitalised_particle_of_several_words(registry, paragraph, want):
    got = _labels(registry, paragraph)
    check_names(got, want)
    # the short form is a mention of the person named in full, not a person of its own
    assert len({got[n] for n, kind in want.items() if kind is not None}) == 1, got


# -- a pact named by its parties joined by hyphens --------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a dotted party, then a country the registry leaves unmatched after its hyphen
    ("Farmers marched against the U.S.-Chile Trade Promotion Agreement on Friday.",
     {"U.S.-Chile Trade Promotion Agreement": "work", "Trade Promotion Agreement": None}),
    # three parties, the middle one unmatched: one work, its acronym the same work
    ("Under the United States-Chile-Canada Agreement (USCCA), officials review complaints.",
     {"United States-Chile-Canada Agreement": "work", "USCCA": "work",
      "Chile-Canada Agreement": None, "Agreement": None}),
    # no pact of registry countries: nothing joined, the name as the runs read it, a work only by
    # its head word ("Agreement", a law's since ent87), no mention of the country inside it
    ("Under the Kelvo-Chile Agreement, tariffs fell.", {"Kelvo-Chile Agreement": "work", "Chile": None}),
])
def test_a_pact_named_by_its_hyphenated_parties(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
