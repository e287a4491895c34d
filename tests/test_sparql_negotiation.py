"""kg.web.negotiation: Accept headers with q-values and wildcards, against the formats table."""

from __future__ import annotations

import pytest

from kg.formats import RDF_FORMATS, RESULTS_FORMATS
from kg.web.negotiation import best_format, best_match, media_types

OFFERS = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv"]


@pytest.mark.parametrize("accept,chosen", [
    (None, "application/sparql-results+json"),  # no header: anything goes, the server's first
    ("", "application/sparql-results+json"),
    ("   ", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("TEXT/CSV", "text/csv"),
    ("text/*", "text/csv"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("application/sparql-results+xml;q=0.9, */*;q=0.95", "application/sparql-results+json"),
    ("text/csv;q=0.9, application/*;q=0.1", "text/csv"),
    ("application/sparql-results+xml, text/csv", "application/sparql-results+xml"),
    ("text/html, application/xhtml+xml, */*;q=0.8", "application/sparql-results+json"),
    ("text/html", None),
    ("*/*;q=0", None),
    ("text/csv;q=0", None),
    ("image/png, text/html;q=0.9", None),
])
def test_best_match(accept: str | None, chosen: str | None) -> None:
    assert best_match(accept, OFFERS) == chosen


def test_best_match_without_offers() -> None:
    assert best_match("*/*", []) is None


def test_media_types_lists_canonical_types_then_aliases() -> None:
    types = media_types(RESULTS_FORMATS)
    assert types[:4] == [f.media_type for f in RESULTS_FORMATS]
    assert "application/json" in types and "srj" not in types  # aliases that are not media types


@pytest.mark.parametrize("accept,name", [
    ("application/json", "json"),  # an alias in the formats table
    ("text/xml", "xml"),
    ("text/tab-separated-values", "tsv"),
    ("*/*", "json"),
])
def test_best_format_results(accept: str, name: str) -> None:
    assert best_format(accept, RESULTS_FORMATS).name == name


@pytest.mark.parametrize("accept,name", [
    ("text/turtle", "turtle"), ("application/x-turtle", "turtle"), ("application/ld+json", "jsonld"),
    ("application/n-triples", "ntriples"), ("text/plain", "ntriples"), ("application/rdf+xml", "rdfxml"),
    ("application/trig", "trig"), ("application/n-quads", "nquads"), ("*/*", "turtle"),
    ("application/rdf+xml;q=0.5, text/turtle;q=0.4", "rdfxml"),
])
def test_best_format_rdf(accept: str, name: str) -> None:
    assert best_format(accept, RDF_FORMATS).name == name


def test_best_format_none_when_nothing_fits() -> None:
    assert best_format("application/sparql-results+json", RDF_FORMATS) is None
    assert best_format("text/turtle", RESULTS_FORMATS) is None
