"""A town whose police the page names (set CG, branch ent120): "a Kelvin Center cop" beside "the
Kelvin Center Police Department". A town named with a body's head word ("Center", "Union") was
typed an organisation by that word, though a body has no police department of its own: the
police a town's name opens are the town's.

`police_towns`: a name a head word only typed an organisation (weak), its head one of
kg/data/nlp/rejoins.toml `[police_towns] heads` ("Center": a town's name as often as a hall's),
where the page also names "<name> Police Department" (or another of `after`), is a place. A
university's or a hospital's name keeps its kind: such bodies have police of their own.
A declared step of `KIND_STEPS` (kg.nlp.entities.kinds.resolve)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


@cached
def _after() -> str:
    return "|".join(re.escape(w) for w in load("rejoins")["police_towns"]["after"])


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("rejoins")["police_towns"]["heads"])


def police_towns(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A weakly typed organisation whose police department the page names: a place."""
    for run, label, _k in kept:
        if kinds.of[label] != ("organization", False) or run.title or run.kind is not None \
                or not 2 <= len(label.split()) <= 3 or label.split()[-1] not in _heads():
            continue
        if re.search(rf"(?<![\w’'-]){re.escape(label)} (?:{_after()})(?![\w’'-])", ctx.text):
            kinds.of[label] = ("place", False)
