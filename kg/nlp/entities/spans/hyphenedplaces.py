"""A place named by a registry place, a hyphen, a second word and a place's head ("Kelvin-Dorrow
County", "Tallow-Vane Parish": a county named for two towns or a town and a person): the
registry read the first town alone, the word after the hyphen was lost with it and the head
word alone was no name, so the county was lost (set BL, branch ent97).

A registry place opening the name (after a space, a bracket or a quotation mark, or at the
start), a hyphen, one capitalised word and a word the cues read as a place's head (`[head_types]
place`: "County", "Parish", "Park" …) are one name, the registry place absorbed.
kg.nlp.entities.spans.regionsteps runs `hyphened_places`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run
from kg.nlp.entities.spans.textspan import Region

_AFTER = re.compile(r"-(?P<w>[A-Z][\w’']+) (?P<h>[A-Z][a-z]+)(?![\w’'-])")


def hyphened_places(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs of region r with each registry place, a hyphen, a word and a place's head made
    one name (`known`: the registry's matches; those in r are read)."""
    out = list(runs)
    for place in known:
        if not (r.begin <= place.begin and place.end <= r.end) or not _opens_name(text, place):
            continue
        m = _AFTER.match(text, place.end)
        if m is None or m.end() > r.end or cues.heads.get(m.group("h")) != "place":
            continue
        tail = (m.start("w"), m.end())
        if any(x.begin < tail[1] and place.begin < x.end and not (tail[0] <= x.begin and x.end <= tail[1])
               for x in out):
            continue  # a run over the place, or one running on past the head: not ours to cut
        words = [(place.begin, place.end, text[place.begin:place.end]),
                 (m.start("w"), m.end("w"), m.group("w")), (m.start("h"), m.end("h"), m.group("h"))]
        out = [x for x in out if not (m.start("w") <= x.begin and x.end <= m.end())]
        out.append(Run(place.begin, m.end(), words, absorbed=[place]))
    return sorted(out, key=lambda x: x.begin)


def _opens_name(text: str, place: Match) -> bool:
    """A registry place that opens a name: after a space, a bracket or a quotation mark, or first."""
    return place.entry.kind in PLACE_KINDS \
        and (place.begin == 0 or text[place.begin - 1].isspace() or text[place.begin - 1] in "(“\"‘")
