"""A body named for its purpose, "for" and a gerund, whose object is a list of trades joined by
"and" (set BP's junk, branch ent102): "the Kelvo Committee for Organizing Tin and Copper Workers"
is one organisation, which the runs left as "Kelvo Committee for Organizing Tin" and "Copper
Workers". The "and" lists of kg.nlp.entities.spans.andlists run on only in an "of" part.

The two runs are joined when the first holds "for" before a capitalised gerund ("Organizing",
"Defending") with a word after it, " and " alone lies between them, and the second ends in an
organisation's head word with no other head before it (a product's may: "Steel Workers"). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_GERUND = re.compile(r"[A-Z][a-z]+ing")


def _purpose_gerund(run: Run) -> bool:
    """"… for Organizing Tin": "for", a capitalised gerund and at least one word after it."""
    words = [w for (_b, _e, w) in run.words]
    return any(words[i] == "for" and _GERUND.fullmatch(words[i + 1]) for i in range(1, len(words) - 2))


def _trade_body(run: Run, cues: Cues) -> bool:
    """"Copper Workers": an organisation's head word last, no head before it but a product's
    ("Steel", `and_product_heads`: what the trade works in)."""
    words = [w for (_b, _e, w) in run.words]
    return len(words) >= 2 and cues.heads.get(words[-1]) == "organization" \
        and not any(w in cues.heads and w not in cues.and_products for w in words[:-1])


def purpose_lists(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs with a purpose's "and" list of trades joined into the body it names."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and not prev.title and not run.title and prev.kind is None and run.kind is None \
                and text[prev.end:run.begin] == " and " and _purpose_gerund(prev) and _trade_body(run, cues):
            out[-1] = Run(prev.begin, run.end, prev.words + [(prev.end + 1, prev.end + 4, "and")] + run.words,
                          False, prev.absorbed + run.absorbed)
            continue
        out.append(run)
    return out
