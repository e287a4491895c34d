"""A compass region "of" a place is two places: "the East Shore of the North Peninsula", "the
South Coast of Dorrow Island" (set CB, branch ent113).

The scanner reads "of the" inside a name, so a region named by a compass word and a place's
head ("West Coast", "East Shore") and the land it lies on were one name nobody uses ("West Coast
of the South Island"), the two places the page names lost. A run whose words before "of" (or
"of the") are two, a compass word (kg/data/nlp/entities.toml `compass_words`) and a land's
side (kg/data/nlp/boundaries.toml `[compass_regions_of] heads`: "Coast", "Shore", not a
court's "District"), and whose words after it end in a place's head or are a place the
gazetteer or the registry knows, is cut in two runs, the region and the land; "of" stays
between them.
A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run, absorbed_in


@cached
def _sides() -> frozenset[str]:
    return frozenset(load("boundaries")["compass_regions_of"]["heads"])


def _cut_at(run: Run, cues: Cues, ev: Evidence) -> int | None:
    """The index of the "of" that parts the region from the land, if the run has the shape."""
    words = [w for (_b, _e, w) in run.words]
    if run.title or len(words) < 4 or words[2] != "of":
        return None
    start = 4 if words[3] == "the" else 3
    land = words[start:]
    if not land or words[0] not in cues.compass or words[1] not in _sides():
        return None
    if cues.heads.get(land[-1]) == "place" or ev.place_kind(" ".join(land)) is not None \
            or any(m.begin >= run.words[start][0] and m.entry.kind in ("country", "city", "place")
                   for m in run.absorbed):
        return start
    return None


def compass_regions_of(runs: list[Run], cues: Cues, ev: Evidence) -> list[Run]:
    """The runs, each compass region "of" a place cut into the region and the place."""
    out: list[Run] = []
    for run in runs:
        start = _cut_at(run, cues, ev)
        if start is None:
            out.append(run)
            continue
        region_end = run.words[1][1]
        land_begin = run.words[start][0]
        out.append(Run(run.begin, region_end, run.words[:2], False, absorbed_in(run, run.begin, region_end)))
        out.append(Run(land_begin, run.end, run.words[start:], False, absorbed_in(run, land_begin, run.end)))
    return out
