"""A body's name in a Romance language closed by its founding date, the month capitalised:
"the Movimiento Obrero 26 de Julio", "the Frente Popular 1 de Mayo" (set BY's kind, branch
ent112).

The run of capitalised words stops at the day's number, so the name was cut in two: its words
before the date an untyped piece, the month alone a junk name. A run of two capitalised words
or more, then a day (1–31), a link word and a month of those languages (kg/data/nlp/
foreigndates.toml), the month's run right after, are one organisation's name (a body named for
the date of the act it was born in, as kg.nlp.entities.spans.datednames reads "the May 12
Youth Movement"). A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.spans.runs import Run

_BODY = "organization"


@cached
def _date() -> re.Pattern:
    """" 13 de " between the name's words and its month (the month is the next run's)."""
    return re.compile(r"[ \u00a0](?:[1-9]|[12]\d|3[01])°?[ \u00a0]"
                      + phrase_pattern(load("foreigndates")["links"]) + r"[ \u00a0]")


@cached
def _months() -> frozenset[str]:
    return frozenset(load("foreigndates")["months"])


def foreign_dated_bodies(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each Romance body's name joined to the date that closes it."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and _dated(text, prev, run):
            date = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text[:run.begin])
                    if m.start() >= prev.end]
            out[-1] = Run(prev.begin, run.end, prev.words + date + run.words, kind=_BODY,
                          absorbed=prev.absorbed + run.absorbed)
            continue
        out.append(run)
    return out


def _dated(text: str, prev: Run, run: Run) -> bool:
    """`prev` (two words or more, no title, no kind) and the date, then `run`, the month alone."""
    return len(prev.words) >= 2 and not prev.title and prev.kind is None \
        and len(run.words) == 1 and run.words[0][2] in _months() and run.kind is None \
        and (m := _date().match(text, prev.end)) is not None and m.end() == run.begin
