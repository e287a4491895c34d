"""A registry place as the second part of a person's hyphened surname is no mention of the
place (set BE, branch ent88): "Tomas O’Kelly-Washington", "Ana Dorrow-Lima". The registry
matched the place's name after the hyphen and the run of capitalised words stopped there: the
person was lost, the place found where the page names none.

`place_in_hyphened_surname` drops the match when the word glued before its hyphen is
capitalised, no place the gazetteer knows, and follows (one space) a given name the gazetteer
knows: a person's double surname. A pair of places ("Dallas-Fort Worth") or a place glued to a
word that is no surname's ("Kelvo-Paris route" with no given name before) keeps its match.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.mentions.query import MentionQuery

# a given name, one space, a capitalised word (an apostrophe allowed: "O’Kelly"), a hyphen
_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][^\W\d_]+) ([A-Z][\w’']*[^\W\d_])-\Z")


def place_in_hyphened_surname(q: MentionQuery) -> bool:
    """The place is a hyphened surname's second part (module docstring)."""
    if not q.place:
        return False
    m = textwindow.before(_BEFORE, q.text, q.m.begin, 60, cut=True)
    if m is None:
        return False
    ev = evidence()
    return ev.gazetteer.is_given_name(m.group(1)) and ev.place_kind(m.group(2)) is None
