"""A province named like a paper, a body or a work: "families in Kelvora province", "Dorrow and
Kelvora provinces were hit", "crossed Kelvora, Dorrow and Tallo provinces" (set BZ, branch
ent116).

Papers, parties and books are often named for a province or a region ("Granma", a province of
Cuba and its daily), and the registry holds the paper. A province's noun right after the name,
or after a list of capitalised names the match opens or stands in, says the province: the match
is no mention of the registry's entry (a KEEP_RULES step of kg.nlp.entities.mentions.keep), and
the new-name step types the name by the place noun after it or the places listed with it. A
registry place or person keeps its match (a person's name before "province" names no province).
Nouns: kg/data/nlp/entities.toml `[provinces]`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.mentions.query import MentionQuery

# a capitalised name of one to three words ("Kelvora", "Tallo Alto")
_NAME = r"[A-ZÀ-Þ][\w’'-]*(?:[ \t][A-ZÀ-Þ][\w’'-]*){0,2}"
# where the name stands in a list: ", Dorrow", " and Dorrow", ", and Dorrow"
_NEXT = r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)" + _NAME
_KEPT_KINDS = frozenset({"person", "country", "city", "place"})


@cached
def _after() -> re.Pattern[str]:
    nouns = phrase_pattern(load("entities")["provinces"]["nouns"])
    return re.compile(r"(?:" + _NEXT + r")*[ \t]+(?:" + nouns + r")(?![\w’'-])")


def province_named(q: MentionQuery) -> bool:
    """A paper's, a body's or a work's name before a province's noun, alone or in a list of
    names the noun closes: the province."""
    if q.kind in _KEPT_KINDS:
        return False
    return _after().match(q.text, q.m.end) is not None
