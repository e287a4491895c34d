"""An opening word that describes a class, not the body it opens the name of: "Independent
unions held their own meeting" after "the Independent Union of Bus Drivers" (issue 10, set BD's
junk, branch ent87).

A word opening a sentence is read as the short form of a longer name the article gave in full
(kg.nlp.entities.kinds.shortforms `_longer`). Where the word is a common English word and the
word right after it is that longer name's own head in lower case, singular or plural ("unions"
after "… Union of …", "parties" after "… Party"), the sentence speaks of every such body: the
word is an adjective capitalised by its place, no mention of the one body.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.namecues import Cues, head_word

_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)(?![\w’'-])")


def _forms(head: str) -> set[str]:
    """"Union" → {"union", "unions"}; "Party" → {"party", "parties"}."""
    low = head.lower()
    plural = low[:-1] + "ies" if low.endswith("y") else low + "es" if low.endswith(("s", "x", "ch", "sh")) \
        else low + "s"
    return {low, plural}


def names_a_class(text: str, word: str, end: int, full: str, cues: Cues) -> bool:
    """Whether `word` (ending at `end`), the first word of the longer name `full`, stands before
    that name's head in lower case and is a common English word: a class's adjective."""
    m = _NEXT_WORD.match(text, end)
    if m is None or not common_words().common(word):
        return False
    return m.group(1) in _forms(head_word(full, cues))


def described_by_own_word(text: str, word: str, end: int, full: str) -> bool:
    """Whether `word` (ending at `end`), the first word of the longer name `full` of three words
    or more, stands before another word of that name in lower case, singular or plural:
    "Landless workers occupied …" after "the Landless Rural Workers Movement" (branch ent99).
    A body named for the people it gathers ("… Workers Movement") describes them by its first
    word; the same word before the people in lower case describes the people, as "landless
    workers" mid-sentence does, and names no body."""
    m = _NEXT_WORD.match(text, end)
    words = full.split()
    if m is None or len(words) < 3 or words[0] != word:
        return False
    return any(m.group(1) in _forms(w) for w in words[1:] if w[:1].isupper() and w.isalpha())
