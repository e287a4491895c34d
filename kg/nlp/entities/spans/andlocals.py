"""A place and a union's local joined by "and" in a list of locals ("Local 312 in North Bend and
Local 40 in Coos Bay"): the scanner ran the town, "and" and the second local into one run, and
the place was lost inside an organisation no one can look up. A run whose words right after its
last "and" are a local's head and its number alone (entities.toml `union_unit_heads`: "Local",
"Lodge") is two names, the part before "and" and the local. A union's own list stays whole, for
more words follow its "and" ("Hotel and Restaurant Employees Local 2"). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS` (set BQ, branch ent103)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run, cut_run, rest_run

_AND_LOCAL = re.compile(r"(\S+) and ([^\W\d_]+) [A-Z]?-?\d+[A-Z]?\Z")


@cached
def _units() -> frozenset[str]:
    """The heads of a union's numbered units ("Local", "Lodge")."""
    return frozenset(load("entities")["union_unit_heads"])


def and_locals(text: str, runs: list[Run]) -> list[Run]:
    """Each run "<name> and Local <number>" parted into the name and the local; the other runs
    as they were."""
    out: list[Run] = []
    for run in runs:
        cut = None if run.title else _and_local(text, run, _units())
        if cut is None:
            out.append(run)
            continue
        out += [cut_run(run, run.words[cut - 1][1]), rest_run(run, cut)]
    return out


def _and_local(text: str, run: Run, units: frozenset[str]) -> int | None:
    """The index of the local's head in the run's words when the run ends in "and <head>
    <number>" after a name of its own (not itself a list's "and", "of" or "the"), else None."""
    m = _AND_LOCAL.search(text, run.begin, run.end)
    if m is None or m.group(2) not in units or m.group(1) in ("and", "of", "the"):
        return None
    cut = next((i for i, w in enumerate(run.words) if w[0] == m.start(2)), None)
    return cut if cut else None
