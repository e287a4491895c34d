"""A union named "of" the trades it organises, the trades listed with "and", its acronym in
brackets after: "the Union of Dock Loaders and Harbor and Warehouse Workers (SEKDO)" (issue 10,
branch ent99).

The scanner cuts such a name at its "and" between two trades, and the page got two bodies
("Union of Dock Loaders", "Harbor and Warehouse Workers") and the acronym given to the
second. A union of two trades is one body: the first part holds an organisation's head and
"of", and ends in a plural (the first trade's people); " and " and a run ending in an
organisation's plural head ("Workers", "Employees") follow, and a bracketed acronym after the
second run that its own initials do not spell ("SEKDO" is no "HWW") says the name is longer
than the second run: an English gloss of a name in another language keeps the acronym of its
own words. A second run whose initials spell the acronym is a body of its own ("… and Kelvo
Bus Workers (KBW)"), and is left so.
kg.nlp.entities.spans.regionsteps runs `unions_of_trades` before `named_by_initials`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_ACRONYM = re.compile(r" \(([A-Z][A-Za-z-]{2,})\)")


def _union_of_plural(run: Run, cues: Cues) -> bool:
    """An organisation's head then "of" inside the run, a plural last."""
    names = [w for _b, _e, w in run.words]
    pairs = zip(names, names[1:], strict=False)
    return any(cues.heads.get(a) == "organization" and b == "of" for a, b in pairs) \
        and names[-1].endswith("s") and names[-1][:1].isupper()


def _spelled(run: Run, acronym: str) -> bool:
    """The run's capitalised words' initials spell the acronym."""
    initials = "".join(w[0] for _b, _e, w in run.words if w[:1].isupper())
    return initials.upper() == acronym.replace("-", "").upper()


def unions_of_trades(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, each union "of" a trade joined with " and " and the next trade's run where a
    bracketed acronym its initials do not spell follows (module docstring)."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        acronym = _ACRONYM.match(text, nxt.end) if nxt is not None else None
        if nxt is not None and acronym is not None and text[run.end:nxt.begin] == " and " \
                and not run.title and not nxt.title and run.kind is None and nxt.kind is None \
                and _union_of_plural(run, cues) and cues.heads.get(nxt.words[-1][2]) == "organization" \
                and not _spelled(nxt, acronym.group(1)):
            and_word = (run.end + 1, run.end + 4, "and")
            out.append(Run(run.begin, nxt.end, [*run.words, and_word, *nxt.words],
                           absorbed=[*run.absorbed, *nxt.absorbed]))
            i += 2
            continue
        out.append(run)
        i += 1
    return out
