"""Missed short names and the last junk (issue 10, branch ent70): a lone acronym the text says
is an acronym, or a carrier's site or driving for it; a region's or nation's adjective before a
common noun names nothing. Every sentence and name is made up for these
tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.shortnames import acronym_said_to_be


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a region's adjective before a common noun -------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # the registry's place as an adjective: it qualifies the noun after it
    ("The freighter unloaded its cargo on a small Caribbean island before dawn.", {"Caribbean": None}),
    ("Sugar growers from three Caribbean nations met in Dorrow on Tuesday.", {"Caribbean": None}),
    # a group word that is no registry place, before a plural noun
    ("Dockers in five Nordic ports refused to touch the Kelvane cars.", {"Nordic": None}),
    # alone, or before a verb, it names the region
    ("Storms battered the Caribbean for a week.", {"Caribbean": "place/caribbean"}),
    # right after "the" the words name the region's parts: the region is named
    ("Aid reached the Caribbean islands of Kelvia and Dorrow.", {"Caribbean": "place/caribbean"}),
    ("The Caribbean is where Dana Kelvo grew up, she said.", {"Caribbean": "place/caribbean"}),
])
def test_a_regions_adjective_before_a_noun_is_no_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a lone acronym the text says is one -------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # "known by its … acronym" whatever noun comes before it
    ("Soldiers of the Kelvin peace force, known by its Kelvish acronym MIKELPA, guarded the docks.",
     {"MIKELPA": "organization"}),
    # a place noun before the phrase makes it a place's
    ("Flights were cut at the airport, known by its initials KTVA, on Monday.", {"KTVA": "place"}),
])
def test_an_acronym_the_text_says_is_one(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a carrier named by its site or by driving for it ------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Dana Kelvo sorts parcels at a FAST hub near Dorrow and belongs to her union.",
     {"FAST": "organization"}),
    ("I have driven for FAST for nine years, and the heat gets worse every summer.",
     {"FAST": "organization"}),
])
def test_a_carriers_site_or_driver_names_it(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


def _acronym_kind(text: str, acronym: str) -> str | None:
    """The kind `acronym_said_to_be` gives the run of `acronym` alone in `text`."""
    b = text.index(acronym)
    run = Run(b, b + len(acronym), [(b, b + len(acronym), acronym)])
    return acronym_said_to_be(text, [run])[0].kind


@pytest.mark.parametrize("text, acronym, want", [
    # ", known as" after a bracket closing a name's English gloss
    ("she spoke for the Sindicato Dorrano de la Madera (Dorran Timber Union), known as SIDORM. She",
     "SIDORM", "organization"),
    ("the guard, known by the acronym GKV, fired", "GKV", "organization"),
    # no phrase, or a bracket that is no gloss of a name: nothing said
    ("the crowd shouted SIDORM again", "SIDORM", None),
    ("the union (as she said), known for SIDORM rallies", "SIDORM", None),
    # initials before a number: a ruling's code
    ("the ruling of the Tribunal Kelvano (Kelvish Court), known as KC 204-15, barred", "KC", None),
])
def test_the_phrase_before_an_acronym_types_it(text, acronym, want):
    assert _acronym_kind(text, acronym) == want


# -- a bill named for its sponsor ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # the surname with the lower-case head is the bill's name, one work; the surname alone none
    ("Unions marched against the Dorrowby bill on Monday.", {"Dorrowby bill": "work", "Dorrowby": None}),
    # an acronym keeps its convention: the acronym is the law's name
    ("The KELVA law hurt workers in Dorrow, said Dana Kelvo.", {"KELVA": "work", "KELVA law": None}),
])
def test_a_bill_named_for_its_sponsor(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a nickname in quotation marks -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a place noun, "known … as", a quotation of capitalised words: one place, a registry name
    # inside it absorbed
    ("Mobs burned the Dorrow district known across the state as “Little Hollywood.” Shops on "
     "Tallow Avenue were looted.", {"Little Hollywood": "place", "Hollywood": None}),
    ("The town, known to all as “Old Kelvin Cross,” voted no.", {"Old Kelvin Cross": "place"}),
    # a body's noun before "called"
    ("The union, called “Big Kelvin Local,” struck.", {"Big Kelvin Local": "organization"}),
])
def test_a_quoted_nickname_is_one_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
