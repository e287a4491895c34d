"""A church, a parish or a school named for a saint with the saint's "of" part: "St. Kelvin of
the Holy Dorrow Church", "Saint Tessa of the Hills School" (set CB, branch ent113).

The scanner stops at "of the" when a run of capitals stands on both sides, so the name was cut
in two: the saint ("St. Kelvin", read as a place by "at") and the rest ("Holy Dorrow Church", a
church of its own). A run of two or three words opened by a saint's title (kg/data/nlp/
boundaries.toml `[saint_names] titles`), then "of" or "of the", then a run of at most five
words ending in a head such a name ends in (`heads`) are one name, the registry matches inside
either part riding with it. A declared step of kg.nlp.entities.spans.regionsteps
`REGION_STEPS`; the titles and heads are data, the names are not."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.pairjoins import join_pairs
from kg.nlp.entities.spans.runs import Run

_OF = re.compile(r"\s+of(?:\s+the)?\s+")


@cached
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    c = load("boundaries")["saint_names"]
    return frozenset(c["titles"]), frozenset(c["heads"])


def _saint(run: Run) -> bool:
    titles, _heads = _cues()
    return not run.title and 2 <= len(run.words) <= 3 and run.words[0][2] in titles


def _headed(run: Run) -> bool:
    _titles, heads = _cues()
    return not run.title and 1 <= len(run.words) <= 5 and run.words[-1][2] in heads


def saint_names(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each saint's run joined to the headed run after its "of" part."""
    return join_pairs(runs, lambda a, b: _OF.fullmatch(text, a.end, b.begin) is not None
                      and _saint(a) and _headed(b), None)
