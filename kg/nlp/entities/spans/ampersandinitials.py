"""A name with initials joined by "&" after a registry place (set CG, branch ent120): "Kelvia
A&M University", "Dorrow A&T State University". "&" ends a word, so the run walk began the name
after it ("M University") where the place before the initials is one the registry knows (with an
unknown word there the run took it whole): the state was read apart and the rest was junk.

`ampersand_initials` joins a registry place (or a plain run), one space, one to three capitals,
"&", and the run that begins right after the "&" with a capital into one name, typed by its
head word as any run is (a university, a firm). The step `ampersand_initials` of `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

# " A&" before a run: the capitals before the ampersand, after one space
_INITIAL = re.compile(r" ([A-Z]{1,3})&\Z")


def ampersand_initials(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<place> X&<run>" read as one name."""
    ends = {m.end: m.begin for m in known if m.entry.kind in PLACE_KINDS}
    spans = []
    for run in runs:
        if run.title or len(run.words) < 2 or run.begin < 6:
            continue
        mark = _INITIAL.search(text, max(0, run.begin - 6), run.begin)
        if mark is None or (begin := ends.get(mark.start())) is None:
            continue
        spans.append((begin, run.end))
    return as_runs(text, runs, spans, known, None)
