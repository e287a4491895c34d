"""Annotation stages: each reads the Document and adds spans to doc.annotations, in order."""

from __future__ import annotations

from kg.model import Document


def annotate(doc: Document) -> Document:
    """Run every annotation stage on `doc` (in place) and return it."""
    # Stages, in order (each owns its module in kg/nlp/):
    #   sentences → entities and mentions → claims, quotations, citations, stances, works, facts
    return doc
