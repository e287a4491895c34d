"""A union named with its own head first and no "of": "the Brotherhood Railway Clerks", "the
Brotherhood Maintenance Workers" (set CI, branch ent122).

Some North American rail unions drop the "of" of their old names ("Brotherhood of Railway
Carmen" became "Brotherhood Railway Carmen"), so the name's last word is the members' trade in
the plural, no head word, sometimes a given name's spelling ("Carmen"): no rule typed it, and
the name was left a thing. A name of three words or more opening with one of the heads of
kg/data/nlp/kinds.toml [leading_union_heads] `heads`, no "of" after it, whose last word is no
head of its own is an organisation (weak: a head word's reading). With "of" the head before it
types the name already. A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("kinds")["leading_union_heads"]["heads"])


def leading_union_head(q: NameQuery) -> Kind | None:
    """"the Brotherhood Railway Clerks": a union (module docstring)."""
    words = q.words
    if len(words) < 3 or words[0] not in _heads() or not words[1][:1].isupper() \
            or words[-1] in q.cues.heads:
        return None
    return "organization", False
