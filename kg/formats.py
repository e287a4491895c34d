"""The one table of RDF and SPARQL-results formats.

It serves the SPARQL endpoint's content negotiation, the dump files and linked-data
dereferencing alike, so a format is named, typed and extended in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import UnknownFormat

W3C = "http://www.w3.org/ns/formats/"


@dataclass(frozen=True)
class RdfFormat:
    name: str  # the name users type: --format turtle, ?format=turtle
    media_type: str
    extension: str
    engine: ox.RdfFormat
    quads: bool  # can carry named graphs
    aliases: tuple[str, ...] = ()
    rdflib: str = ""  # rdflib's parser/serializer name
    w3c: str = ""  # the format's IRI in http://www.w3.org/ns/formats/ (service descriptions)


RDF_FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", "text/turtle", "ttl", ox.RdfFormat.TURTLE, False,
              ("ttl", "application/x-turtle"), "turtle", W3C + "Turtle"),
    RdfFormat("trig", "application/trig", "trig", ox.RdfFormat.TRIG, True, (), "trig", W3C + "TriG"),
    RdfFormat("nquads", "application/n-quads", "nq", ox.RdfFormat.N_QUADS, True,
              ("nq", "n-quads"), "nquads", W3C + "N-Quads"),
    RdfFormat("ntriples", "application/n-triples", "nt", ox.RdfFormat.N_TRIPLES, False,
              ("nt", "n-triples", "text/plain"), "nt", W3C + "N-Triples"),
    RdfFormat("jsonld", "application/ld+json", "jsonld", ox.RdfFormat.JSON_LD, True,
              ("json-ld", "json"), "json-ld", W3C + "JSON-LD"),
    RdfFormat("rdfxml", "application/rdf+xml", "rdf", ox.RdfFormat.RDF_XML, False,
              ("xml", "rdf", "rdf/xml"), "xml", W3C + "RDF_XML"),
)


@dataclass(frozen=True)
class ResultsFormat:
    name: str
    media_type: str
    extension: str
    engine: ox.QueryResultsFormat
    aliases: tuple[str, ...] = ()
    w3c: str = ""  # the format's IRI in http://www.w3.org/ns/formats/


RESULTS_FORMATS: tuple[ResultsFormat, ...] = (
    ResultsFormat("json", "application/sparql-results+json", "srj", ox.QueryResultsFormat.JSON,
                  ("srj", "application/json"), W3C + "SPARQL_Results_JSON"),
    ResultsFormat("xml", "application/sparql-results+xml", "srx", ox.QueryResultsFormat.XML,
                  ("srx", "application/xml", "text/xml"), W3C + "SPARQL_Results_XML"),
    ResultsFormat("csv", "text/csv", "csv", ox.QueryResultsFormat.CSV, (), W3C + "SPARQL_Results_CSV"),
    ResultsFormat("tsv", "text/tab-separated-values", "tsv", ox.QueryResultsFormat.TSV, (),
                  W3C + "SPARQL_Results_TSV"),
)


def _lookup(table, key: str):
    key = key.strip().lower()
    for fmt in table:
        if key in (fmt.name, fmt.media_type, fmt.extension, *fmt.aliases):
            return fmt
    return None


def rdf_format(key: str) -> RdfFormat:
    """Find an RDF format by name, media type, extension or alias; KeyError if unknown."""
    fmt = _lookup(RDF_FORMATS, key)
    if fmt is None:
        raise UnknownFormat(f"unknown RDF format {key!r}; known: {', '.join(f.name for f in RDF_FORMATS)}")
    return fmt


def results_format(key: str) -> ResultsFormat:
    fmt = _lookup(RESULTS_FORMATS, key)
    if fmt is None:
        raise UnknownFormat(
            f"unknown results format {key!r}; known: {', '.join(f.name for f in RESULTS_FORMATS)}")
    return fmt


def rdf_format_for_path(path: str) -> RdfFormat:
    """The RDF format of a file, from its extension (a trailing .gz is ignored)."""
    name = path.lower().removesuffix(".gz")
    for fmt in RDF_FORMATS:
        if name.endswith("." + fmt.extension) or any(
                name.endswith("." + a) for a in fmt.aliases if "/" not in a):
            return fmt
    raise UnknownFormat(f"{path}: cannot tell the RDF format from the file name "
                   f"(known extensions: {', '.join(f.extension for f in RDF_FORMATS)})")
