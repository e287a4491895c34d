"""The article's main subjects (`main_subjects`), read from its mentions once the stage has
published them (kg.nlp.stages sets schema:about from it)."""

from __future__ import annotations

from collections import Counter

from kg.model import Document


def main_subjects(doc: Document, limit: int = 5) -> list[str]:
    """The article's main subjects (schema:about): the entities mentioned most often, counting
    only those mentioned at least 3 times and at least half as often as the most-mentioned
    one, at most `limit`, ties broken by first mention. Derived from the mentions alone, so it
    holds for any article."""
    counts = Counter(m.entity for m in doc.annotations.mentions)
    if not counts:
        return []
    first = {}
    for m in doc.annotations.mentions:
        first.setdefault(m.entity, m.span.begin)
    top = max(counts.values())
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
    return [k for k in ranked if counts[k] >= max(3, top / 2)][:limit]
