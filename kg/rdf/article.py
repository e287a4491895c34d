"""ArticleRdf: the triples of one article as the mapping writes them (its own named graph and
what it adds to the shared graph). The mapping modules (structure, entities, claims) write into
it; kg.rdf.mapping runs them."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from kg.iri import Minter
from kg.model import Document, Span
from kg.namespaces import NIF, XSD, bind_all


def _graph() -> Graph:
    g = Graph()
    bind_all(g)
    return g


@dataclass
class ArticleRdf:
    """The triples of one article: its own named graph, and what it adds to the shared graph."""

    key: str
    graph: URIRef  # the article graph's IRI
    minter: Minter
    article: Graph = field(default_factory=_graph)
    shared: Graph = field(default_factory=_graph)

    @property
    def article_iri(self) -> URIRef:
        return self.minter.article(self.key)

    @property
    def context(self) -> URIRef:
        return self.minter.context(self.key)

    def span(self, doc: Document, span: Span, *types: URIRef, iri: URIRef | None = None) -> URIRef:
        """A NIF span of the article text (typed nif:OffsetBasedString plus `types`).

        Its IRI is the offset IRI (<context>#char=b,e) unless the thing is more than a string
        (a numbered point, say) and has an IRI of its own."""
        iri = iri or self.minter.span(self.key, span.begin, span.end)
        g = self.article
        g.add((iri, RDF_TYPE, NIF.OffsetBasedString))
        for t in types:
            g.add((iri, RDF_TYPE, t))
        g.add((iri, NIF.referenceContext, self.context))
        g.add((iri, NIF.beginIndex, Literal(span.begin, datatype=XSD.integer)))
        g.add((iri, NIF.endIndex, Literal(span.end, datatype=XSD.integer)))
        g.add((iri, NIF.anchorOf, Literal(span.of(doc.text))))
        return iri

    def combined(self) -> Graph:
        """Article and shared triples in one graph: what SHACL validates for this article."""
        g = _graph()
        for t in self.article:
            g.add(t)
        for t in self.shared:
            g.add(t)
        return g


RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
