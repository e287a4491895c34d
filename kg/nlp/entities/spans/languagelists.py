"""Translations' titles listed after their language and a colon ("Also available in Kelvish
from Dorrow Books: Otra mirada a Kelvo and La larga noche de Dorrow."): a book page lists its
editions in other languages so, each title in that language's sentence case. No cue of
kg.nlp.entities.spans.titles `_translated_titles` ("in Spanish as", "Spanish edition,") stands
before them, so the capitalised first word of each title stood alone, untyped and junk
("Otra"), and the rest of the title was read as nothing.

After a language of `[translated_titles] languages`, an optional "from" and a publisher's
capitalised words, and a colon, the sentence to its end is a list of titles split at commas and
at English "and" (a title in its own language joins with "y", "et", "e"). Each part is a book's
title when it holds two words at least, opens with a capital, and its second word is a
lower-case word of those languages and no English one (kg.nlp.entities.spans.foreign
`foreign_word`) or the part opens with one of their articles (`name_articles`). A part in Title
Case or in English is left to the other title rules (set K). kg.nlp.entities.spans.titles
`find_titles` calls it for each prose region."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.spans.foreign import foreign_word
from kg.nlp.entities.spans.textspan import Region

_PUBLISHER = r"[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}"
_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_WORD = re.compile(r"[^\s]+")


@cached
def _cue() -> re.Pattern[str]:
    """A language, an optional "from <Publisher>", a colon: the list follows (group `list`)."""
    c = load("entities")["translated_titles"]
    return re.compile(rf"(?<![\w’'-]){phrase_pattern(c['languages'])}(?:\s+from\s+{_PUBLISHER})?:\s+"
                      r"(?P<list>[A-ZÀ-Þ][^.;:!?\n]*)")


@cached
def _articles() -> frozenset[str]:
    return frozenset(load("entities")["name_articles"])


def _is_title(part: str) -> bool:
    """Two words or more, a capital first, and a second word of another language (or an
    article of one first): a title in its own language's sentence case."""
    words = _WORD.findall(part)
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    second = words[1]
    return words[0] in _articles() and second[:1].islower() or second.islower() and foreign_word(second)


def listed_translations(text: str, r: Region) -> list[tuple[int, int]]:
    """The spans of the listed titles in region r: (begin, end) of each."""
    out: list[tuple[int, int]] = []
    for m in _cue().finditer(text, r.begin, r.end):
        begin = m.start("list")
        stop = m.end("list")
        parts = []
        for sep in [*_SPLIT.finditer(text, begin, stop), None]:
            end = sep.start() if sep else stop
            parts.append((begin, end))
            begin = sep.end() if sep else stop
        out += [(b, e) for b, e in parts if _is_title(text[b:e])]
    return out
