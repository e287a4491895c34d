"""A legislature's one-word name opening a sentence: "Parliament gave the agency its powers",
"Congress voted the funds" (set CD's kind). One capitalised word opening a sentence is a name
only as a known short form (kg.nlp.entities.kinds.shortforms `OPENER_READERS`), so the body the
article names mid-sentence as a matter of course was lost where a sentence opened with it.

`legislature_opener` reads such a word an organisation when it is one of kg/data/nlp/kinds.toml
`[legislature_openers] words`, a lower-case word follows it (its verb: "gave", "is"), and the
article never writes the word in lower case ("the parliament of the union" would make it a common
noun there). kg.nlp.entities.bodies then gives it its country, as it does mid-sentence."""

from __future__ import annotations

import re
from typing import Protocol

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.kindstate import Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import Run


class _Names(Protocol):
    """What the reader reads of kg.nlp.entities.kinds.shortforms `ShortForms` (which imports
    this module): the names' context and their kinds."""

    ctx: NameContext
    kinds: Kinds

_VERB_AFTER = re.compile(r"[ \u00a0]+[a-z]")


@cached
def _legislatures() -> frozenset[str]:
    return frozenset(load("kinds")["legislature_openers"]["words"])


def legislature_opener(sf: _Names, run: Run) -> tuple[str, bool] | None:
    """("organization", True) for a legislature's one-word name opening a sentence (module
    docstring)."""
    w, ctx = run.words[0][2], sf.ctx
    if len(run.words) == 1 and w in _legislatures() and w.lower() not in ctx.lower \
            and _VERB_AFTER.match(ctx.text, run.end) is not None:
        sf.kinds.of.setdefault(w, ("organization", True))
        return sf.kinds.of[w]
    return None
