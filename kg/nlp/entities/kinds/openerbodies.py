"""A state's body by its one-word name opening a sentence (set CF, branch ent119): "Parliament
voted the emergency law through", "Parliament will meet again in May".
One capitalised word opening a sentence is a name only as a short form of a name the article
knows (kg.nlp.entities.kinds.shortforms `OPENER_READERS`), so the body was lost there, where in
mid-sentence ("a vote in Parliament") kg/data/nlp/scopes.toml `[bodies] names` keeps it.

`opener_body` reads such a word as the body, an organisation, when it is one of `[opener_bodies]
names` and a verb follows it (kg.nlp.entities.cues.verbs `ends_modifier`: "was", "is", "voted");
"Parliament building" or "Senate Democrats" are runs of their own or no name. A reading of
`OPENER_READERS`.
"""

from __future__ import annotations

import re
from typing import Protocol

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.verbs import ends_modifier
from kg.nlp.entities.kinds.kindstate import Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import Run

_NEXT = re.compile(r"\s+(?:now\s+|also\s+)?([a-z]+)")


class _Names(Protocol):
    """What the reader reads of kg.nlp.entities.kinds.shortforms `ShortForms` (which imports
    this module): the names' context and their kinds."""

    ctx: NameContext
    kinds: Kinds


@cached
def _bodies() -> frozenset[str]:
    return frozenset(load("scopes")["opener_bodies"]["names"])


def opener_body(sf: _Names, run: Run) -> tuple[str, bool] | None:
    """("organization", True) for "Parliament" opening a sentence before a verb."""
    word = run.words[0][2]
    if len(run.words) != 1 or word not in _bodies():
        return None
    m = _NEXT.match(sf.ctx.text, run.end)
    if m is None or not ends_modifier(m.group(1)):
        return None
    sf.kinds.of[word] = ("organization", True)
    return sf.kinds.of[word]
