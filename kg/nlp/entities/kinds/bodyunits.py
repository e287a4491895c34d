"""A body's own unit named after its possessive ("members of the Dorrow Police Department’s
Street Patrol Unit", then "the Street Patrol Unit"): an organisation, a part of the body. Its head
("Unit", "Team") says no kind alone (a prison's "Dorrow Unit" is a place), so the name stayed
untyped; the body's possessive right before one of its mentions says whose unit it is (set BL,
branch ent97). Only a name nothing typed, ending in a head of `[body_units] heads`
(kg/data/nlp/kinds.toml). A declared step of `KIND_STEPS`, after `typed_spans`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_POSSESSIVE = re.compile(r"['’]s? \Z")


@cached
def _heads() -> tuple[str, ...]:
    return tuple(load("kinds")["body_units"]["heads"])


def body_units(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name ending in a unit's head, one of whose mentions follows an organisation's
    possessive, is an organisation."""
    bodies = {e for _b, e, k in kinds.typed if k == "organization"}
    for run, label, _k in kept:
        if kinds.of[label][0] != "thing" or run.title or len(label.split()) < 2 \
                or not label.endswith(tuple(" " + h for h in _heads())):
            continue
        m = _POSSESSIVE.search(ctx.text, max(0, run.begin - 3), run.begin)
        if m is not None and m.start() in bodies:
            kinds.of[label] = ("organization", False)
