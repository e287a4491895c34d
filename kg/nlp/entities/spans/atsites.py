"""A housing or shopping complex named "the <head> at <place>" (set CG, branch ent120): "the
Retreat at Kelvin Pines", "the Villas at Dorrow Creek". Developers name a complex so, and the
paper prints the name when a killing, a fire or an eviction happened there. "at" is no
connector the run walk takes (it joins no name in "Ana at Dorrow Creek"), so the run stopped
at it: the head alone was read as a town of the gazetteer or a lone word, and the place after
"at" apart (or as a person's name).

`at_sites` joins "the <head> at <Name>" into one place: "the" (either case) right before a run of
one word, a head of kg/data/nlp/rejoins.toml `[at_sites] heads`, " at ", then a run or a
registry place of one to three capitalised words.

A prison the state names by its kind and its town ("the State Correctional Institution at
Kelvport") is printed so too, its head ending a longer run: a run of two to four words ending in
a head of `[at_facilities] heads`, " at " and a run or a registry place of one to three words
are one place (set DG's kind, branch passF42; one frame in the 115 sets, where the institution
and its town were two junk names). It was a step of its own, `at_facilities`, until branch
gath45 made the two one step: one join, two tests of the head's run. The step `at_sites` of
`REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

_THE = re.compile(r"(?<![\w’'-])[Tt]he \Z")
_AT = " at "


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("rejoins")["at_sites"]["heads"])


@cached
def _facility_heads() -> frozenset[str]:
    return frozenset(load("rejoins")["at_facilities"]["heads"])


def _joined(text: str, run: Run, after: dict[int, int]) -> tuple[int, int] | None:
    """The span from the run through " at " and the run or registry place that begins right after
    it (`after`: where each such name ends, by its start), or None."""
    if not text.startswith(_AT, run.end):
        return None
    start = run.end + len(_AT)
    if start < len(text) and text[start].isupper() and (end := after.get(start)) is not None:
        return run.begin, end
    return None


def at_sites(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "the <head> at <Name>" and each "<Kind> <head> at <Town>" read
    as one place (module docstring)."""
    heads, facilities = _heads(), _facility_heads()
    after = {m.begin: m.end for m in known if m.entry.kind in PLACE_KINDS}
    after.update({run.begin: run.end for run in runs if not run.title and 1 <= len(run.words) <= 3})
    sites, prisons = [], []
    for run in runs:
        if run.title:
            continue
        if len(run.words) == 1 and run.words[0][2] in heads \
                and _THE.search(text, max(0, run.begin - 4), run.begin) is not None:
            sites.append(_joined(text, run, after))
        elif 2 <= len(run.words) <= 4 and run.words[-1][2] in facilities:
            prisons.append(_joined(text, run, after))
    # a complex first, then a prison: the order the two shapes were once read in, two steps
    return as_runs(text, runs, [x for x in sites + prisons if x is not None], known, "place")
