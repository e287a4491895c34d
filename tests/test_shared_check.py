"""The cross-article check of the shared graph: checking only the neighbourhood of what a
publish adds finds exactly what checking the whole graph finds (kg.shared_check)."""

from __future__ import annotations

import csv

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg import shared_check
from kg.article_jobs import Made, Spill
from kg.config import CORPUS_DIR, DATA_DIR, PROJECT_ROOT, SHAPES_DIR
from kg.iri import Minter
from kg.namespaces import SCHEMA
from kg.pipeline import BuildError, build, load_files, process, publish
from kg.store.embedded import EmbeddedWriter
from kg.store.releases import StoreDir
from kg.validate import shapes_graph

EX = "http://example.org/"
GRAPH = ox.NamedNode(EX + "graph/shared")
ARTICLES = PROJECT_ROOT / "tests" / "articles"
REPORT = ARTICLES / "militant-2016-03-28-v80n12-seoul-rail-strike.txt"
EDITORIAL = ARTICLES / "militant-2008-10-13-v72n39-editorial-bailout.txt"
PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <http://schema.org/> .
@prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
# Shapes reading two steps away: an issue's volume has one number; a volume's issues at most
# three numbers (an inverse step, then a forward one); an issue is part of a volume with a number
# (a SPARQL-based constraint whose patterns reach two steps, kg.sparqlreach).
TWO_STEPS = PREFIXES + """
ex:IssueVolume a sh:NodeShape ; sh:targetClass schema:PublicationIssue ;
  sh:property [ sh:path schema:isPartOf ; sh:node ex:OneNumber ] .
ex:OneNumber a sh:NodeShape ; sh:property [ sh:path schema:volumeNumber ; sh:maxCount 1 ] .
ex:VolumeIssues a sh:NodeShape ; sh:targetClass schema:PublicationVolume ;
  sh:property [ sh:path ( [ sh:inversePath schema:isPartOf ] schema:issueNumber ) ; sh:maxCount 3 ] .
ex:IssueInNumberedVolume a sh:NodeShape ; sh:targetClass schema:PublicationIssue ;
  sh:sparql [ sh:message "An issue is part of a numbered volume." ; sh:select '''
    SELECT $this ?value WHERE { $this <http://schema.org/isPartOf> ?value .
      FILTER NOT EXISTS { ?value <http://schema.org/volumeNumber> ?n } }''' ] .
"""


def wikidata_items(n: int) -> list[URIRef]:
    """Wikidata IRIs from the curated seed list (never written from memory)."""
    with open(DATA_DIR / "seed-entities.tsv", encoding="utf-8") as fh:
        ids = [row["wikidata"] for row in csv.DictReader(fh, delimiter="\t") if row["wikidata"]]
    return [URIRef(f"http://www.wikidata.org/entity/{q}") for q in ids[:n]]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    """The project's shapes for shared things, and the two-step shapes above."""
    g = Graph()
    for name in ("entities.ttl", "publication.ttl"):
        g.parse(SHAPES_DIR / name, format="turtle")
    return g.parse(data=TWO_STEPS, format="turtle")


# -- a conforming shared graph, then random additions ----------------------------------------

ENTITIES = [URIRef(f"{EX}person/{i}") for i in range(8)]
VOLUMES = [URIRef(f"{EX}volume/{i}") for i in range(3)]
ISSUES = [URIRef(f"{EX}issue/{i}") for i in range(6)]
PERIODICAL = URIRef(EX + "periodical")
ITEMS = wikidata_items(4)


def conforming(n_entities: int, items: list[int], n_issues: int) -> Graph:
    g = Graph()
    g.add((PERIODICAL, RDF.type, SCHEMA.Periodical))
    g.add((PERIODICAL, SCHEMA.name, Literal("The Militant")))
    g.add((PERIODICAL, RDFS.label, Literal("The Militant")))
    for i, v in enumerate(VOLUMES):
        g += [(v, RDF.type, SCHEMA.PublicationVolume), (v, SCHEMA.isPartOf, PERIODICAL),
              (v, SCHEMA.volumeNumber, Literal(i + 1))]
    for i, issue in enumerate(ISSUES[:n_issues]):
        g += [(issue, RDF.type, SCHEMA.PublicationIssue), (issue, SCHEMA.issueNumber, Literal(i + 1)),
              (issue, SCHEMA.datePublished, Literal("2006-09-04", datatype=URIRef(
                  "http://www.w3.org/2001/XMLSchema#date"))),
              (issue, SCHEMA.isPartOf, VOLUMES[i % len(VOLUMES)])]
    for i, e in enumerate(ENTITIES[:n_entities]):
        g += [(e, RDF.type, SCHEMA.Person), (e, RDFS.label, Literal(f"P{i}")),
              (e, SCHEMA.name, Literal(f"P{i}"))]
        if i < len(items):
            g.add((e, OWL.sameAs, ITEMS[items[i]]))
    return g


nodes = st.sampled_from(ENTITIES + VOLUMES + ISSUES + [PERIODICAL])
additions = st.one_of(
    st.tuples(st.sampled_from(ENTITIES), st.just(OWL.sameAs), st.sampled_from(ITEMS)),
    st.tuples(st.sampled_from(ENTITIES), st.just(RDFS.label), st.sampled_from([Literal("x"), Literal("P0")])),
    st.tuples(nodes, st.just(RDF.type), st.sampled_from([SCHEMA.Person, SCHEMA.Periodical,
                                                        SCHEMA.PublicationVolume])),
    st.tuples(st.sampled_from(ISSUES), st.just(SCHEMA.isPartOf), nodes),
    st.tuples(st.sampled_from(ISSUES), st.just(SCHEMA.issueNumber), st.integers(1, 9).map(Literal)),
    st.tuples(st.sampled_from(VOLUMES), st.just(SCHEMA.volumeNumber), st.integers(1, 9).map(Literal)),
)


def store_with(g: Graph) -> EmbeddedWriter:
    """An in-memory store behind the store interface, as a publish's working copy is."""
    store = EmbeddedWriter(ox.Store())
    store.load(g.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES, to_graph=GRAPH)
    return store


def add_as_a_publish_does(store: EmbeddedWriter, triples: Graph) -> set:
    """Load `triples` through the build's own loader; return the nodes it reports touched."""
    touched: set = set()
    with Spill() as spill:
        spill.add(Made("x", graph=EX + "graph/article",
                       shared_nt=triples.serialize(format="nt", encoding="utf-8")), GRAPH)
        spill.load_into(store, touched)
    return touched


def results(outcome: shared_check.Outcome) -> set:
    return {(r.focus, r.path, r.message, r.component, r.value) for r in outcome.report.violations}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n_entities=st.integers(0, len(ENTITIES)), items=st.permutations(range(len(ITEMS))),
       n_issues=st.integers(0, len(ISSUES)), added=st.lists(additions, min_size=1, max_size=4))
def test_neighbourhood_finds_what_the_whole_check_finds(shapes, n_entities, items, n_issues, added):
    g0 = conforming(n_entities, list(items), n_issues)
    store = store_with(g0)
    assert not shared_check.check(store, GRAPH, shapes).report.violations  # the certified start
    new = Graph()
    for t in added:
        new.add(t)
    touched = add_as_a_publish_does(store, new)
    whole = shared_check.check(store, GRAPH, shapes)
    part = shared_check.check(store, GRAPH, shapes, touched=touched, max_share=1.0)
    assert part.mode == "neighbourhood" and whole.mode == "whole"
    assert results(part) == results(whole)


def test_a_second_item_link_far_from_the_first_is_found(shapes):
    """Only the new sameAs is touched; the old entity with the same item is one step beyond."""
    store = store_with(conforming(8, [0, 1, 2, 3], 6))
    touched = add_as_a_publish_does(store, Graph().parse(data=f"""
        <{EX}person/new> a <http://schema.org/Person> ; <{RDFS.label}> "N" ; <http://schema.org/name> "N" ;
            <{OWL.sameAs}> <{ITEMS[2]}> .""", format="turtle"))
    part = shared_check.check(store, GRAPH, shapes, touched=touched, max_share=1.0)
    assert part.mode == "neighbourhood" and part.triples < len(store)
    assert any("same Wikidata item" in r.message for r in part.report.violations)


def test_the_project_shapes_reach_two_steps_in_the_shared_graph(tmp_path):
    store = StoreDir(tmp_path / "s")
    build([CORPUS_DIR], store, Minter.from_config())
    st_ = store.snapshot()
    shared = ox.NamedNode(str(Minter.from_config().shared_graph("shared")))
    assert shared_check.reach(shapes_graph(), st_, shared) == (2, "")


@pytest.mark.parametrize("extra,why", [
    (PREFIXES + """ex:S a sh:NodeShape ; sh:targetClass schema:PublicationIssue ;
        sh:sparql [ sh:select "SELECT $this WHERE { ?x <http://schema.org/isPartOf> ?y }" ] .""",
     "unbounded"),
    (PREFIXES + """ex:S a sh:NodeShape ; sh:targetClass schema:PublicationIssue ;
        sh:sparql [ sh:select "SELECT $this WHERE { $this <http://schema.org/isPartOf>+ ?y }" ] .""",
     "unbounded"),
    (PREFIXES + """ex:S a sh:NodeShape ; sh:targetClass schema:PublicationIssue ;
        sh:property [ sh:path [ sh:zeroOrMorePath schema:isPartOf ] ; sh:minCount 1 ] .""",
     "unbounded"),
    (PREFIXES + """ex:S a sh:NodeShape ; sh:targetClass schema:PublicationIssue ;
        sh:property [ sh:path schema:isPartOf ; sh:node ex:S ] .""", "unbounded"),
    (PREFIXES + """ex:S a sh:NodeShape ; sh:targetClass schema:PublicationIssue ;
        sh:property [ sh:path schema:isPartOf ; sh:node [ sh:property [ sh:path schema:isPartOf ;
            sh:class schema:Periodical ] ] ] .""", "3 steps"),
])
def test_shapes_the_analysis_cannot_bound_keep_the_check_whole(shapes, extra, why):
    sg = Graph()
    sg += shapes
    sg.parse(data=extra, format="turtle")
    store = store_with(conforming(2, [0], 2))
    k, reason = shared_check.reach(sg, store, GRAPH)
    if why == "3 steps":
        assert k == 3  # still bounded: within MAX_REACH
        return
    assert k is None and why in reason
    touched = add_as_a_publish_does(store, Graph().parse(
        data=f"<{ISSUES[0]}> <{RDFS.comment}> 'x' .", format="turtle"))
    outcome = shared_check.check(store, GRAPH, sg, touched=touched)
    assert outcome.mode == "whole" and why in outcome.why


def test_a_sparql_shape_that_targets_nothing_shared_does_not_matter(shapes):
    sg = Graph()
    sg += shapes
    sg.parse(data=PREFIXES + """ex:S a sh:NodeShape ; sh:targetClass schema:NewsArticle ;
        sh:sparql [ sh:select "SELECT $this WHERE { FILTER(false) }" ] .""", format="turtle")
    assert shared_check.reach(sg, store_with(conforming(2, [0], 2)), GRAPH) == (2, "")


def test_subclass_statements_keep_the_check_whole(shapes):
    g = conforming(2, [0], 2)
    g.add((SCHEMA.Person, RDFS.subClassOf, SCHEMA.Thing))
    assert shared_check.reach(shapes, store_with(g), GRAPH)[0] is None


# -- the certificate chain in real builds ------------------------------------------------------

@pytest.fixture
def published(tmp_path) -> StoreDir:
    store = StoreDir(tmp_path / "store")
    result = build([CORPUS_DIR], store, Minter.from_config())
    assert result.shared_check.mode == "whole"  # nothing was certified before
    assert store.require_current().info()["shared_check"]["shapes"] == shared_check.shapes_digest()
    return store


def test_an_incremental_publish_checks_the_neighbourhood_and_catches_a_clash(published):
    minter = Minter.from_config()
    before = published.require_current()
    shared = Graph().parse(data=published.snapshot().graph_ntriples(
        ox.NamedNode(str(minter.shared_graph("shared")))), format="nt")
    linked, item = next((s, o) for s, o in shared.subject_objects(OWL.sameAs))
    _, report = process(REPORT, minter)
    person = URIRef(minter.person("Paul Mailhot"))
    report.shared.add((person, OWL.sameAs, item))  # the same item as an entity of the letter
    with pytest.raises(BuildError) as info:
        publish(published, [report], minter)
    assert "same Wikidata item" in str(info.value) and published.require_current() == before
    _, editorial = process(EDITORIAL, minter)
    publish(published, [editorial], minter)
    facts = published.require_current().info()["shared_check"]
    assert facts["mode"] == "neighbourhood" and 0 < facts["focus"] < len(shared)
    assert linked != person


def test_a_publish_without_the_check_makes_the_next_check_whole(published, tmp_path):
    """`kg load` into the shared graph is not checked: the next build must not trust it."""
    minter = Minter.from_config()
    shared = str(minter.shared_graph("shared"))
    person = minter.person("Jack Barnes")
    bad = tmp_path / "second-label.nt"
    bad.write_text(f'<{person}> <{RDFS.label}> "Another label" .\n')
    load_files([bad], published, minter, graph=shared)
    assert "shared_check" not in published.require_current().info()
    with pytest.raises(BuildError) as info:
        build([EDITORIAL], published, minter)  # touches nothing near Jack Barnes
    assert "exactly one rdfs:label" in str(info.value)


def test_other_shapes_certify_nothing(published):
    custom = shapes_graph() + Graph()
    build([EDITORIAL], published, Minter.from_config(), shapes=custom)
    assert "shared_check" not in published.require_current().info()
    result = build([REPORT], published, Minter.from_config())
    assert result.shared_check.mode == "whole"


def test_a_neighbourhood_covering_most_of_the_graph_is_checked_whole(shapes, monkeypatch):
    monkeypatch.setattr(shared_check, "_SMALL", 0)
    store = store_with(conforming(2, [0], 2))
    touched = add_as_a_publish_does(store, Graph().parse(
        data=f"<{PERIODICAL}> <{RDFS.comment}> 'x' .", format="turtle"))  # linked to every volume
    outcome = shared_check.check(store, GRAPH, shapes, touched=touched)
    assert outcome.mode == "whole" and "most of the graph" in outcome.why
