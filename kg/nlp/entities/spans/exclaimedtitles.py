"""A title whose main part ends in its own "!" and runs on in Title Case to the sentence's end:
"the pamphlet Kelvia Out of Dorrow! Tallow Workers Speak at the Congress." (set BU's junk,
branch ent117).

kg.nlp.entities.spans.titles keeps a title's own mark (`_own_mark`) but ended the title there,
so the subtitle after the "!" was lost and the main part alone was the work (junk where the
gold lists the whole). After a work noun, a second part that opens with a capital right after
the mark, holds no line break, is set in Title Case (kg.nlp.entities.spans.titlecase: common
words capitalised, which running text writes small) and closes the sentence is the title's
own: prose after an exclaimed title goes on in lower case ("Freedom Now! sold well") or opens a
sentence of running text, which is not in Title Case.
"""

from __future__ import annotations

import re

from kg.nlp.entities.spans.titlecase import is_title_case

# the part after the mark: a capital right after one space, no line break, up to a full stop
# that ends the sentence (a space, a closing mark or the region's end after it)
_SUBTITLE = re.compile(r" (?P<part>[A-Z][^\n.!?]{2,120}?)\.(?=[\s”’\"')]|\Z)")
_MIN_WORDS = 3  # "Kelvo Speaks." is too short to tell a subtitle from a sentence


def exclaimed_subtitle(text: str, marked: int, limit: int) -> int | None:
    """The end of the subtitle after a title's own "!" ending at `marked` (the offset past the
    mark), or None where no subtitle in Title Case closes the sentence."""
    if marked < 1 or text[marked - 1] != "!":
        return None
    m = _SUBTITLE.match(text, marked, limit)
    if m is None:
        return None
    part = m.group("part")
    if len(part.split()) < _MIN_WORDS or not is_title_case(part):
        return None
    return m.end("part")
