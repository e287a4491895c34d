"""A club named for the party its members belong to: "the Kelvo College Republicans", "Young
Democrats" (branch ent124).

A party's members in the plural ("Republicans") are no name of their own, and a name ending in
that plural has no head word, so nothing typed it. A name of two words or more that ends in one
of kg/data/nlp/kinds.toml `[member_clubs] plurals`, left untyped by every rule before, is a club
of those members: a body, weakly. A declared step of `KIND_STEPS`
(kg.nlp.entities.kinds.resolve)."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


@cached
def _plurals() -> frozenset[str]:
    return frozenset(load("kinds")["member_clubs"]["plurals"])


def member_clubs(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name of two words or more ending in a party's members' plural: a body."""
    for run, label, _k in kept:
        words = label.split()
        if kinds.of[label][0] == "thing" and not run.title and len(words) >= 2 and words[-1] in _plurals():
            kinds.of[label] = ("organization", False)
