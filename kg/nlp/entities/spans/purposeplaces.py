"""A body named for a purpose in a land: "the Committee for Peace in the Middle East", "the
Kelvo Coalition for Democracy in Dorrovia" (issue 10, set BU's kinds, branch ent108).

The runs stop at "in", so the body's name lost its land (junk: "Committee for Peace") and the
land was a mention of its own (junk in gold that lists the body whole). A run whose organisation
or event head is followed by "for" or "against" and the purpose's words, then "in" or "in the"
and a registry country or region (not a city: "the Coalition for Housing in Kelvin City" is
where the coalition works as often as its name) that no capitalised word goes on from, is one
name, the land absorbed. kg.nlp.entities.spans.regionsteps runs `purpose_places`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

_IN = re.compile(r" in (?:the )?")
_LANDS = ("country", "place")
_PURPOSE = ("for", "For", "against", "Against")


def _purposed(run: Run, cues: Cues) -> bool:
    """A run holding an organisation's or an event's head and, right after it, "for" or
    "against" with at least one word after that ("Committee for Peace")."""
    words = [w for (_b, _e, w) in run.words]
    return run.kind in (None, "organization", "event") and not run.title and any(
        cues.heads.get(a) in ("organization", "event") and b in _PURPOSE and i + 2 < len(words)
        for i, (a, b) in enumerate(zip(words, words[1:], strict=False)))


def purpose_places(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs with each body named for a purpose and the registry land after its "in (the)"
    made one name."""
    starts = {m.begin: m for m in known if m.entry.kind in _LANDS}
    out = []
    for run in runs:
        m = _IN.match(text, run.end)
        land = starts.get(m.end()) if m is not None else None
        if land is not None and _purposed(run, cues) \
                and not re.match(r"[ \u00a0][A-Z]", text[land.end:land.end + 2]):
            words = list(run.words) + [(w.start() + run.end, w.end() + run.end, w.group())
                                       for w in re.finditer(r"\S+", m.group())]
            run = Run(run.begin, land.end, words + [(land.begin, land.end, text[land.begin:land.end])],
                      absorbed=list(run.absorbed) + [land], kind=run.kind)
        out.append(run)
    return out
