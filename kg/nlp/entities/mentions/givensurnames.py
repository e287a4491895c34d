"""A registry person's surname after another person's given name is that other person: "Dorra
Kelvane, Tomas Kelvane's widow" names no famous "Tomas Kelvane" in her own name (set BT's
miss, branch ent117).

Once the page has named the registry person, his surname alone is his short form, and it
matched inside his widow's or brother's name: her given name, opening the sentence (where
`glue.glued_after_name` reads no glue), was left alone and dropped, and the page named the
famous man where he is absent. A capitalised word one space before the surname that is no word
of the registry person's name, no title, function word, place or common English word (or is a
given name the gazetteer knows) is another given name: the match is dropped and the scanner
reads the two words as one new name, as `initialedsurnames` does for initials. A declared rule
of kg.nlp.entities.mentions.keep `KEEP_RULES`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.mentions.query import MentionQuery

# "Dorra ": a capitalised word of two letters or more right before the match, one space between
_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z][\w’'-]*) $")


def other_persons_given_name(q: MentionQuery) -> bool:
    """The match is one word of a registry person (not the whole label) and another given
    name stands right before it (module docstring)."""
    m, text, cx = q.m, q.text, q.cx
    form = text[m.begin:m.end]
    label = m.entry.label
    if q.kind != "person" or " " in form or form == label or " " not in label:
        return False
    before = _WORD_BEFORE.search(text, max(q.r.begin, m.begin - 30), m.begin)
    if before is None:
        return False
    word = before.group(1)
    if word in label.split() or word in cx.titles or word in cx.function_words:
        return False
    g = gazetteer()
    return g.place_kind(word) is None and (g.is_given_name(word) or not common_words().common(word))
