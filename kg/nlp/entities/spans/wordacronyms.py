"""A body's acronym that spells a common word, before a body's lower-case noun: "the DEFEND
coalition", "the REACH union" (set BU's miss, branch ent117).

An acronym in capitals names a body whatever it spells, but one that spells a common English
word ("ANSWER", "DEFEND") was dropped with the common words, capitals or not, where an acronym
spelling none ("the KELVO coalition") was kept and typed by the noun after it. After "the" and
before a body's lower-case noun (kg/data/nlp/entities.toml `organization_after`: "coalition",
"union", "committee"), a run of one word of three capitals or more is such an acronym: the
run is typed an organisation before the common words are weighed.
kg.nlp.entities.spans.regionsteps runs `word_acronyms`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he $")
_CAPITALS = re.compile(r"[A-Z]{3,}")


def word_acronyms(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs with each acronym of one word between "the" and a body's noun typed an
    organisation."""
    out = []
    for run in runs:
        if len(run.words) == 1 and run.kind is None and not run.title \
                and _CAPITALS.fullmatch(run.words[0][2]) \
                and _THE_BEFORE.search(text, max(0, run.begin - 4), run.begin) \
                and cues.org_after.match(text, run.end):
            run = Run(run.begin, run.end, list(run.words), absorbed=list(run.absorbed), kind="organization")
        out.append(run)
    return out
