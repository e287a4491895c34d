"""Document → RDF. Each concern maps into an ArticleRdf; the result is a pure function of the Document."""

from __future__ import annotations

from kg.iri import Minter
from kg.model import Document
from kg.rdf.article import ArticleRdf
from kg.rdf.claims import map_claims
from kg.rdf.entities import map_entities
from kg.rdf.structure import map_structure

__all__ = ["ArticleRdf", "document_to_rdf"]


def document_to_rdf(doc: Document, minter: Minter) -> ArticleRdf:
    """Map a Document (with its annotations) to the triples of its article graph and the
    shared graph. Pure: the same document always gives the same triples."""
    out = ArticleRdf(doc.key, minter.graph(doc.key), minter)
    map_structure(doc, minter, out)
    map_entities(doc, minter, out)
    map_claims(doc, minter, out)
    return out
