"""A registry body named by an adjective right after a creed word is another party: "whose
Social Democratic Party governs" names no US "Democratic Party" (set BR's junk, branch ent105).

kg.nlp.entities.mentions.keep `another_body_of_that_name` drops such a match after a
capitalised word glued before it, but leaves it after an adjective by its ending ("Social",
"Liberal": `adjective_suffixes`), so the longer party of another country was cut to the
registry's. A creed word (kg/data/nlp/entities.toml `party_creeds`) right before a registry
organisation whose form opens with an adjective by its ending ("Democratic Party", "Socialist
Party") opens a party's name of its own, however the sentence places it: the match is dropped
and new-name discovery reads the whole. A declared rule of kg.nlp.entities.mentions.keep
`KEEP_RULES`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.mentions.query import MentionQuery

_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) \Z")


@cached
def _creeds() -> frozenset[str]:
    return frozenset(load("entities")["party_creeds"])


def creed_before_party(q: MentionQuery) -> bool:
    """The match is an organisation's form of two words or more opening with an adjective by
    its ending, and a creed word stands one space before it."""
    m, cx = q.m, q.cx
    form = q.text[m.begin:m.end].split()
    if q.kind != "organization" or len(form) < 2 or not form[0].endswith(cx.adjective_suffixes):
        return False
    prev = _WORD_BEFORE.search(q.text[max(q.r.begin, m.begin - 20):m.begin])
    return prev is not None and prev.group(1) in _creeds()
