"""A country's adjective before a movement of national societies names that country's society:
"the Kelvian Red Cross" is one organisation of its own, not the registry's movement with an
adjective before it (set DP's pass, branch passN44).

kg.nlp.entities.mentions.glue `stands_alone` reads a group word before a registry body as its
adjective ("Lebanese Hezbollah"), so the society's name was cut to the movement's ("Red
Cross") and its first word lost. The movements whose members are national societies, each
named by its country's adjective, are data (kg/data/nlp/entities.toml
`national_society_movements`): a nation's adjective (kg.nlp.entities.cues.nations) one space
before one of them drops the match, and new-name discovery reads the whole. A declared rule of
kg.nlp.entities.mentions.keep `KEEP_RULES`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.nations import is_nation_adjective
from kg.nlp.entities.mentions.query import MentionQuery

_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) \Z")


@cached
def _movements() -> frozenset[str]:
    return frozenset(load("entities")["national_society_movements"])


def national_society(q: MentionQuery) -> bool:
    """The match is an organisation printed as one of the movements, and a nation's adjective
    stands one space before it."""
    m = q.m
    if q.kind != "organization" or q.text[m.begin:m.end] not in _movements():
        return False
    prev = _WORD_BEFORE.search(q.text[max(q.r.begin, m.begin - 20):m.begin])
    return prev is not None and is_nation_adjective(prev.group(1))
