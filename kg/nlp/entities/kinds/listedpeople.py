"""A name first in a list of people: "the jury found Arlo Venn, Tomas Dorrow and Ana Kelvey not
guilty" (set BT's kinds, branch ent107).

A name whose given name the evidence does not know stays untyped where nothing else speaks for
it; `coordinated` (kg.nlp.entities.kinds.resolve) types a name joined by "and" to a person, but
not one that a comma joins to the next, so the first of a list of three or more people stayed
untyped while the others, with known given names, were people. Where a plain name of two or
three words (no head word) is followed by a comma and at least two typed people, the list
closed by "and" right before the last, it is a person too. A list that "and" does not close, or
with any member no person, says nothing. A declared step of `KIND_STEPS`, right before
`coordinated` (whose lists run on from it).
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_GAP = re.compile(r",\s+(?P<and>and\s+)?|\s+(?P<bare_and>and)\s+")


def _people_after(text: str, end: int, people: dict[int, int]) -> int:
    """How many typed people follow `end` in a list closed by "and" (0 if "and" closes none)."""
    count = 0
    while (m := _GAP.match(text, end)) is not None and m.end() in people:
        if count == 0 and m.group("bare_and"):
            return 0  # "A and B": two names, `coordinated`'s case
        count, end = count + 1, people[m.end()]
        if m.group("and") or m.group("bare_and"):
            return count
    return 0


def listed_people(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped plain name before a comma and two or more typed people, the list closed by
    "and", is a person (module docstring)."""
    people = {b: e for b, e, kind in kinds.typed if kind == "person"}
    for run, label, _k in kept:
        if kinds.of[label][0] != "thing" or run.title or len(label.split()) not in (2, 3) \
                or head_word(label, ctx.cues) in ctx.cues.heads:
            continue
        if _people_after(ctx.text, run.end, people) >= 2:
            kinds.of[label] = ("person", False)
            kinds.typed.append((run.begin, run.end, "person"))
