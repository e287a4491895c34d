"""A body whose name holds a continent's or region's possessive, after "the": "the South
America’s Metal Trades Unions" (issue 10, set BA, branch ent86).

The run walker ends a name at a possessive's "’s" unless the word before it is a plural, a
saint's, a place's or a firm's shape; a registry place before it was then read as the place
("South America", junk) and a body after it ("Metal Trades Unions", junk), the name cut in two.
"The" before a place's possessive says the possessive is inside a name: one writes "South
America’s unions" or "the unions of South America", not "the South America’s unions". So
"the", a place the registry or the gazetteer knows (a name in the singular: "the Philippines’"
is a country's own "the"), its "’s", then a run ending in an organisation's head word
(entities.toml `[head_types] organization`) are one organisation. Without "the" ("Ohio’s
Building Trades Council") the place and the body stay apart; so do they where the body's name
opens with its head and "of" ("the Kelvo Nation’s Office of Kelvo Miners Affairs", branch
ent129): such a name is whole without an owner before it, and the "the" is the place's own (a
nation, a coast, a valley named with it), so the place owns the office.

The step `place_possessive_bodies` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

_POSSESSIVE = re.compile(r"[’']s ")
_THE = re.compile(r"(?<![\w-])the \Z")


def place_possessive_bodies(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs with each "the <place>’s <… organisation head>" read as one body."""
    by_begin = {run.begin: run for run in runs if not run.title}
    ev = evidence()
    places = [(m.begin, m.end) for m in known if m.entry.kind in PLACE_KINDS]
    places += [(run.begin, run.end) for run in by_begin.values()
               if ev.place_kind(text[run.begin:run.end]) is not None]
    spans = []
    for b, e in places:
        if text[e - 1] == "s" or _THE.search(text, max(0, b - 4), b) is None:
            continue
        gap = _POSSESSIVE.match(text, e)
        body = by_begin.get(gap.end()) if gap else None
        if body is not None and cues.heads.get(body.words[-1][2]) == "organization" \
                and not _head_of(text, body, cues):
            spans.append((b, body.end))
    return as_runs(text, runs, spans, known, "organization")


def _head_of(text: str, body: Run, cues: Cues) -> bool:
    """"Office of Kelvo Miners Affairs": the body's first word an organisation's head word and
    "of" right after it, a name whole on its own."""
    first = body.words[0]
    return cues.heads.get(first[2]) == "organization" and text.startswith(" of ", first[1])
