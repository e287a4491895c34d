"""Validation parses each SPARQL constraint once per process (kg.validate.PreparedOnceProcessor),
not once per focus node, and gives the same answers as rdflib's own processor."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql.processor import SPARQLProcessor

from kg import validate as kv

EX = "http://example.org/"
QUERY = "SELECT ?o WHERE { $this <http://example.org/p> ?o }"


def graph() -> Graph:
    g = Graph()
    for i in range(20):
        g.add((URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(i)))
    return g


def test_rdflib_queries_go_through_the_prepared_processor() -> None:
    g = graph()
    kv._prepared.cache_clear()
    answers = [sorted(r.o.toPython() for r in g.query(QUERY, initBindings={"this": URIRef(f"{EX}s{i}")}))
               for i in range(20)]
    assert answers == [[i] for i in range(20)]
    info = kv._prepared.cache_info()
    assert info.misses == 1 and info.hits == 19  # parsed once, reused with other bindings


def test_same_answers_as_rdflibs_processor() -> None:
    g = graph()
    plain = SPARQLProcessor(g)
    for i in (0, 7, 19):
        bind = {"this": URIRef(f"{EX}s{i}")}
        ours = {tuple(r) for r in g.query(QUERY, initBindings=bind)}
        theirs = {tuple(r) for r in g.query(QUERY, processor=plain, initBindings=bind)}
        assert ours == theirs


def test_a_bad_query_is_still_an_error_each_time() -> None:
    import pytest
    from pyparsing import ParseException
    for _ in range(2):
        with pytest.raises(ParseException):
            graph().query("SELECT WHERE {")
