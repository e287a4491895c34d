"""A monument or a work named for what it is dedicated to: "the Monument to the Kelvo Dockers",
"an Ode to Dorrow Harbor" (set BY's kind, branch ent112).

The runs part at "to", so the head alone ("Monument") was taken for a place and what it honours
for a name of its own (or a registry body's mention), both junk. A run that ends in one of
kg/data/nlp/dedications.toml `heads`, then "to" (and "the") and the next run or a registry
name, no title or kind another step gave the runs, are one name (its kind left to the typing
steps; the registry name is part of it, no mention of its own). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

_TO = re.compile(r"[ \u00a0]to[ \u00a0](?:the[ \u00a0])?(?=[A-Z])")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("dedications")["heads"])


def dedicated_works(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each dedication's head joined to what it honours."""
    out: list[Run] = []
    skip: set[int] = set()
    for k, run in enumerate(runs):
        if k in skip:
            continue
        to = _TO.match(text, run.end) if _plain(run) and run.words[-1][2] in _heads() else None
        if to is None:
            out.append(run)
            continue
        gap = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text[run.end:to.end()])]
        gap = [(run.end + b, run.end + e, w) for (b, e, w) in gap]
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        if nxt is not None and nxt.begin == to.end() and _plain(nxt):
            skip.add(k + 1)
            out.append(Run(run.begin, nxt.end, run.words + gap + nxt.words,
                           absorbed=run.absorbed + nxt.absorbed))
            continue
        m = next((m for m in known if m.begin == to.end()), None)
        if m is not None and (nxt is None or nxt.begin >= m.end):
            out.append(Run(run.begin, m.end, run.words + gap + [(m.begin, m.end, text[m.begin:m.end])],
                           absorbed=run.absorbed + [m]))
            continue
        out.append(run)
    return out


def _plain(run: Run) -> bool:
    return not run.title and run.kind is None
