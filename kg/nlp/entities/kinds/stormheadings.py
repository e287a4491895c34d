"""A storm's bare name wherever the page also names it after its kind (branch ent104): "After
Kelva, miners organize" in a headline over a report on "Hurricane Kelva". The short forms read a
storm's bare name only after the full one (kg.nlp.entities.kinds.shortforms), so a headline, a
deck or a letter's heading, which come first, left it untyped. A name no rule typed, of one
word, is the event where the page names "<kind> <name>" (the entities stage's `storm_kinds`:
"Hurricane", "Typhoon", "Tropical Storm" …) as a kept name or a registry mention.

Apart from kg.nlp.entities.kinds.namekinds: a declared step of `KIND_STEPS`."""

from __future__ import annotations

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


def _storm_names(ctx: NameContext, kept: Kept, kinds: Kinds) -> set[str]:
    """The bare names of the storms the page names after their kind ("Kelva" of "Hurricane Kelva")."""
    kinds_of_storm = ctx.cues.storm_kinds
    full = [label for _r, label, _k in kept if kinds.of[label][0] == "event"]
    full += [m.entry.label for m in ctx.covered if m.entry.kind == "event"]
    out = set()
    for label in full:
        head, _, name = label.rpartition(" ")
        if head in kinds_of_storm and name[:1].isupper():
            out.add(name)
    return out


def storm_headings(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped one-word name the page also names after a storm's kind is that storm."""
    names = None
    for run, label, _k in kept:
        if " " in label or kinds.of[label][0] != "thing" or run.title:
            continue
        names = _storm_names(ctx, kept, kinds) if names is None else names
        if label in names:
            kinds.of[label] = ("event", True)
