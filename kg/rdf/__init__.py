"""Document → RDF: a pure function of the document model (see docs/architecture.md)."""

from kg.rdf.mapping import ArticleRdf, document_to_rdf

__all__ = ["ArticleRdf", "document_to_rdf"]
