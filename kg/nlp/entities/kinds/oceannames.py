"""An ocean's or a sea's name alone: "protests sweep the Pacific", "bombs dropped on the
Atlantic." (set CD's kind). The gazetteer knows "Pacific Ocean", not the word alone, which the
paper writes far more often; no rule typed it, and the untyped word was dropped.

`ocean_alone` types a one-word name of kg/data/nlp/kinds.toml `[lower_heads] oceans` a place when
no word of a longer name follows it: a sign, the end of the text, a function word (`SMALL`: "as",
"and") or a verb after it ("is", "were", a past tense: "the Pacific reminded me"). Before a
lower-case noun it is an adjective ("Pacific nations", "Atlantic crossings"): no name, left as
it was. A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked before the gazetteer."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.spans.runs import SMALL

_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z][\w’'-]*)")
_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})


@cached
def _oceans() -> frozenset[str]:
    return frozenset(load("kinds")["lower_heads"]["oceans"])


def ocean_alone(q: NameQuery) -> Kind | None:
    """An ocean's name with no noun after it: a place (module docstring)."""
    if len(q.words) != 1 or q.words[0] not in _oceans():
        return None
    rest = q.text[q.run.end:q.run.end + 40]
    if re.match(r"[ \u00a0]*[A-Z]", rest):
        return None  # a longer name's word follows
    m = _NEXT_WORD.match(rest)
    if m is None or m.group(1) in SMALL or m.group(1) in _VERBS or m.group(1).endswith("ed"):
        return "place", True
    return None
