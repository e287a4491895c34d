"""Speakers of an interview: the paper prints a question-and-answer piece as paragraphs that
open with the speaker's name and a colon ("Militant: What happened next?" / "Dorrow: The
bosses …"). A name that opens two such paragraphs or more is a person speaking, whatever
else its words say: a surname no gazetteer or given-name list knows ("Tallavi-Dorrow"), and the
full name the article gives once ("Kelvaz Tallavi-Dorrow worked …") is that person too (set X,
branch ent40).

A directory's lines ("Kelvinton: 12 Dorrow St.") and a listing's ("Kelvinton: Speak-out …")
open with a town; only a name no gazetteer knows, with no head word of its own, that opens
two paragraphs or more is taken, and only where a sentence follows the colon (a capital, then
a lower-case word).
"""

from __future__ import annotations

import re
from collections import Counter

# a paragraph opening with a name of one to three words, a colon, then a sentence
_LABEL = re.compile(r"(?m)^([A-Z][\w’'-]*[a-z](?:[ \t]+[A-Z][\w’'-]*[a-z]){0,2}):"
                    r"[ \t]+[A-Z“\"‘'][\w’']*[ \t,]+[a-z]")


def interview_speakers(text: str, min_turns: int = 2) -> set[str]:
    """Names that open `min_turns` paragraphs or more, each before a colon and a sentence."""
    counts = Counter(m.group(1) for m in _LABEL.finditer(text))
    return {label for label, n in counts.items() if n >= min_turns}


def speaker_full_name(label: str, speakers: set[str]) -> bool:
    """"Kelvaz Tallavi-Dorrow" where "Tallavi-Dorrow" speaks: a name of two or three words whose
    last word is a speaker's one-word label."""
    words = label.split()
    return 2 <= len(words) <= 3 and words[-1] in speakers and all(w[:1].isupper() for w in words)
