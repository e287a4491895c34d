"""An international body the registry knows, glued before a force's or a mission's name: one
name ("the United Nations Kelvo Mission in Dorrovia").

The registry matches "United Nations" before the scanner reads the run after it, so the run
("Kelvo Mission") opens with no international body and kg.nlp.entities.spans.missions
`join_missions` does not see a mission in it: the country after "in" stayed a mention apart and
the run was a body cut from its name. A registry organisation written as one of the
international bodies of kg/data/nlp/boundaries.toml [missions] `bodies`, one space before a
run ending in one of its `heads`, opens the run; `join_missions`, after this step, then takes
"in" and the country. The body's registry mention is absorbed into the name, no mention of
its own there. kg.nlp.entities.spans.regionsteps runs `body_missions` right before
`join_missions` (branch ent125).
"""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run


@cached
def _missions() -> dict:
    return load("boundaries")["missions"]


def body_missions(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """Each run ending in a mission's head, one space after a registry international body,
    opened by that body."""
    c = _missions()
    heads, bodies = set(c["heads"]), set(c["bodies"])
    ends = {m.end: m for m in known if m.entry.kind == "organization" and text[m.begin:m.end] in bodies}
    out: list[Run] = []
    for run in runs:
        body = ends.get(run.begin - 1)
        if body is not None and text[body.end:run.begin] == " " and run.kind is None \
                and not run.title and run.words and run.words[-1][2] in heads:
            word = (body.begin, body.end, text[body.begin:body.end])
            run = replace(run, begin=body.begin, words=[word] + list(run.words),
                          absorbed=list(run.absorbed) + [body])
        out.append(run)
    return out
