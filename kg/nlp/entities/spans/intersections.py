"""A street corner named again by its streets' short forms (set CG, branch ent120): a page that
prints "at 41st Street and Kelvin Avenue" goes on "the square on 41st and Kelvin". The short
form is one place, the corner; read word by word, "Kelvin" was a town of the registry or a lone
word, junk.

`intersections` reads "<ordinal> and <Word>" as one place where the page names both streets in
full ("41st Street", "Kelvin Avenue": each form followed by a head of kg/data/nlp/rejoins.toml
`[intersection_heads]`), and only there: "the 41st and Kelvin" with no street named is left as
it was. The step `intersections` of `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import Run

_CORNER = re.compile(r"(?<![\w’'-])(\d{1,3}(?:st|nd|rd|th)) and ([A-Z][\w’'-]+)(?![\w’'-]| [A-Z])")


@cached
def _heads() -> str:
    """The street heads as a regex alternation."""
    return "|".join(re.escape(h) for h in load("rejoins")["intersection_heads"]["heads"])


def intersections(text: str, begin: int, end: int, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<ordinal> and <Word>" of two streets named in full on the
    page read as one place."""
    spans = []
    for m in _CORNER.finditer(text, begin, end):
        if _street(text, m.group(1)) and _street(text, m.group(2)):
            spans.append((m.start(), m.end()))
    return as_runs(text, runs, spans, known, "place") if spans else runs


def _street(text: str, short: str) -> bool:
    """Does the page name the street `short` in full ("41st Street", "Kelvin Ave.")?"""
    return re.search(rf"(?<![\w’'-]){re.escape(short)} (?:{_heads()})(?![\w’'-])", text) is not None
