"""A housing or shopping complex named "the <head> at <place>" (set CG, branch ent120): "the
Retreat at Kelvin Pines", "the Villas at Dorrow Creek". Developers name a complex so, and the
paper prints the name when a killing, a fire or an eviction happened there. "at" is no
connector the run walk takes (it joins no name in "Ana at Dorrow Creek"), so the run stopped
at it: the head alone was read as a town of the gazetteer or a lone word, and the place after
"at" apart (or as a person's name).

`at_sites` joins "the <head> at <Name>" into one place: "the" (either case) right before a run of
one word, a head of kg/data/nlp/rejoins.toml `[at_sites] heads`, " at ", then a run or a
registry place of one to three capitalised words. The step `at_sites` of `REGION_STEPS`.

A prison the state names by its kind and its town ("the State Correctional Institution at
Kelvport") is printed so too, its head ending a longer run: `at_facilities` joins a run of two
to four words ending in a head of `[at_facilities] heads`, " at " and a run or a registry place
of one to three words, one place (set DG's kind, branch passF42; one frame in the 115 sets,
where the institution and its town were two junk names)."""

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


def at_facilities(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<Kind> <head> at <Town>" read as one place (module
    docstring)."""
    heads = _facility_heads()
    after = {m.begin: m.end for m in known if m.entry.kind in PLACE_KINDS}
    after.update({run.begin: run.end for run in runs if not run.title and 1 <= len(run.words) <= 3})
    spans = []
    for run in runs:
        if run.title or not 2 <= len(run.words) <= 4 or run.words[-1][2] not in heads \
                or not text.startswith(_AT, run.end):
            continue
        start = run.end + len(_AT)
        if start < len(text) and text[start].isupper() and (end := after.get(start)) is not None:
            spans.append((run.begin, end))
    return as_runs(text, runs, spans, known, "place") if spans else runs


def at_sites(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "the <head> at <Name>" read as one place."""
    heads = _heads()
    after = {m.begin: m.end for m in known if m.entry.kind in PLACE_KINDS}
    after.update({run.begin: run.end for run in runs if not run.title and 1 <= len(run.words) <= 3})
    spans = []
    for run in runs:
        if run.title or len(run.words) != 1 or run.words[0][2] not in heads \
                or not text.startswith(_AT, run.end) \
                or _THE.search(text, max(0, run.begin - 4), run.begin) is None:
            continue
        start = run.end + len(_AT)
        if start < len(text) and text[start].isupper() and (end := after.get(start)) is not None:
            spans.append((run.begin, end))
    return as_runs(text, runs, spans, known, "place")
