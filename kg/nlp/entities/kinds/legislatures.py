"""A legislature's one-word name opening a sentence: "Parliament gave the agency its powers",
"Congress voted the funds" (set CD's kind; set CF's "Parliament voted the budget down", branch
ent119, whose own reader of the same shape is folded in here). One capitalised word opening a
sentence is a name only as a known short form (kg.nlp.entities.kinds.shortforms
`OPENER_READERS`), so the body the article names mid-sentence as a matter of course was lost
where a sentence opened with it.

`legislature_opener` reads such a word an organisation when it is one of kg/data/nlp/kinds.toml
`[legislature_openers] words`, a verb follows it (kg.nlp.entities.cues.verbs `ends_modifier`:
"gave", "voted", "will", perhaps after "now" or "also"; "Parliament building" is no body alone),
and the article never writes the word in lower case before "of" ("the parliament of the
students" makes it a common noun there; "the parliament building" names the body still).
kg.nlp.entities.bodies then gives it its country, as it does mid-sentence."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.verbs import ends_modifier
from kg.nlp.entities.kinds.kindstate import OpenerNames
from kg.nlp.entities.spans.runs import Run

_NEXT = re.compile(r"[ \u00a0]+(?:now[ \u00a0]+|also[ \u00a0]+)?([a-z]+)")


@cached
def _legislatures() -> frozenset[str]:
    return frozenset(load("kinds")["legislature_openers"]["words"])


def legislature_opener(sf: OpenerNames, run: Run) -> tuple[str, bool] | None:
    """("organization", True) for a legislature's one-word name opening a sentence (module
    docstring)."""
    w, ctx = run.words[0][2], sf.ctx
    if len(run.words) != 1 or w not in _legislatures() \
            or re.search(rf"\b{re.escape(w.lower())}\s+of\b", ctx.text):
        return None
    m = _NEXT.match(ctx.text, run.end)
    if m is None or not ends_modifier(m.group(1)):
        return None
    sf.kinds.of.setdefault(w, ("organization", True))
    return sf.kinds.of[w]
