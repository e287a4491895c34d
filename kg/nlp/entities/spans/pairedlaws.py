"""An agreement or a law named for two lands joined by "and": "the Kelvo Bay and Northern Dorrow
Agreement" (issue 10, set CM, branch ent129).

The "and" lists (kg.nlp.entities.spans.andlists) part two names at "and" unless a head word
types the whole, and a registry place stops a run, so a treaty named for the two lands it
settles was cut into the first place and a law opening with the second ("Northern Dorrow
Agreement", junk). After "the", a place (one to four capitalised words the registry or the
gazetteer knows, or ending in a place's head word: "Bay", "River"), "and", then capitalised
words ending in a law's or a treaty's head (kg/data/nlp/boundaries.toml `[laws] heads`) are
one work: "the" makes one thing of what follows it, where a place and a law would be "Kelvo
Bay and the Dorrow Agreement". The first place is no mention of its own inside the name.

The step `paired_laws` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run
from kg.nlp.entities.spans.textspan import Region

_WORD = r"[A-Z][\w’'.-]*"
# "the Kelvo Bay and Northern Dorrow Agreement": the first land, then the law's words after "and"
_LAW = re.compile(rf"(?<![\w-])[Tt]he ({_WORD}(?: {_WORD}){{0,3}}) and "
                  rf"({_WORD}(?: {_WORD}){{0,4}})(?![\w’'-])")


def paired_laws(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs with each law named for a place and a second land read as one work."""
    heads = set(load("boundaries")["laws"]["heads"])
    places = {(m.begin, m.end) for m in known if m.entry.kind in PLACE_KINDS}
    ev = evidence()
    spans = []
    for m in _LAW.finditer(text, r.begin, r.end):
        if m.group(2).split()[-1] not in heads or m.group(2).split()[0] == "The":
            continue
        if (m.start(1), m.end(1)) in places or ev.place_kind(m.group(1)) is not None \
                or cues.heads.get(m.group(1).split()[-1]) == "place":
            spans.append((m.start(1), m.end(2)))
    return as_runs(text, runs, spans, known, "work") if spans else runs
