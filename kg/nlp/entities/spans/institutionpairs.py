"""A chain named by two plural heads of institutions joined by "and": "Kelvo Hospitals and
Clinics", "Dorrow Hospitals and Clinics of Tallow" (set CO), as "… Hospitals & Clinics" is joined
by its sign (kg.nlp.entities.spans.joins).

The runs of capitalised words stop at "and", leaving "Kelvo Hospitals" and a second head alone
("Clinics", "Clinics of Tallow"): a lone plural head names nothing of its own, so it is the
second half of the name before it. A run of two words or more ending in one of
`institution_plurals` (kg/data/nlp/entities.toml: hospitals, clinics, schools, homes …), " and ",
then a run that is one such plural alone or with its "of" part, are one organisation. Workers'
plurals ("Kelvo Steelworkers and Machinists": two groups) are no such heads.
A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`, among the first.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run


@cached
def institution_plurals() -> frozenset[str]:
    """`institution_plurals`: a chain's plural heads ("Hospitals", "Clinics")."""
    return frozenset(load("entities")["institution_plurals"])


def _second_head(run: Run, plurals: frozenset[str]) -> bool:
    """The run is one institutions' plural, alone or before its "of" part ("Clinics of Tallow")."""
    words = [w for (_b, _e, w) in run.words]
    return bool(words) and words[0] in plurals and (len(words) == 1 or len(words) > 2 and words[1] == "of")


def institution_pairs(text: str, runs: list[Run]) -> list[Run]:
    """The region's runs with each chain named by two institutions' plurals made one run."""
    plurals = institution_plurals()
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:run.begin] == " and " and len(prev.words) >= 2 \
                and prev.words[-1][2] in plurals and not prev.title and not run.title \
                and _second_head(run, plurals):
            words = [*prev.words, (prev.end + 1, run.begin - 1, "and"), *run.words]
            out[-1] = Run(prev.begin, run.end, words, absorbed=[*prev.absorbed, *run.absorbed],
                          kind="organization")
            continue
        out.append(run)
    return out
