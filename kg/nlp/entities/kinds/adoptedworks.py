"""A treaty whose head names a gathering too: "the Kelvo Labour Convention, adopted by the …",
"states that ratified the Dorrow Convention" (set CI, branch ent122).

"Convention" heads a party's or a union's gathering (an event: "the Democratic National
Convention") and a treaty between states (a work: the labour conventions of the International
Labour Organization, the conventions of the United Nations). The head word alone types it an
event. A gathering is held, a treaty adopted, ratified or signed: a name with one of the heads
of kg/data/nlp/kinds.toml [adopted_works] `heads` right after such a verb ("ratified the …") or
before it (", adopted by", "was signed") is a work. A rule of kg.nlp.entities.kinds.namekinds
`NAME_RULES`, asked before the head word types it."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _data() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The heads, the verb before the name (with "the") and the verb after it."""
    c = load("kinds")["adopted_works"]
    verbs = phrase_pattern(list(c["verbs"]))
    before = re.compile(rf"(?<![\w’'-])(?:{verbs})\s+the\s+\Z")
    after = re.compile(rf",?\s+(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:{verbs})\b")
    return frozenset(c["heads"]), before, after


def adopted_work(q: NameQuery) -> Kind | None:
    """A treaty's name before or after "adopted", "ratified", "signed": a work (module docstring)."""
    heads, before, after = _data()
    if len(q.words) < 2 or q.words[-1] not in heads:
        return None
    if after.match(q.text, q.run.end) or textwindow.before(before, q.text, q.run.begin, 30):
        return "work", True
    return None
