"""A body's "of" part ending in "and the" and an adjective for a class of people: "the Union of
Kelvo Workers and the Exploited", "the League of Tenants and the Homeless" (set CD's kind).

The runs stop at "and the" (it parts two names far more often than it joins one), so the body
lost its end and the adjective ("Exploited") was left a name of its own, junk. A run that holds an
organisation's head before its "of" part, then " and the " and one of kg/data/nlp/boundaries.toml
`[collective_ends] words` (adjectives English uses as plural nouns for people: "the Poor") that
ends the run after it and is not followed by another capitalised word, are one name, of the
first run's kind. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_AND_THE = " and the "
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-Z]")


@cached
def _collectives() -> frozenset[str]:
    return frozenset(load("boundaries")["collective_ends"]["words"])


def collective_ends(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, a body's "of" part and "and the <Collective>" after it joined (module docstring)."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and not prev.title and not run.title and len(run.words) == 1 \
                and run.words[0][2] in _collectives() and text[prev.end:run.begin] == _AND_THE \
                and not _CAPITAL_AFTER.match(text, run.end) and _body_of(prev, cues):
            gap = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text[:run.begin])
                   if m.start() >= prev.end]
            out[-1] = Run(prev.begin, run.end, prev.words + gap + run.words,
                          absorbed=prev.absorbed + run.absorbed, kind=prev.kind)
            continue
        out.append(run)
    return out


def _body_of(run: Run, cues: Cues) -> bool:
    """An organisation's head before the run's "of" ("Union of …", "League of …")."""
    words = [w for (_b, _e, w) in run.words]
    if "of" not in words:
        return False
    return any(cues.heads.get(w) == "organization" for w in words[:words.index("of")])
