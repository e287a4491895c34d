"""A constitution's amendment by its number in figures (set CG, branch ent120): "the 14th
Amendment to the Kelvian Constitution". The run walk opens no name with a figure, so the head
alone was dropped and the amendment lost, though "the Fourteenth Amendment" is found and typed a
work (kg/data/nlp/entities.toml head types).

`numbered_amendments` reads an ordinal in figures and a head of kg/data/nlp/rejoins.toml
`[numbered_amendments] heads` as one work. The step `numbered_amendments` of `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import Run


@cached
def _pattern() -> re.Pattern:
    heads = "|".join(re.escape(h) for h in load("rejoins")["numbered_amendments"]["heads"])
    return re.compile(rf"(?<![\w’'.-])\d{{1,2}}(?:st|nd|rd|th) (?:{heads})(?![\w’'-])")


def numbered_amendments(text: str, begin: int, end: int, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<Nth> Amendment" read as one work."""
    spans = [(m.start(), m.end()) for m in _pattern().finditer(text, begin, end)]
    return as_runs(text, runs, spans, known, "work") if spans else runs
