"""An event named by its head alone with "of" and its year: "the Panic of 1873", "the Compromise
of 1850" (set BT's miss, branch ent117).

The run walk joins "of" to a capitalised word, never to a number, so the event's name stopped
at its head ("Compromise", junk where the gold lists the name with its year, which the
conventions read as the name: bench/quality/README.md, "An event's name with `of <year>`"). A
run of one word, an event's head word (kg/data/nlp/entities.toml `head_types.event`), then " of "
and a year of four digits (a span's second year after a dash with it: "of 1989–90") that no
word or digit goes on from, is one name with the year; a month's name ("in March of 1968") is
no event's head there. A longer name ("the Kelvo General Strike of 1919") is a name without
its year already, as most sets' gold lists it: the year stays out of it.
kg.nlp.entities.spans.regionsteps runs `year_events`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_OF_YEAR = re.compile(r" of ((?:1[5-9]|20)\d\d(?:[–-](?:\d\d){1,2})?)(?![\w–-])")


def year_events(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs with each event's head alone and "of <year>" after it made one name."""
    out = []
    for run in runs:
        m = _OF_YEAR.match(text, run.end) if run.words and not run.title else None
        last = run.words[-1][2] if len(run.words) == 1 else ""
        if m is not None and run.kind in (None, "event") and cues.heads.get(last) == "event" \
                and last not in cues.calendar:  # "in March of 1968": a month, no march
            words = list(run.words) + [(m.start(1), m.end(1), m.group(1))]
            run = Run(run.begin, m.end(), words, absorbed=list(run.absorbed), kind=run.kind)
        out.append(run)
    return out
