"""A registry event's other name that is its place's name, where the text says a place ("the
victory at Playa Kelva", "PLAYA KELVA, Cuba—"; set BY, branch ent123): one of the `KEEP_RULES`
of kg.nlp.entities.mentions.keep.

The registry gives an event the name of the place it happened at as an alias when the paper
calls it so ("Playa Girón" for the Bay of Pigs invasion, as Cubans name the battle). Where the
alias opens with a place's leading head (kg/data/nlp/entities.toml `[leading_head_types] place`:
"Playa", "Puerto", "Sierra") and a locative word stands right before it ("at", "in", "near",
"from") or it opens a dateline, the text names the place, not the event: the match is dropped
and the name finder reads the place by its head. The event's own label ("Bay of Pigs
Invasion") and an alias in other frames ("since Playa Kelva") stay the event's mentions."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.mentions.query import MentionQuery

_LOCATIVE = re.compile(r"(?<![\w’'-])(?:[Aa]t|[Ii]n|[Nn]ear|[Ff]rom)(?:\s+the)?\s+\Z")


@cached
def _place_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities")["leading_head_types"]["place"])


def event_alias_placed(q: MentionQuery) -> bool:
    """An event's alias opened by a place's head, after a locative word or opening a dateline."""
    m = q.m
    form = q.text[m.begin:m.end]
    if q.kind != "event" or form == m.entry.label or form.split()[0].casefold() not in _place_heads():
        return False
    if any(d.span.begin == m.begin for d in q.cx.doc.datelines):
        return True
    return textwindow.before(_LOCATIVE, q.text, m.begin, 12) is not None
