"""A university system's name with the town of one campus after a comma: "the University of
Kelvia, Dorrow, campus", "at the University of Kelvia, Dorrow, students said" (branch ent124).

A state's university system names each campus by the town after a comma; the run walk stops at
the comma, so the page got the system and the town, and the campus (the university that the
article is about) was never named. A run opened by kg/data/nlp/kinds.toml `[campus_names]
openers` ("University of"), then ", ", then a run of one or two words that the gazetteer knows as
a town, closed by a comma or by " campus", are one name: the campus's university. A town not
closed so ("the University of Kelvia, Dorrow and Tallis") is a list, left as it was.
A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.spans.runs import Run

_CLOSED = re.compile(r",|[ \t]+campus(?![\w’'-])")


@cached
def _openers() -> tuple[str, ...]:
    return tuple(o + " " for o in load("kinds")["campus_names"]["openers"])


def _campus(text: str, run: Run, town: Run) -> bool:
    label = text[run.begin:run.end]
    return label.startswith(_openers()) and not run.title and run.kind in (None, "organization") \
        and text[run.end:town.begin] == ", " and not town.title and town.kind is None \
        and 1 <= len(town.words) <= 2 and _CLOSED.match(text, town.end) is not None \
        and gazetteer().place_kind(text[town.begin:town.end]) == "city"


def campus_names(text: str, runs: list[Run]) -> list[Run]:
    """The runs, a university system's run and its campus town after a comma made one name."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        if i + 1 < len(runs) and _campus(text, run, runs[i + 1]):
            town = runs[i + 1]
            run = Run(run.begin, town.end, run.words + town.words, False, run.absorbed + town.absorbed,
                      kind=run.kind)
            i += 1
        out.append(run)
        i += 1
    return out
