"""Dated facts (kg.nlp.facts) and their Wikidata-style statements (kg.rdf.claims)."""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_support import annotated, article, mention, run
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF

from kg.config import CORPUS_DIR
from kg.iri import Minter
from kg.namespaces import KG, WDT
from kg.rdf import document_to_rdf
from kg.rdf.claims import map_claims
from kg.rdf.entities import map_entities

BUNDLED = next(CORPUS_DIR.glob("*.txt"))
MEATPACKERS = Path(__file__).parent / "articles" / "militant-2007-02-05-v71n5-meatpackers-contract.txt"
GYEAR = URIRef("http://www.w3.org/2001/XMLSchema#gYear")


def facts(doc):
    t = doc.text
    return [(f.subject.key, f.property, f.value_span.of(t) if f.value_span else f.value_date,
             f.start, f.end, f.point) for f in doc.annotations.facts]


def note(*notes, entities=()):
    doc = article("The body cites a note.1", notes=notes)
    for surface, label, kind in entities:
        mention(doc, surface, label, kind)
    return run(doc)


def test_lifespan_and_office_with_period():
    doc = note("Golda Meir (1898-1978) served as Israel’s prime minister from 1969 to 1974.",
               entities=[("Golda Meir", "Golda Meir", "person"), ("Israel", "Israel", "country")])
    assert facts(doc) == [("person/golda-meir", "born", "1898", None, None, None),
                          ("person/golda-meir", "died", "1978", None, None, None),
                          ("person/golda-meir", "position", "Israel’s prime minister", "1969", "1974", None)]
    assert all(f.note == 1 for f in doc.annotations.facts)


def test_two_digit_end_years_and_pronoun_subject():
    doc = note("Moshe Dayan was commander of the Haganah forces in the 1948 war. He was commander-in-chief "
               "of the Israeli army (1953-58) and defense minister (1967-73).",
               entities=[("Moshe Dayan", "Moshe Dayan", "person"), ("Haganah", "Haganah", "organization")])
    assert facts(doc) == [
        ("person/moshe-dayan", "position", "commander of the Haganah forces", None, None, "1948"),
        ("person/moshe-dayan", "position", "commander-in-chief of the Israeli army", "1953", "1958", None),
        ("person/moshe-dayan", "position", "defense minister", "1967", "1973", None)]


def test_founding_in_a_relative_clause():
    doc = note("Fatah is the dominant group in the Palestine Liberation Organization (PLO), which was formed "
               "in 1964 and led the struggle.",
               entities=[("Fatah", "Fatah", "organization"),
                         ("Palestine Liberation Organization", "Palestine Liberation Organization",
                          "organization"),
                         ("PLO", "Palestine Liberation Organization", "organization")])
    assert facts(doc) == [("organization/palestine-liberation-organization", "inception", "1964",
                           None, None, None)]


def test_events_led_with_years():
    doc = note("The National Liberation Front led the 1954-63 popular struggle in Algeria that defeated "
               "French colonial rule. The regime was overthrown in the 1946-49 civil war led by the Chinese "
               "Communist Party. The Front led the resistance to domination of southern Vietnam from 1960 "
               "to 1975.",
               entities=[("National Liberation Front", "FLN", "organization"),
                         ("Chinese Communist Party", "Chinese Communist Party", "organization"),
                         ("Front", "Viet Cong", "organization")])
    assert facts(doc) == [
        ("organization/fln", "participant", "popular struggle in Algeria", "1954", "1963", None),
        ("organization/chinese-communist-party", "participant", "civil war", "1946", "1949", None),
        ("organization/viet-cong", "participant", "the resistance to domination of southern Vietnam",
         "1960", "1975", None)]


def test_subject_is_not_inside_a_prepositional_phrase():
    doc = note("Under Golda Meir, Moshe Dayan served as defense minister from 1967 to 1974.",
               entities=[("Golda Meir", "Golda Meir", "person"), ("Moshe Dayan", "Moshe Dayan", "person")])
    assert facts(doc) == [("person/moshe-dayan", "position", "defense minister", "1967", "1974", None)]


def test_office_after_and_later():
    doc = note("Nell Kelby (1904-1979) was a leader of the 1937 glass workers' sit-down and later "
               "national organizer of the Socialist Workers Party from 1953 to 1972.",
               entities=[("Nell Kelby", "Nell Kelby", "person"),
                         ("Socialist Workers Party", "Socialist Workers Party", "organization")])
    assert ("person/nell-kelby", "position", "national organizer of the Socialist Workers Party",
            "1953", "1972", None) in facts(doc)


@pytest.mark.parametrize("text", [
    "The Teamsters union, founded in 1903, represents truck drivers.",
    "The Teamsters union, which was founded in 1903, represents truck drivers.",
])
def test_founding_in_a_participle_or_after_a_head_noun(text):
    doc = note(text, entities=[("Teamsters", "Teamsters", "organization")])
    assert facts(doc) == [("organization/teamsters", "inception", "1903", None, None, None)]


def test_born_in_a_year_is_a_birth_of_a_person_only():
    doc = note("Ana Beltran was born in 1901. The Packinghouse Union was born in 1937 in the stockyards.",
               entities=[("Ana Beltran", "Ana Beltran", "person"),
                         ("Packinghouse Union", "Packinghouse Union", "organization")])
    assert facts(doc) == [("person/ana-beltran", "born", "1901", None, None, None)]


@pytest.mark.parametrize("text", [
    # the relative clause hangs on "Flint", not on the union named before it
    "The Auto Workers union led the strike in Flint, which was organized in 1936.",
    # ... and on "al-Qaeda in Iraq", not on Iraq
    "The Islamic State grew out of al-Qaeda in Iraq, which was founded in 2004.",
    # a participle after a name and a noun that is no organization's
    "The Auto Workers strike, founded in 1936, was long.",
    "The organization was established in Lebanon in the early 1980s.",  # a decade is not a year
    "Golda Meir was overthrown in 1974 by nobody.",  # no office named
    "The Kuomintang (Nationalist Party) ruled China.",  # no dates
    "He spoke at the forum from 1969 to 1974.",  # no subject in the note, no office
])
def test_not_a_dated_fact(text):
    doc = note(text, entities=[("Golda Meir", "Golda Meir", "person"),
                               ("Kuomintang", "Kuomintang", "organization"),
                               ("Auto Workers", "United Auto Workers", "organization"),
                               ("Flint", "Flint", "city"), ("Iraq", "Iraq", "country")])
    assert facts(doc) == []


def test_founding_of_the_name_inside_a_common_noun_phrase():
    doc = note("Fatah is the dominant group in the Palestine Liberation Organization, which was formed "
               "in 1964.",
               entities=[("Fatah", "Fatah", "organization"),
                         ("Palestine Liberation Organization", "PLO", "organization")])
    assert facts(doc) == [("organization/plo", "inception", "1964", None, None, None)]


def test_test_article_footnote():
    doc = annotated(MEATPACKERS)
    got = facts(doc)
    assert ("organization/iowa-packinghouse-workers-union", "inception", "1937", None, None, None) in got
    assert ("person/ana-beltran", "born", "1901", None, None, None) in got
    assert ("person/ana-beltran", "position", "president of the union", "1937", "1952", None) in got
    assert ("person/ana-beltran", "position", "editor of the union’s newspaper", "1953", "1961", None) in got


def test_bundled_facts_as_wikidata_style_statements():
    doc = annotated(BUNDLED)
    got = facts(doc)
    assert ("person/haile-selassie", "position", "emperor of Ethiopia", "1930", "1974", None) in got
    assert ("person/golda-meir", "died", "1978", None, None, None) in got
    minter = Minter("https://example.org/kg/")
    out = document_to_rdf(doc, minter)
    map_entities(doc, minter, out)
    map_claims(doc, minter, out)
    g = out.article
    stmts = set(g.subjects(RDF.type, KG.DatedStatement))
    assert len(stmts) == len(doc.annotations.facts)
    meir = minter.entity("person", "golda-meir")
    office = next(s for s in stmts
                  if g.value(s, RDF.subject) == meir and g.value(s, RDF.predicate) == WDT.P39)
    assert g.value(office, RDF.object) == Literal("Israel’s prime minister", lang="en")
    assert g.value(office, KG.startTime) == Literal("1969", datatype=GYEAR)
    assert g.value(office, KG.endTime) == Literal("1974", datatype=GYEAR)
    sources = set(g.objects(office, PROV.wasDerivedFrom))
    assert minter.part(doc.key, "note", 8) in sources
    born = next(s for s in stmts if g.value(s, RDF.subject) == meir and g.value(s, RDF.predicate) == WDT.P569)
    assert g.value(born, RDF.object) == Literal("1898", datatype=GYEAR)
