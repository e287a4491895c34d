"""Annotation stages: each reads the Document and adds spans to doc.annotations, in order."""

from __future__ import annotations

from kg.model import Document


def annotate(doc: Document) -> Document:
    """Run every annotation stage on `doc` (in place) and return it."""
    # Stages, in order (each owns its module in kg/nlp/):
    #   sentences → entities and mentions → claims, quotations, citations, stances, works, facts
    from kg.nlp.entities import annotate as annotate_entities
    from kg.nlp.registry import Registry

    annotate_entities(doc, Registry.default())
    return doc
