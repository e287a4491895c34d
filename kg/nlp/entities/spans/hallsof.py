"""A building named with "of" and the union local it belongs to ("a meeting at the Union Hall
of Carpenters Local 418"): the scanner read one run, its head the last word before "of" taken
for a place's ("Hall"), and the name was a place no one can look up, the local lost inside it.
Such a run is two names: the building, up to its head, and the local, a union's numbered unit
after "of" (set AY, branch ent79). The building heads are data (kg/data/nlp/boundaries.toml
`[halls_of_locals] heads`), the local's head is entities.toml `union_unit_heads` ("Local",
"Lodge"), and its number must follow it: "the Hall of the Local Heroes" stays whole. A part of
the local named so ("the Clerks Unit of Kelvo Dockers Local 12", `part_heads`) is parted the same
way, the part then no place but a body of its own (set BB, branch ent83). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run, cut_run, rest_run

_NUMBER_END = re.compile(r"\s+[A-Z]?-?\d+[A-Z]?\Z")


@cached
def _heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The building heads, the heads of a local's parts and the local's heads."""
    c = load("boundaries")["halls_of_locals"]
    return (frozenset(c["heads"]), frozenset(c["part_heads"]),
            frozenset(load("entities")["union_unit_heads"]))


def halls_of_locals(text: str, runs: list[Run]) -> list[Run]:
    """Each run "<building> of <union> Local <number>" parted into the building and the local;
    the other runs as they were."""
    buildings, parts, units = _heads()
    out: list[Run] = []
    for run in runs:
        words = [w for _b, _e, w in run.words]
        cut = next((i for i in range(1, len(words) - 2)
                    if words[i] == "of" and (words[i - 1] in buildings or words[i - 1] in parts)), None)
        if run.title or cut is None or words[-1] not in units or "of" in words[cut + 1:] \
                or not _NUMBER_END.search(text[run.words[-1][0]:run.end]):
            out.append(run)
            continue
        hall_end = run.words[cut - 1][1]
        out.append(replace(cut_run(run, hall_end), kind="organization" if words[cut - 1] in parts else None))
        out.append(rest_run(run, cut + 1))
    return _parts_before_locals(text, out, parts, units)


def _parts_before_locals(text: str, runs: list[Run], parts: frozenset[str],
                         units: frozenset[str]) -> list[Run]:
    """A part's run the scanner already closed before "of" and the local's run ("the Night Clerks
    Unit" / "of" / "Kelvo Dockers Local 12"): the part is a body, whatever frame stands before it
    ("clerks in the …" would make it a place)."""
    by_begin = {run.begin: run for run in runs}
    for run in runs:
        if run.title or run.kind is not None or not run.words or run.words[-1][2] not in parts \
                or not text.startswith(" of ", run.end):
            continue
        local = by_begin.get(run.end + len(" of "))
        if local is not None and local.words and local.words[-1][2] in units \
                and _NUMBER_END.search(text[local.words[-1][0]:local.end]):
            run.kind = "organization"
    return runs
