"""A body named by a registry place, a hyphen, a second word and a body's name ("Kelvin-Dorrow
Community College", "Tallow-Vane Teachers Association": a college or an association named for
two towns, or for a town and its county) (issue 10, set BU's kinds, branch ent108).

The registry read the first town alone; the word after the hyphen was lost with it (the scanner
takes no part of a word the registry covers), and the rest ("Community College") was junk, the
whole a miss. A registry place opening the name (after a space, a bracket or a quotation mark,
or first), a hyphen, one capitalised word, one space and a run that ends in an organisation's
head are one name, the registry place absorbed. kg.nlp.entities.spans.hyphenedplaces does the
same for a place's head; kg.nlp.entities.spans.regionsteps runs `hyphened_bodies` after it.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run
from kg.nlp.entities.spans.textspan import Region

_AFTER = re.compile(r"-(?P<w>[A-Z][\w’']+) (?=[A-Z])")


def hyphened_bodies(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs of region r with each registry place, a hyphen, a word and a run ending in an
    organisation's head made one name."""
    by_begin = {run.begin: run for run in runs}
    out = list(runs)
    for place in known:
        if not (r.begin <= place.begin and place.end <= r.end) or not _opens_name(text, place):
            continue
        m = _AFTER.match(text, place.end)
        body = by_begin.get(m.end()) if m is not None else None
        if body is None or body.title or body.kind not in (None, "organization") or not body.words \
                or cues.heads.get(body.words[-1][2]) != "organization" or body.end > r.end:
            continue
        words = [(place.begin, place.end, text[place.begin:place.end]),
                 (m.start("w"), m.end("w"), m.group("w"))] + list(body.words)
        # the body's run, and the hyphened place hyphened_places made of its opening words
        # ("Kelvin-Dorrow" as the short form of a "Kelvin-Dorrow County" named elsewhere): both
        # are inside the body's name now, no names of their own (set CT's junk, branch junk46b)
        out = [x for x in out if x is not body and not (place.begin <= x.begin and x.end <= body.end)]
        out.append(Run(place.begin, body.end, words, absorbed=[place] + list(body.absorbed),
                       kind=body.kind))
    return sorted(out, key=lambda x: x.begin)


def _opens_name(text: str, place: Match) -> bool:
    """A registry place that opens a name: after a space, a bracket or a quotation mark, or first
    ("Kelvin-Dorrow …", not "…-Kelvin-Dorrow")."""
    return place.entry.kind in PLACE_KINDS \
        and (place.begin == 0 or text[place.begin - 1].isspace() or text[place.begin - 1] in "(“\"‘")
