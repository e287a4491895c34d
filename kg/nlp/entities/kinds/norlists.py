"""People named in a "neither … nor …" chain: "the union trusts neither Kelvane nor Dorrow nor
Ana Tallis to settle the strike" (set BZ, branch ent116).

The paper weighs candidates and rulers against each other by surname ("neither Truman nor
Dewey"): a surname alone, no given name before it, leaves the name untyped. "nor" joins only
like with like; where a person (a name the rules or the registry typed a person) stands in the
chain, every untyped name in it is a person too. Only "nor" makes the chain: "and" and "or"
join firms, towns and people alike, and the lists of kg.nlp.entities.kinds.framedkinds read
them. A declared step of `KIND_STEPS` (kg.nlp.entities.kinds.resolve), after `typed_spans`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.kinds.untypedframes import untyped_name
from kg.nlp.entities.spans.namecontext import NameContext

_NOR = re.compile(r"\s*,?\s+nor\s+")


def _beside_person(text: str, begin: int, end: int, typed: list[tuple[int, int, str]]) -> bool:
    """A person's span joined to `begin`-`end` by "nor", before or after it."""
    return any(k == "person" and (_NOR.fullmatch(text, e, begin) or _NOR.fullmatch(text, end, b))
               for b, e, k in typed)


def nor_people(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Untyped names joined by "nor" to a person are people; the chain is read until no name
    changes ("Kelvane nor Dorrow nor Ana Tallis": Dorrow by Ana Tallis, then Kelvane by Dorrow)."""
    changed = True
    while changed:
        changed = False
        for run, label, _k in kept:
            if untyped_name(kinds, run, label) and not ctx.ev.place_kind(label) \
                    and _beside_person(ctx.text, run.begin, run.end, kinds.typed):
                kinds.of[label] = ("person", True)
                kinds.typed.append((run.begin, run.end, "person"))
                changed = True
