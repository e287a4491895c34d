"""A book's title that is a list, after "excerpt from" and before its author's "by" ("Below is an
excerpt from Dockers, Drivers and the Long Strike by Ana T. Kelvo, one of Pathfinder’s Books of
the Month"): the commas inside the title cut it, so the title rule of "by" and a person's name
(kg.nlp.entities.spans.titles `_published_titles`) read only its last part ("Drivers and the
Long Strike") and the first words were a name of their own ("Dockers", a place).

After an opener of `[excerpt_titles] openers`, a stretch of capitalised words joined by spaces,
commas or a title's small words (`title_small_words`), one comma at least, that runs into " by "
and a capitalised name is one title, a book's where a book's cue (`[excerpt_titles] book_cues`)
stands after it in its paragraph, within a short reach (set BL, branch ent97). kg.nlp.entities.spans.titles
`find_titles` calls it for each prose region; the longer title wins over the part inside it."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.spans.textspan import Region

_WORD = r"[A-Z][\w’'-]*"
# how far after "by" a book's cue may stand: the author's name and an apposition ("…, one of
# Pathfinder’s Books of the Month")
_CUE_REACH = 160


@cached
def _pattern(small: frozenset[str]) -> re.Pattern[str]:
    c = load("entities")["excerpt_titles"]
    join = rf"(?:,? (?:(?:{phrase_pattern(sorted(small))}) )*)"
    return re.compile(rf"(?<![\w’'-]){phrase_pattern(c['openers'])}\s+"
                      rf"(?P<t>{_WORD}(?:{join}{_WORD})*) by (?=[A-Z])")


@cached
def _book_cue() -> re.Pattern[str]:
    cues = load("entities")["excerpt_titles"]["book_cues"]
    return re.compile(rf"(?<![\w’'-]){phrase_pattern(cues)}(?![\w-])")


def excerpted_list_titles(text: str, r: Region, small: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the list titles in region r between an excerpt's opener and "by"."""
    out = []
    for m in _pattern(small).finditer(text, r.begin, r.end):
        if "," not in m.group("t"):
            continue  # no list: the other title rules read it whole
        stop = text.find("\n", m.end(), r.end)  # the paragraph: an author's initials end no sentence
        if _book_cue().search(text, m.end(), min(r.end if stop < 0 else stop, m.end() + _CUE_REACH)):
            out.append((m.start("t"), m.end("t")))
    return out
