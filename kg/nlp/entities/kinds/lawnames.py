"""A law named by a head that is a surname too: "the Internal Security Law", "the Basic Law"
(issue 10, set BD's kinds, branch ent87). The heads are data (kg/data/nlp/boundaries.toml
[laws] `surname_heads`).

"Law" cannot be a head word of kg/data/nlp/entities.toml (`[head_types] work`): "Dana Law said"
is a person, and a head word types a name before any given name is read. A name of two words
or more whose head it is ("the Charter Law of Kelvia") is a law only where nothing says a
person: no given name opens it, no title or byline names it. kg.nlp.entities.kinds.namekinds
runs `surname_law_head` among the name's own forms, right after the laws' other shapes
(`headrules.law`).
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.registry.registry import normalise


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["laws"]["surname_heads"])


def surname_law_head(q: NameQuery) -> Kind | None:
    """"the Internal Security Law": a law (a work), weak as a head word's kind; None where a given
    name or a title opens the name, or the byline or a letter names it ("Dana Law")."""
    words = q.words
    if len(words) < 2 or q.head not in _heads() or not words[0][:1].isupper():
        return None
    if q.ev.given_name_first(words) or q.ev.gazetteer.is_given_name(words[0]) \
            or words[0] in q.cues.titles or normalise(q.label) in q.person_fields:
        return None
    return "work", False
