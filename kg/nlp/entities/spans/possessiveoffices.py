"""An office's department named with its holder's possessive: "the Kelvo County Sheriff’s
Department", "the Dorrow District Attorney’s Office".

The run walker ends a name at a possessive's "’s" unless the word before it is a plural names
run on over ("People’s", "Workers’") or a saint's, a place's or a firm's shape; an office's
holder is none of these, so the name was cut in two: the holder ("Kelvo County Sheriff", junk)
and its body's head alone (set BA, branch ent82). A run ending in an office's holder
(kg/data/nlp/boundaries.toml `[possessive_offices] holders`: "Sheriff", "Attorney" …), its
"’s" and one space, then a run that is one body's head (`heads`: "Department", "Office") are one
organisation. A holder's possessive before anything else ("the Sheriff’s deputies", "the Kelvo
County Sheriff’s Kelvin Street station") is left as it was.

The step `possessive_offices` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps);
`as_runs` (kg.nlp.entities.spans.capruns) puts one run in place of the pieces."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import Run

_POSSESSIVE = re.compile(r"[’']s[ \u00a0]")


@cached
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    """The holders' offices and the bodies' heads."""
    c = load("boundaries")["possessive_offices"]
    return frozenset(c["holders"]), frozenset(c["heads"])


def possessive_offices(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<… holder>’s <head>" read as one organisation."""
    holders, heads = _cues()
    by_begin = {run.begin: run for run in runs}
    spans = []
    for run in runs:
        gap = _POSSESSIVE.match(text, run.end)
        if run.title or gap is None or run.words[-1][2] not in holders:
            continue
        body = by_begin.get(gap.end())
        if body is not None and not body.title and len(body.words) == 1 and body.words[0][2] in heads:
            spans.append((run.begin, body.end))
    return as_runs(text, runs, spans, known, "organization")
