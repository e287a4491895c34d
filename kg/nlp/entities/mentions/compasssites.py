"""A registry place that ends a works' own name after a compass word ("the Central Kelvia sugar
mill", "the North Dorrow mine"; set BY, branch ent123): one of the `KEEP_RULES` of
kg.nlp.entities.mentions.keep.

`keep.compass_region` drops a place after a compass word ("Central Asia") only for a region or a
state: a country after one ("Central Kelvia") is kept, for a compass word before a country
opens the country's own name as often ("South Africa" is in the registry whole). Before a works'
noun (kg/data/nlp/kinds.toml `[sites] works_nouns`: "mill", "sugar mill", "mine") the compass
word and the place are the works' name, as Cuba's sugar mills are named ("Central" + a name),
and the convention on a site named with a lower-case noun lists that bare name as the place: the
registry country is no mention there, and the name finder reads the whole."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.mentions.query import MentionQuery


@cached
def _works_after() -> re.Pattern:
    """A works' noun right after the match, one space before it."""
    return re.compile(r"[ \u00a0]+(?:" + phrase_pattern(load("kinds")["sites"]["works_nouns"])
                      + r")(?![\w’'-])")


def compass_works_name(q: MentionQuery) -> bool:
    """A registry place between a compass word and a works' noun ("the Central Kelvia sugar
    mill"): part of the works' name, no mention of the place."""
    m = q.m
    if not q.place or _works_after().match(q.text, m.end, q.r.end) is None:
        return False
    return q.cx.compass.search(q.text, max(q.r.begin, m.begin - 14), m.begin) is not None
