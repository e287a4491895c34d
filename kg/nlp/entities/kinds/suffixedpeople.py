"""A name that ends in a generational suffix ("R.T. Dorrow Jr.", "Leroy Kelvo Sr.") is a person:
no firm, place or body ends its name so, and initials before an unknown surname ("R.T. Dorrow")
leave the given-name rules nothing to read (set BL, branch ent97). The suffixes are data
(kg/data/nlp/kinds.toml `[suffixed_people]`). A rule of `NAME_RULES`
(kg.nlp.entities.kinds.namekinds), with the name's own form."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _suffixes() -> frozenset[str]:
    return frozenset(load("kinds")["suffixed_people"]["suffixes"])


def generational_suffix(q: NameQuery) -> Kind | None:
    """"R.T. Dorrow Jr.": two capitalised words or more, then a generational suffix, no head word
    of a body or a place among them: a person."""
    words = q.words
    if len(words) < 3 or words[-1] not in _suffixes():
        return None
    if not all(w[:1].isupper() for w in words[:-1]) or any(w in q.cues.heads for w in words[:-1]):
        return None
    return "person", True
