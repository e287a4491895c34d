"""A registry town's one-word name that is, on the same page, the family name of a person named
in full ("Dave Kelvin … Kelvin and Ana Ruiz also attended", where the registry lists a town
"Kelvin"): the word alone is that person, not the town (a real 2014 page's socialist worker,
named by surname after her full name, was linked to a Missouri town).

The registry's form matched every bare mention of the word, so the surname never reached the
new names and their coreference (kg.nlp.entities.mentions.coreference ties a surname to the
person named in full first). A one-word match of a city or place is dropped when the page also
prints the word right after a given name the gazetteer knows (with a middle initial or not),
unless the match stands in a place's frame: after "in", "at", "near", "from", "to", "outside"
or "of", or before a comma and a capitalised word ("Kelvin, Missouri"). A declared rule of
kg.nlp.entities.mentions.keep `KEEP_RULES`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.mentions.query import MentionQuery

# a place's frame right before the match ("in Kelvin", "from Kelvin"), case-insensitive
_PLACE_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?:in|at|near|from|to|outside|of)\s+\Z", re.IGNORECASE)
# … or its state after it ("Kelvin, Missouri")
_STATE_AFTER = re.compile(r",\s+[A-Z]")


def persons_surname_not_town(q: MentionQuery) -> bool:
    """The match is a one-word town or place the page also prints as a person's family name
    after a given name, and no place's frame stands around it (module docstring)."""
    m, text = q.m, q.text
    word = text[m.begin:m.end]
    if not q.place or m.how != "name" or " " in word or not word[:1].isupper() or word.isupper():
        return False
    if _PLACE_WORD_BEFORE.search(text, max(0, m.begin - 12), m.begin) \
            or _STATE_AFTER.match(text, m.end):
        return False
    g = gazetteer()
    return any(g.is_given_name(f.group(1)) and g.place_kind(f.group(1)) is None
               for f in re.finditer(rf"(?<![\w’'-])([A-Z][a-z]+)(?: [A-Z]\.)? {re.escape(word)}(?![\w’'-])",
                                    text))
