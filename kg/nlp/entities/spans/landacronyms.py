"""A body's name ending "of" a land, its acronym in brackets right after: "the Front for Unity
and Renewal of Kelvia (FURK)", "the Movement for Justice and Progress of Dorrovia (MJPD)" (set
BU's junk, branch ent117).

The run walk joins a registry land after "of" only to a run holding a body's head, and an
inner "and" parts the name's words: "Renewal of Kelvia" holds none, so the land stayed a
mention of its own and the body lost it (junk where the gold lists it whole). The acronym need
not spell every word (a name glossed from another language keeps its own letters: "Front
Révolutionnaire pour …" gives an R the English lacks), but its first letter is the body's
first word's and its last the land's: then the run, "of" or "of the" and the land are one name,
the land absorbed. kg.nlp.entities.spans.regionsteps runs `land_before_acronym`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words

_OF = re.compile(r" of (?:the )?")
_ACRONYM = re.compile(rf" \(([{UPPER}]{{3,8}})\)")
_LANDS = ("country", "place", "city")


def _headed(run: Run, cues: Cues) -> bool:
    """A run read from capitals holding an organisation's head."""
    return run.kind in (None, "organization") and not run.title \
        and any(cues.heads.get(w) == "organization" for (_b, _e, w) in run.words)


def land_before_acronym(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs with each body's run, "of (the)" and a registry land before a bracketed acronym
    opening with the run's first letter and closing with the land's made one name."""
    starts = {m.begin: m for m in known if m.entry.kind in _LANDS}
    out = []
    for run in runs:
        m = _OF.match(text, run.end)
        land = starts.get(m.end()) if m is not None else None
        a = _ACRONYM.match(text, land.end) if land is not None else None
        if a is not None and _headed(run, cues) and a.group(1)[0] == text[run.begin] \
                and a.group(1)[-1] == text[land.begin]:
            words = list(run.words) + span_words(text, run.end, m.end()) \
                + [(land.begin, land.end, text[land.begin:land.end])]
            run = Run(run.begin, land.end, words, absorbed=list(run.absorbed) + [land], kind=run.kind)
        out.append(run)
    return out
