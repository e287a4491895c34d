"""A name joined to a known place: a place too (issue 10, branch ent69).

"The party holds Kelvo and Dorrow.", "drivers on the Dorrow–Kelvo route": a name no cue typed,
joined by "and", "or" or a dash to a city or country the text knows, in a pair the sentence
closes (a mark after it) or a way between the two names (`[joined_places] route_nouns`), is a
place as its partner is. `phrases.place_pair` reads the same pair where a preposition opens it
("from Kelvo and Dorrow"); this reading needs none, so it asks more of the name: one or two
capitalised words, no head word, no given name opening it, no word of the common list, no
acronym. A person's pair ("Jordan and Kelly said") fails on the given name, a firm's ("Chile
and Kelvex Mining") on its head word.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.namecues import Cues, head_word

_PAIR_KINDS = ("city", "country")
# "and"/"or" between spaces, or a dash glued to both names ("Dorrow–Kelvo")
_JOIN = re.compile(r"[ \t]+(?:and|or)[ \t]+|[–—-]")
_WORD = re.compile(r"[A-Z][a-z’'-]+")


@cached
def _closing() -> re.Pattern[str]:
    nouns = phrase_pattern(load("kinds")["joined_places"]["route_nouns"])
    return re.compile(r"[ \t]*[.,;:)]|[ \t]+(?:" + nouns + r")(?![\w’'-])")


def joined_place(text: str, label: str, begin: int, end: int, typed: list[tuple[int, int, str]],
                 cues: Cues, ev: Evidence) -> bool:
    """Whether the untyped `label` (its run from `begin` to `end`) is joined to a known city or
    country in a closed pair (the module's docstring)."""
    words = label.split()
    if not 1 <= len(words) <= 2 or not all(_WORD.fullmatch(w) for w in words) \
            or head_word(label, cues) in cues.heads or ev.gazetteer.is_given_name(words[0]) \
            or common_words().common(label):
        return False
    closing = _closing()
    for b, e, kind in typed:
        if kind not in _PAIR_KINDS:
            continue
        if e <= begin and _JOIN.fullmatch(text, e, begin) and closing.match(text, end):
            return True
        if b >= end and _JOIN.fullmatch(text, end, b) and closing.match(text, e):
            return True
    return False
