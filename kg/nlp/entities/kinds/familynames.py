"""People named with two family names, as Spanish and Portuguese names are written ("Ramiro
Gómez Urrieta"; branch ent19). The paper names such a person in full once and later by the
first family name alone ("Gómez said …"), not by the last word as an English name's surname. So
a three-word name that nothing types and whose middle word the article writes alone elsewhere
is a person, and that middle word alone is the person's short form. The middle word must be no
given name ("John Paul Jones": "Paul" alone is another person) and no common English word, and
no word of the name an organisation's or place's head; kg.nlp.entities.names calls these once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ’'-]+")


def first_family_name(label: str, is_given: Callable[[str], bool],
                      common: Callable[[str], bool]) -> str | None:
    """The middle word of a three-word name of plain capitalised words, when it may be a
    first family name (no given name, no common English word), else None."""
    words = label.split()
    if len(words) != 3 or not all(_WORD.fullmatch(w) for w in words):
        return None
    middle = words[1]
    return None if is_given(middle) or common(middle) else middle


def two_family_names(kinds: dict[str, tuple[str, bool]], alone: set[str], is_head: Callable[[str], bool],
                     is_given: Callable[[str], bool], common: Callable[[str], bool]) -> dict[str, str]:
    """The untyped or people's three-word names (`kinds[label]` "thing" or "person") whose
    first family name `alone` holds (a one-word run of the article, or a two-word run of the
    given name and that family name), each mapped to that family name. A person a speech verb
    or a given name typed ("said Orlando Dorrow Tessaro") is as often so named as one nothing
    types (branch ent22)."""
    out: dict[str, str] = {}
    for label, (kind, _strong) in kinds.items():
        if kind not in ("thing", "person") or any(is_head(w) for w in label.split()):
            continue
        middle = first_family_name(label, is_given, common)
        # the first family name alone ("Gómez"), or with the given name ("Ramiro Gómez")
        if middle is not None and (middle in alone or f"{label.split()[0]} {middle}" in alone):
            out[label] = middle
    return out
