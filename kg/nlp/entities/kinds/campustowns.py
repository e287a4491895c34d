"""A university's campus named by its leading word, a hyphen and its town: "Kelvane-Dorrow" where
the article names "Kelvane University" (set DS's kind, branch passQ44).

A state university names its campuses by city this way ("students at Kelvane-Newark and
Kelvane-Camden held rallies"). The hyphened word has no head, and "at" or a list beside a town
typed it a place, weakly; it is the campus, a body as its university is. Where the article
names a school whose head (kg/data/nlp/kinds.toml `[campus_names] town_campus_heads`) closes a
name its first word opens, that word, a hyphen (or an en dash) and a town the gazetteer or the
registry knows as a city are the campus: an organisation. A name a cue typed (strong) keeps its
kind. A KIND_STEPS step, after `typed_spans` (it reads the typed schools) and before
`coordinated` (a list after it follows the campus).
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_WEAK = (("place", False), ("thing", False))
_HYPHEN = re.compile(r"[-–]")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("kinds")["campus_names"]["town_campus_heads"])


def campus_towns(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each hyphened one-word name, weakly a place or untyped, that is a school's leading word
    and a city (module docstring): an organisation."""
    schools = set()
    for b, e, k in kinds.typed:
        words = ctx.text[b:e].split()
        if k == "organization" and len(words) > 1 and words[-1] in _heads():
            schools.add(words[0])
    if not schools:
        return
    cities = {ctx.text[m.begin:m.end] for m in ctx.covered if m.entry.kind == "city"}
    for run, label, _k in kept:
        parts = _HYPHEN.split(label)
        if len(parts) != 2 or " " in label or run.title or parts[0] not in schools \
                or kinds.of.get(label) not in _WEAK:
            continue
        if parts[1] in cities or ctx.ev.gazetteer.place_kind(parts[1]) == "city":
            kinds.of[label] = ("organization", False)
