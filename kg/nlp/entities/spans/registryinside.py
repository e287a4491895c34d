"""A body whose name holds a registry organisation's between its own heads: "the Alliance of
Pathfinder Press Unions", "the Council of Kelvo Steel Workers" with "Kelvo Steel" known. The
registry mention stops the capitalised run on both sides, so the body's name was lost (its
words before "of" dropped as a piece, the plural head after the firm left alone) and only the
firm was named (set BC, branch ent84). An organisation's head before "of" (one to three
capitalised words after "the"), the registry organisation, and one capitalised organisation's
head right after it ("Unions", "Workers") are one organisation's name; the registry mention is
absorbed into it. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.

A party's numbered gathering with the body that met, "the Sixth Congress of the Kelvan Workers
Party", is kg.nlp.entities.spans.numberedgatherings.

A body named for an event the registry knows, its head right after the event's name ("the
Kelvo March Movement", "the Dorrow Strike Committee" with the march or the strike known), is one
organisation's name (boundaries.toml `[joins] event_body_heads`): the event alone was a junk
mention and the head a lone word no run keeps (set DV's junk, branch passT44)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_BEFORE = re.compile(rf"(?<![\w’'-])the ((?:[{UPPER}][\w’'-]* ){{1,3}})of \Z")
_AFTER = re.compile(rf" ([{UPPER}][\w’'-]*)(?![\w’'-])")


def _org_head(word: str, cues: Cues) -> bool:
    return cues.heads.get(word) == "organization"


def _absorbed_into(text: str, out: list[Run], known: list[Match], m: Match, b: int, e: int,
                   kind: str) -> list[Run]:
    """`out` with text[b:e], which holds the registry match `m`, read as one run of `kind`
    absorbing `m` and the runs inside it; `out` as it was where another registry name overlaps
    the span or a run crosses its edges or is a title."""
    if any(k is not m and k.begin < e and b < k.end for k in known):
        return out
    pieces = [x for x in out if x.begin < e and b < x.end]
    if any(x.title or x.begin < b or x.end > e for x in pieces):
        return out
    words = [(b + w.start(), b + w.end(), w.group(0)) for w in re.finditer(r"\S+", text[b:e])]
    joined = Run(b, e, words, absorbed=[m] + [a for x in pieces for a in x.absorbed], kind=kind)
    return sorted([x for x in out if x not in pieces] + [joined], key=lambda x: x.begin)


def registry_body_inside(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs with each "<head> of <registry organisation> <head>" read as one
    organisation's run."""
    out = list(runs)
    for m in known:
        if m.entry.kind != "organization" or not (r.begin <= m.begin and m.end <= r.end):
            continue
        before = _BEFORE.search(text, max(r.begin, m.begin - 60), m.begin)
        after = _AFTER.match(text, m.end)
        if before is None or after is None or not _org_head(before.group(1).split()[-1], cues) \
                or not _org_head(after.group(1), cues):
            continue
        b, e = before.start(1), after.end(1)
        out = _absorbed_into(text, out, known, m, b, e, "organization")
    return out


_HEAD_AFTER = re.compile(rf" ([{UPPER}][\w’'-]*)(?![\w’'-]| [{UPPER}])")


@cached
def _event_body_heads() -> frozenset[str]:
    return frozenset(load("boundaries")["joins"]["event_body_heads"])


def registry_event_body(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<registry event> <body's head>" read as one organisation's
    run."""
    out = list(runs)
    for m in known:
        if m.entry.kind != "event" or not (r.begin <= m.begin and m.end <= r.end):
            continue
        after = _HEAD_AFTER.match(text, m.end)
        if after is None or after.group(1) not in _event_body_heads() or after.end() > r.end:
            continue
        b, e = m.begin, after.end(1)
        out = _absorbed_into(text, out, known, m, b, e, "organization")
    return out
