"""A union's numbered unit named with its union after "of the": "District Council 12 of the
American Federation of Kelvo Workers" (set BH, branch ent94).

"Local 574 of the <registry union>" is one name as the run walk reads it: "Local" takes its
number inside the walk, which then goes on over "of the" into the registry's union. A unit whose
number the runs get only later ("District Council 12", the number joined by
kg.nlp.entities.spans.joins) stopped before "of the", so the unit and the union were two names,
and the whole, the only name that says which council it is (bench/quality/README.md, "A union's
local named with its union"), was lost.

`units_of_unions` joins them: a run nothing typed, its last word a number, the word before it a
numbered head (`numbered_heads`: "District", "Lodge") or an organisation's head ("Council"),
then " of the " and a registry organisation's name right after. The union is absorbed into the
unit's run as the walk absorbs it into "Local 574 of the …".

kg.nlp.entities.spans.regionsteps runs it after the joins that give a unit its number.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_OF_THE = " of the "
_NUMBER = re.compile(r"\d{1,5}(?:-\d{1,3})?[A-Z]?")


def units_of_unions(text: str, runs: list[Run], known: list, cues: Cues) -> list[Run]:
    """The runs, each "<unit> <number> of the <registry organisation>" made one run (module
    docstring)."""
    bodies = {m.begin: m for m in known if m.entry.kind == "organization" and m.how == "name"}
    for run in runs:
        if not _numbered_unit(run, cues) or text[run.end:run.end + len(_OF_THE)] != _OF_THE:
            continue
        body = bodies.get(run.end + len(_OF_THE))
        if body is None:
            continue
        run.words.append((body.begin, body.end, text[body.begin:body.end]))
        run.end = body.end
        run.absorbed.append(body)
    return runs


def _numbered_unit(run: Run, cues: Cues) -> bool:
    """Two words or more, untyped or an organisation's (the join that numbered it types it), no
    title, the last a number after a unit's head."""
    if len(run.words) < 2 or run.title or run.kind not in (None, "organization") \
            or _NUMBER.fullmatch(run.words[-1][2]) is None:
        return False
    head = run.words[-2][2]
    return head in cues.numbered or cues.heads.get(head) == "organization"
