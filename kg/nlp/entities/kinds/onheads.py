"""A body named for what it works on ("the Kelvish Network on Dorrow", "the Commission on
Tallow Rights"): kg.nlp.entities.spans.joins made one name of the head, "on" and the run after
it (boundaries.toml `[joins] on_heads`), but the name's head word is read as its last word (a
place, or nothing), so the name went untyped (set BF, branch ent90). The word right before the
first " on " (or "on the") is the head: an organisation or an event as `[heads]` gives it, weak
as a head word's kind is. A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, before the
plain head word's."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _on_heads() -> frozenset[str]:
    return frozenset(load("boundaries")["joins"]["on_heads"])


def body_on_subject(q: NameQuery) -> Kind | None:
    """The kind of an `on_heads` word before " on " inside the name, where it has one."""
    before, on, _rest = q.label.partition(" on ")
    if not on or not before:
        return None
    heads = _on_heads()
    words = before.split()
    head = next((" ".join(words[-n:]) for n in (2, 1) if " ".join(words[-n:]) in heads), None)
    kind = q.cues.heads.get(head.split()[-1]) if head else None
    return (kind, False) if kind in ("organization", "event") else None
