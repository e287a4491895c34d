"""Kinds a name's own last words give, two rules of `NAME_RULES` (kg.nlp.entities.kinds.namekinds)
with the name's own form (set BL, branch ent97):

* `generational_suffix`: a name that ends in a generational suffix ("R.T. Dorrow Jr.", "Leroy
  Kelvo Sr.") is a person: no firm, place or body ends its name so, and initials before an
  unknown surname ("R.T. Dorrow") leave the given-name rules nothing to read;
* `city_ward`: an ordinal and "Ward" ("the Fifth Ward", "the 49th Ward") name a part of a city,
  a place; "Ward" alone ends surnames, so the ordinal is asked for.

The words are data (kg/data/nlp/kinds.toml `[suffixed_people]`, `[numbered_wards]`)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
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


@cached
def _ward() -> re.Pattern[str]:
    c = load("kinds")["numbered_wards"]
    spelled = phrase_pattern(load("boundaries")["addresses"]["spelled_ordinals"])
    ordinal = rf"(?:{spelled}|\d{{1,3}}(?:st|nd|rd|th))"
    return re.compile(rf"(?:(?:{phrase_pattern(c['sides'])}) )?{ordinal} (?:{phrase_pattern(c['heads'])})")


def city_ward(q: NameQuery) -> Kind | None:
    """"the Fifth Ward", "the Lower Ninth Ward": a city's ward by its ordinal, a place."""
    return ("place", True) if _ward().fullmatch(q.label) else None
