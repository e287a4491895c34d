"""A body named by its own words, a hyphen and the registry body it belongs to: "Campus
Council-American Federation of Teachers", "Kelvo Section-Dorrow Workers Union" (a council or a
section of a national union, in the union's own style; branch ent124).

The registry read the national body alone, and the scanner takes no part of a word the registry
covers: the words before the hyphen, glued to the body's first word ("Council-American"), were
lost, and the page got the national union where the text names its council. One to four
capitalised words right before a hyphen glued to a registry organisation's name, the last of
them an organisation's head ("Council", "Section"), are one name with it: the council, an
organisation, the registry body absorbed (its mention would be a piece of the name).
kg.nlp.entities.spans.hyphenedbodies reads a registry place before the hyphen; this reads a
registry body after it. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words
from kg.nlp.entities.spans.textspan import Region

_BEFORE = re.compile(r"(?<![\w’'.-])(?P<own>(?:[A-Z][\w’']*[ \t]+){0,3}[A-Z][\w’']*)-\Z")


def hyphened_affiliates(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs of region r, each body's own words glued by a hyphen to a registry body made one
    name with it."""
    out = list(runs)
    for body in known:
        if body.entry.kind != "organization" or not (r.begin < body.begin and body.end <= r.end) \
                or text[body.begin - 1] != "-":
            continue
        m = textwindow.before(_BEFORE, text, body.begin, 60, cut=True)
        if m is None:
            continue
        start = body.begin - len(m.group(0))
        own = span_words(text, start, body.begin - 1)
        if start < r.begin or not own or cues.heads.get(own[-1][2]) != "organization":
            continue
        out = [x for x in out if x.end <= start or x.begin >= body.end]
        out.append(Run(start, body.end, [*own, (body.begin, body.end, text[body.begin:body.end])],
                       absorbed=[body], kind="organization"))
    return sorted(out, key=lambda x: x.begin)
