"""How far a SHACL-SPARQL constraint reads from its focus (kg.sparqlreach): plain triple patterns
joined to `$this` are bounded by their distance; anything else is unbounded, and the
cross-article check then checks the whole shared graph (tests/test_shared_check.py)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from kg import shared_check
from kg.namespaces import SH
from kg.sparqlreach import constraint_steps
from kg.store.embedded import EmbeddedWriter
from kg.validate import shapes_graph

HEAD = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
ex:decl sh:declare [ sh:prefix "ex" ;
    sh:namespace "http://example.org/"^^<http://www.w3.org/2001/XMLSchema#anyURI> ] .
ex:C a sh:SPARQLConstraint ; sh:prefixes ex:decl ; sh:select \"\"\"{}\"\"\" ."""


def steps(select: str) -> int | None:
    sg = Graph().parse(data=HEAD.replace("{}", select), format="turtle")
    (constraint,) = sg.subjects(SH.select, None)
    return constraint_steps(sg, constraint)


@pytest.mark.parametrize("select,expected", [
    ("SELECT $this WHERE { FILTER(false) }", 0),
    ("SELECT $this ?v WHERE { $this ex:scope ?v . FILTER(!STRSTARTS(STR($this), STR(?v))) }", 1),
    ("SELECT $this WHERE { $this ex:a ?x . ?x ex:b ?y }", 2),
    ("SELECT $this WHERE { $this ex:a ?x . FILTER NOT EXISTS { ?x ex:b ?y . ?y ex:c ?z } }", 3),
    ("SELECT $this WHERE { $this ex:a ?x . ?other ex:a ?x }", 2),  # an inverse step counts too
    ("SELECT $this WHERE { $this ex:a ex:fixed }", 1),
    ("SELECT $this WHERE { $this ex:a+ ?x }", None),  # a property path
    ("SELECT $this WHERE { $this ex:a/ex:b ?x }", None),
    ("SELECT $this WHERE { $this ex:a ?x . ?y ex:b ?z }", None),  # a pattern not joined
    ("SELECT $this WHERE { GRAPH ?g { $this ex:a ?x } }", None),  # other graphs
    ("SELECT $this WHERE { $this ?p ?x }", None),  # a variable predicate
    ("SELECT $this WHERE { $this a ?c . ?c ex:label ?l }", None),  # a class's description
    ("SELECT $this WHERE { $this ex:a ex:fixed . ex:fixed ex:b ?y }", None),  # through a constant
    ("SELECT $this WHERE { { SELECT ?x WHERE { ?x ex:a ?y } } $this ex:b ?x }", None),
    ("SELECT $this WHERE { $this $PATH ?x }", None),
    ("SELECT $this WHERE { $this ex:a", None),  # does not parse
])
def test_the_steps_a_query_reads(select, expected):
    assert steps(select) == expected


def test_the_project_shapes_stay_bounded_on_a_graph_with_a_bound_name():
    """The shapes' SPARQL constraint on names bound to their context reads one step: an archive
    holding such a name keeps the neighbourhood check (it was whole on every publish)."""
    graph = ox.NamedNode("http://example.org/graph/shared")
    store = EmbeddedWriter(ox.Store())
    body = "https://w3id.org/militant-kg/entity/country/kelvia/organization/navy"
    scope = "https://w3id.org/militant-kg/entity/country/kelvia"
    store.load(f"<{body}> <https://w3id.org/militant-kg/ontology#nameScope> <{scope}> .\n"
               f"<{body}> <{RDF.type}> <http://schema.org/Organization> .\n".encode(),
               ox.RdfFormat.N_TRIPLES, to_graph=graph)
    sg = shapes_graph()
    assert any(sg.subjects(SH.sparql, None))
    k, why = shared_check.reach(sg, store, graph)
    assert k is not None and k <= shared_check.MAX_REACH, why
