"""A one-word name nothing typed that is the surname of two or more people the article names in
full ("Leroy Kelvo Sr." and his son "Leroy Kelvo Jr.", then "Kelvo said"; "Ana Dorrow" and "Tom
Dorrow", then "the Dorrows' lawyer … Dorrow"): a person, though which one the surname alone does
not say. kg.nlp.entities.mentions.coreference leaves such a surname unlinked (two people, no
one answer); without this step it would stay untyped, a name of no kind, where every reader
takes it for one of the family (set BL, branch ent97). A declared step of `KIND_STEPS`."""

from __future__ import annotations

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.kinds.shortforms import surname
from kg.nlp.entities.spans.namecontext import NameContext


def _full_names(ctx: NameContext, kinds: Kinds) -> set[str]:
    """The people the article names in full (two words or more): kept names typed person and
    the registry's people it mentions."""
    kept = {label for label, (kind, _strong) in kinds.of.items() if kind == "person"}
    known = {m.entry.label for m in ctx.covered if m.entry.kind == "person"}
    return {label for label in kept | known if len(label.split()) > 1}


def shared_surnames(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped capitalised word alone, no place the evidence knows, that is the surname of
    two or more people named in full is a person."""
    people: dict[str, set[str]] = {}
    for label in _full_names(ctx, kinds):
        people.setdefault(surname(label), set()).add(label)
    for run, label, _k in kept:
        if kinds.of[label][0] != "thing" or run.title or " " in label or not label[:1].isupper() \
                or label.isupper() or len(people.get(label, ())) < 2 or ctx.ev.place_kind(label):
            continue
        kinds.of[label] = ("person", False)
