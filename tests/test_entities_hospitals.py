"""Hospitals, a place and an organisation at once (issue 10, branch hosp1): the kind `hospital`
for a new name whose head words make a hospital (kg/nlp/entities/kinds/hospitals.py, kg/data/nlp/
kinds.toml [hospitals]), its three RDF classes (kg/rdf/entities.py), the shapes, the link
types, the pages' type. Every sentence is made up in the paper's shapes."""

from __future__ import annotations

import pytest
from nlp_support import article
from nlp_support import found_kinds as found
from nlp_support import issue_mentions as mentions
from rdflib.namespace import RDF

from kg import statistics
from kg.annotations import Entity, Mention
from kg.iri import Minter
from kg.link.score import type_factor
from kg.namespaces import ITSRDF, SCHEMA
from kg.nlp import annotate
from kg.nlp.entities.kinds.hospitals import names_hospital, refine
from kg.rdf import document_to_rdf
from kg.span import Span
from kg.validate import validate


# -- the kind -------------------------------------------------------------------------------------
@pytest.mark.parametrize("paragraph,name", [
    ("Nurses at Kelvo General Hospital struck on Monday.", "Kelvo General Hospital"),  # a body's frame
    ("The union rallied outside the Dorrow Royal Infirmary.", "Dorrow Royal Infirmary"),
    ("Workers at the Tallow Valley Medical Center voted to join the union.", "Tallow Valley Medical Center"),
    ("Cleaners at the Kelvin Medical Centre walked out.", "Kelvin Medical Centre"),
    ("Patients at St. Dorrow’s Hospital backed the nurses.", "St. Dorrow’s Hospital"),
])
def test_a_name_ending_on_a_hospitals_head_is_a_hospital(registry, paragraph, name):
    assert (name, "hospital") in found(registry, paragraph)


def test_a_hospital_the_frame_made_a_place_is_a_hospital_too(registry):
    # "a meeting at the …": the venue frame reads a building; the head word says a hospital
    got = found(registry, "A meeting was held at the Kelvo Memorial Hospital on Friday.")
    assert ("Kelvo Memorial Hospital", "hospital") in got


@pytest.mark.parametrize("paragraph,name", [
    ("The Kelvo Hospital Workers Union called the strike.", "Kelvo Hospital Workers Union"),
    ("Voters in the Dorrow Hospital District rejected the levy.", "Dorrow Hospital District"),
    ("The Tallow Hospital Employees Alliance backed the nurses.", "Tallow Hospital Employees Alliance"),
])
def test_a_body_whose_name_holds_the_word_stays_an_organisation(registry, paragraph, name):
    got = found(registry, paragraph)
    assert (name, "organization") in got
    assert not any(k == "hospital" for _s, k in got)


@pytest.mark.parametrize("label,expected", [
    ("Kelvo General Hospital", True),
    ("Dorrow Infirmary", True),
    ("Tallow Medical Center", True),
    ("Tallow Medical Centre", True),
    ("Hospital", False),  # the word alone names no one hospital
    ("Kelvo Hospitals", False),  # a chain
    ("Kelvo Clinic", False),  # a practice or an office as often as a building
    ("Kelvo Health Center", False),
    ("Kelvo Hospital Workers Union", False),
])
def test_names_hospital_reads_the_head_words(label, expected):
    assert names_hospital(label) is expected


def test_refine_moves_the_mentions_and_joins_the_two_readings():
    ents = {"organization/kelvo-hospital": Entity("organization/kelvo-hospital", "Kelvo Hospital",
                                                  "organization", known=False, aliases=["Kelvo"]),
            "place/kelvo-hospital": Entity("place/kelvo-hospital", "Kelvo Hospital", "place", known=False),
            "person/ana-ruiz": Entity("person/ana-ruiz", "Ana Ruiz", "person", known=False)}
    ms = [Mention(Span(0, 14), "organization/kelvo-hospital"), Mention(Span(20, 34), "place/kelvo-hospital"),
          Mention(Span(40, 48), "person/ana-ruiz")]
    out, moved = refine(ents, ms)
    assert set(out) == {"hospital/kelvo-hospital", "person/ana-ruiz"}
    assert out["hospital/kelvo-hospital"].kind == "hospital"
    assert out["hospital/kelvo-hospital"].aliases == ["Kelvo"]
    assert [m.entity for m in moved] == ["hospital/kelvo-hospital", "hospital/kelvo-hospital",
                                         "person/ana-ruiz"]


def test_refine_leaves_the_registrys_entries_their_kind():
    ents = {"organization/kelvo-hospital": Entity("organization/kelvo-hospital", "Kelvo Hospital",
                                                  "organization", known=True)}
    ms = [Mention(Span(0, 14), "organization/kelvo-hospital")]
    assert refine(ents, ms) == (ents, ms)


def test_a_hospital_named_twice_is_one_entity(registry):
    got = mentions(registry, "Nurses at Kelvo General Hospital struck. "
                             "Kelvo General Hospital bosses refused.")
    assert {k for _s, k in got} == {"hospital/kelvo-general-hospital"}


# -- RDF, shapes, links, pages --------------------------------------------------------------------
@pytest.fixture(scope="module")
def hospital_doc():
    doc = article("Nurses at Kelvo General Hospital struck on Monday for safe staffing.",
                  "“We are short of nurses on every shift,” said Ana Ruiz, a nurse at the hospital.")
    annotate(doc)
    return doc


def test_a_hospital_is_typed_hospital_organization_and_place(hospital_doc):
    minter = Minter.from_config()
    rdf = document_to_rdf(hospital_doc, minter)
    iri = minter.entity("hospital", "kelvo-general-hospital")
    types = set(rdf.shared.objects(iri, RDF.type))
    assert {SCHEMA.Hospital, SCHEMA.Organization, SCHEMA.Place} <= types
    # each mention gives the most specific class
    spans = list(rdf.article.subjects(ITSRDF.taIdentRef, iri))
    assert spans
    assert {rdf.article.value(s, ITSRDF.taClassRef) for s in spans} == {SCHEMA.Hospital}


def test_an_article_with_a_hospital_conforms_to_the_shapes(hospital_doc):
    report = validate(document_to_rdf(hospital_doc, Minter.from_config()).combined())
    assert report.conforms, [r.message for r in report.violations][:5]


def test_wikidata_hospitals_fit_the_kind_and_people_do_not():
    assert type_factor("hospital", ["teaching hospital"]) == 1.0
    assert type_factor("hospital", ["human"]) == 0.0


def test_pages_show_a_hospital_as_a_hospital():
    classes = {str(SCHEMA[t]) for t in ("Hospital", "Organization", "Place")}
    assert statistics.display_type(classes) == "Hospital"
