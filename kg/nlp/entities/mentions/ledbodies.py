"""A person's name inside a body's name that a foreign head word opens: "Editorial Tomás Kelvo",
"Instituto Ana Dorrio", "Editora José Martí" (set BZ, branch ent116).

Spanish, Portuguese and French bodies put their head word first and are often named for a hero,
so a registry person's full name follows the head ("Editora José Martí", a Cuban publishing
house). The match is then a piece of the body's name, not a mention of the person: a keep rule
(kg.nlp.entities.mentions.keep `KEEP_RULES`) drops it where one of the leading organisation
heads (entities.toml `[leading_head_types] organization`) stands right before it, capitalised, on
the same line with one space between, so that the new-name step names the body whole.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.mentions.query import MentionQuery

_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-ZÀ-Þ][\w’'-]*) \Z")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("entities")["leading_head_types"]["organization"])


def person_in_body_name(q: MentionQuery) -> bool:
    """A registry person right after a leading organisation head: part of the body's name."""
    if q.kind != "person":
        return False
    prev = _WORD_BEFORE.search(q.text, max(q.r.begin, q.m.begin - 40), q.m.begin)
    return prev is not None and prev.group(1) in _heads()
