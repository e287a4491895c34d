"""Annotation stages: each reads the Document and adds spans to doc.annotations, in the order
declared in kg.nlp.stages (the one list of what runs and what each stage reads and adds)."""

from __future__ import annotations


def __getattr__(name: str):
    # `from kg.nlp import annotate` without importing every stage when a leaf module
    # (kg.nlp.cuedata, kg.nlp.entities.registry.registry) is all a caller needs.
    if name in ("annotate", "STAGES"):
        from kg.nlp import stages

        return getattr(stages, name)
    raise AttributeError(f"module 'kg.nlp' has no attribute {name!r}")
