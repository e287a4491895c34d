"""A city and a region before one lower-case head: "in Kelvin and Dorrow province" where Kelvin
is a registry city (issue 10, set BU's kinds, branch ent108).

kg.nlp.entities.spans.cutnames `places_and_region` reads two names joined by "and" before a
region's head in lower case as one region named by both (a province named for two lands, as
two-part provinces are). Where the first name is a city the registry knows on its own, the text
names two places, the city and the region with its head: the run made of both was junk, the
city a miss. This step, run right after it, cuts such a run after "and": the city is a mention
of its own again (no longer absorbed), the rest ("Dorrow province") a place as before. A town the
gazetteer knows as a city, which no registry row holds, is cut off the same way (its run then
types it; set DP's pass, branch passN44).
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.spans.runs import Run, rest_run

_CITY_KINDS = ("city",)


@cached
def _region_heads() -> frozenset[str]:
    return frozenset(load("cutnames")["region_heads"])


def city_and_region(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each "<registry city> and <name> <region head>" place cut after "and"."""
    out = []
    for run in runs:
        rest = _cut(text, run)
        town = _gazetteer_town(text, run) if rest is not None else None
        if town is not None and not any(m.begin == run.begin for m in run.absorbed):
            # the town no registry row holds: a run of its own, typed as its words say
            words = [w for w in run.words if w[1] <= town]
            out.append(Run(run.begin, town, words, False, [], kind="place"))
        out.append(rest or run)
    return out


def _cut(text: str, run: Run) -> Run | None:
    """The rest after "and" of a city-and-region run, or None where `run` is no such run."""
    if run.kind != "place" or not run.words or run.words[-1][2] not in _region_heads():
        return None
    city = next((m.end for m in run.absorbed if m.begin == run.begin and m.entry.kind in _CITY_KINDS),
                None) or _gazetteer_town(text, run)
    if city is None or text[city:city + 5] != " and ":
        return None
    start = next((i for i, w in enumerate(run.words) if w[0] >= city + 5), None)
    if start is None or start == len(run.words) - 1:
        return None
    return rest_run(run, start, kind="place")


def _gazetteer_town(text: str, run: Run) -> int | None:
    """Where a town no registry row holds ends, one or two words before the run's first " and ",
    where the gazetteer knows those words as a city ("in Nampula and Dorrow province", a
    hyphenated "Kelvo-Kelvo"; set DP's pass, branch passN44), or None."""
    at = text.find(" and ", run.begin, run.end)
    if at < 0 or len(text[run.begin:at].split()) > 2:
        return None
    return at if evidence().place_kind(text[run.begin:at]) in _CITY_KINDS else None
