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
