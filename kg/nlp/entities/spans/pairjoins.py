"""Two neighbouring runs joined into one name where a test says the words between them are
inside it (branch ent88): the loop `letterparticles` ("Jordi Kelvó i Dorrell") and `tonames`
("the Rise to Kelvin federation") share, each with its own test and kind.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.nlp.entities.spans.runs import Run


def join_pairs(runs: list[Run], joins: Callable[[Run, Run], bool], kind: str | None) -> list[Run]:
    """The runs, each run and the next that `joins` accepts made one run of `kind` (the words
    between them are the name's, no word of its own), left to right, a joined run never joined
    again. A `kind` of None leaves the joined run to the typing rules (saintnames, universityunits)."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        if nxt is not None and joins(run, nxt):
            out.append(Run(run.begin, nxt.end, run.words + nxt.words, run.title,
                           run.absorbed + nxt.absorbed, kind=kind))
            i += 2
            continue
        out.append(run)
        i += 1
    return out
