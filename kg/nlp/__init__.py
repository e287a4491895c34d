"""Annotation stages: each reads the Document and adds spans to doc.annotations, in order."""

from __future__ import annotations

from kg.model import Document
from kg.nlp import claims, entities, sentences
from kg.nlp.registry import Registry


def annotate(doc: Document, registry: Registry | None = None) -> Document:
    """Run every annotation stage on `doc` (in place) and return it.

    Order matters: claims and quotations resolve their speakers through the mentions of the
    entity stage, and every claim is derived from a sentence of the sentence stage."""
    sentences.annotate(doc)
    entities.annotate(doc, registry or Registry.default())
    claims.annotate(doc)  # citations, quotations, claims, stances, dated facts
    return doc
