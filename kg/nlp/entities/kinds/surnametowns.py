"""A surname the gazetteer also knows as a town, joined by "and" to a person: "a jury acquitted
Dorrance and Kelvik" after "Roy Dorrance" and "Ada Kelvik" (set BT's kinds, branch ent117).

A one-word name the gazetteer knows as a town is typed a place by it (weak), though the page
names a person in full whose surname it is and sets it beside another person with "and": a
verdict's two defendants, two speakers. Where the word is the surname of a person the article
names in full (kept names typed person, the registry's people it mentions) and "and" joins it
to a person (a name typed person or another such surname, or a registry person's mention), it
is a person (weak). A
town said by the text (strong: "Dorrance, Texas") keeps its kind. A declared step of
`KIND_STEPS`, after the lists' kinds.
"""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.kinds.shortforms import surname
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import PLACE_KINDS

_AND = re.compile(r"\s+and\s+")


def _people_spans(ctx: NameContext, kept: Kept, kinds: Kinds, surnames: set[str]) -> list[tuple[int, int]]:
    """Where the article names a person: kept runs typed person or that are the surname of a
    person named in full, registry people's mentions."""
    spans = [(run.begin, run.end) for run, label, _k in kept
             if kinds.of[label][0] == "person" or label in surnames]
    return spans + [(m.begin, m.end) for m in ctx.covered if m.entry.kind == "person"]


def surname_towns(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A one-word name typed a place by the gazetteer alone, the surname of a person named in
    full, joined by "and" to a person: a person (weak)."""
    full = {label for label, (kind, _s) in kinds.of.items() if kind == "person" and " " in label}
    full |= {m.entry.label for m in ctx.covered if m.entry.kind == "person" and " " in m.entry.label}
    surnames = {surname(label) for label in full}
    people = _people_spans(ctx, kept, kinds, surnames)
    text = ctx.text
    for run, label, _k in kept:
        kind, strong = kinds.of[label]
        if kind not in PLACE_KINDS or strong or run.title or " " in label or label not in surnames:
            continue
        if any(_AND.fullmatch(text, run.end, b) or _AND.fullmatch(text, e, run.begin) for b, e in people):
            kinds.of[label] = ("person", False)
