"""A city and a region before one lower-case head: "in Kelvin and Dorrow province" where Kelvin
is a registry city (issue 10, set BU's kinds, branch ent108).

kg.nlp.entities.spans.cutnames `places_and_region` reads two names joined by "and" before a
region's head in lower case as one region named by both (a province named for two lands, as
two-part provinces are). Where the first name is a city the registry knows on its own, the text
names two places, the city and the region with its head: the run made of both was junk, the
city a miss. This step, run right after it, cuts such a run after "and": the city is a mention
of its own again (no longer absorbed), the rest ("Dorrow province") a place as before.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run, rest_run

_CITY_KINDS = ("city",)


@cached
def _region_heads() -> frozenset[str]:
    return frozenset(load("cutnames")["region_heads"])


def city_and_region(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each "<registry city> and <name> <region head>" place cut after "and"."""
    out = []
    for run in runs:
        out.append(_cut(text, run) or run)
    return out


def _cut(text: str, run: Run) -> Run | None:
    """The rest after "and" of a city-and-region run, or None where `run` is no such run."""
    if run.kind != "place" or not run.words or run.words[-1][2] not in _region_heads():
        return None
    city = next((m for m in run.absorbed if m.begin == run.begin and m.entry.kind in _CITY_KINDS), None)
    if city is None or text[city.end:city.end + 5] != " and ":
        return None
    start = next((i for i, w in enumerate(run.words) if w[0] >= city.end + 5), None)
    if start is None or start == len(run.words) - 1:
        return None
    return rest_run(run, start, kind="place")
