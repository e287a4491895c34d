"""Quotation marks inside a person's name are no quotation (set BE, branch ent88): a nickname
printed between a given name and a surname ("Tom “Bull” Kelvin", "Ana "La Flaca" Dorrow") is a
part of the name the entities stage found whole (kg.nlp.entities.spans.nicknames,
titlednicknames), neither a term in scare quotes nor a passage anyone said. Read as a term, its
closing mark also cut the name the speaker rules read back from a verb of saying ("…, Tom
“Bull” Kelvin, said, “…”" gave the quotation to "Kelvin" alone).

kg.nlp.quotations.quotes drops such marks before it reads the rest, and kg.nlp.speakers reads a
subject back over them. The module sits below both (imports flow one way).
"""

from __future__ import annotations

from kg.model import Document, Span


def _person_spans(doc: Document) -> list[Span]:
    ann = doc.annotations
    return [m.span for m in ann.mentions
            if m.entity in ann.entities and ann.entities[m.entity].kind == "person"]


def inside_name(doc: Document, at: int) -> bool:
    """Whether the character at `at` (a quotation mark) lies inside a person's mention, with
    a word of the name on either side."""
    return any(s.begin < at and at + 1 < s.end for s in _person_spans(doc))


def outside_names(doc: Document, marks: list[tuple[Span, Span]]) -> list[tuple[Span, Span]]:
    """The marks (span with marks, content) that no person's mention holds with a word on
    either side of them: a quotation next to a name ("“We stay,” Ana Ruiz said") is kept."""
    inside = _person_spans(doc)
    return [(mark, content) for mark, content in marks
            if not any(s.begin < mark.begin and mark.end < s.end for s in inside)]
