"""A town the gazetteer knows, set beside a body's possessive in apposition: "closed in on
Tallowmark, the Kelvo Front's last stronghold" (set BU's kinds, branch ent117).

A town listed right beside a registry body ("sews for Kelvo and Walmart") is one of the bodies
listed (kg.nlp.entities.kinds.contextrules `firm_listed_with_bodies`), and the comma after the
town read as a list's: the town became a firm. A body's possessive after ", the" is no list's
item but an apposition that says what the town is to the body (its stronghold, its capital,
its base): the town keeps the gazetteer's kind, said by the text (strong). A rule of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, right before `firm_listed_with_bodies`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_APPOSED = re.compile(r",\s+the\s+")
_POSSESSIVE = re.compile(r"[’']s\s+[a-z]")


def place_held_by_body(q: NameQuery) -> Kind | None:
    """The gazetteer's kind (strong) for a town of one word before ", the <body>'s <noun>",
    the body a registry organisation; None elsewhere."""
    a = _APPOSED.match(q.text, q.run.end)
    if not q.place or len(q.words) != 1 or a is None:
        return None
    body = next((m for m in q.known if m.begin == a.end() and m.entry.kind == "organization"), None)
    if body is None or not _POSSESSIVE.match(q.text, body.end):
        return None
    return q.place, True
