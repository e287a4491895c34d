"""A county or parish named for a person with a possessive ("Prince Kelvin’s County", "Saint
Dorrow's Parish"), and a body named after it ("the Prince Kelvin’s County Tenants Union").

The run walk stops at the possessive, so the name fell apart: the person's name before it stood
as a person (a title such as "Prince" dropped) and "County …" after it as a name of its own,
both junk. `possessive_counties` reads a royal or saint's title (`openers`: a person's own
possessive, "Tessa Kelvane’s County Fair booth", is no county), a capitalised word, "’s" (or
"'s") and a head of kg/data/nlp/boundaries.toml `[possessive_counties] heads` as one place; a
run going on from the head lengthens it, and its own head then types the whole (a committee of
the county is an organisation). Frame over the 115 sets' articles: one (set DG's kind, branch
passF42). The step `possessive_counties` of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import Run


@cached
def _pattern() -> re.Pattern[str]:
    c = load("boundaries")["possessive_counties"]
    heads, openers = ("|".join(map(re.escape, c[k])) for k in ("heads", "openers"))
    return re.compile(r"(?<![\w’'.-])(?:" + openers + r") [A-Z][a-z]+[’']s (?:" + heads + r")(?![\w’'-])")


def possessive_counties(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<Name>’s County" read as one place (module docstring)."""
    if not runs:
        return runs
    begin, end = min(r.begin for r in runs), max(r.end for r in runs)
    spans = [(m.start(), m.end()) for m in _pattern().finditer(text, begin, end)]
    return as_runs(text, runs, spans, known, "place") if spans else runs
