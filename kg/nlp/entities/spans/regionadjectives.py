"""A region's or nation's adjective before a common noun: no name (issue 10, branch ent70).

A registry place that is also an adjective of a region or nation ("Caribbean": the sea and its
islands, and the adjective of both) names nothing in "a small Kelvish-speaking Caribbean
island" or "Caribbean farmers": the word only qualifies the lower-case noun after it. Standing
alone ("in the Caribbean", "the Caribbean is …") it names the place. The adjectives are the
group words of kg/data/nlp/entities.toml (`group_words`: adjectives and nouns of nationality,
region and creed); a word after it is a noun when it is lower case, no function word, no
finite verb (kg/data/nlp/claims.toml [reported] `finite_verbs`) and no past tense in "-ed" ("the
Caribbean faced …"). Right after "the" the words name the region's parts ("the Caribbean
islands of Kelvia and Dorrow"): the region is named there, a place.

kg.nlp.entities.mentions calls `adjective_before_noun` on each registry place it matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load

_NEXT_WORD = re.compile(r"[ \u00a0]([a-z][a-z’'-]*)(?![\w])")
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+\Z")


@dataclass(frozen=True)
class _Words:
    groups: frozenset[str]
    function_words: frozenset[str]
    verbs: frozenset[str]


@cached
def _words() -> _Words:
    e = load("entities")
    return _Words(frozenset(e["group_words"]),
                  frozenset(w.lower() for w in e["function_words"] + e["not_names"]),
                  frozenset(load("claims")["reported"]["finite_verbs"]))


def adjective_before_noun(text: str, begin: int, end: int, region_end: int) -> bool:
    """Is text[begin:end], one group word (a region's or nation's adjective), right before a
    lower-case common noun in the same region ("Caribbean island")?"""
    w = _words()
    if text[begin:end] not in w.groups or textwindow.before(_THE_BEFORE, text, begin, 6):
        return False
    m = _NEXT_WORD.match(text, end, region_end)
    if m is None:
        return False
    word = m.group(1)
    return word not in w.function_words and word not in w.verbs and not word.endswith("ed")
