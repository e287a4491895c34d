"""Lines set in Title Case, where capitals say nothing about names.

A forum listing prints its talk's title, a page of items each item's title, a bookshop's list
a pamphlet's title, all in Title Case: "Auto Workers Fought Two-Tier Pay", "Sanctions Hit
Working People", "The Farm Crisis and the Working-Class Alliance". Read as runs of capitalised
words, such a line gives junk names ("Working People", "Farm Crisis", "Working-Class
Alliance"): a head word makes an organisation of a phrase. The reader already knows headlines,
decks and items' titles (kg.nlp.entities.names skips those in Title Case); this module tells the
other lines: a sentence of a line (never across a line break) is in Title Case when all its
words, small words aside, are capitalised and at least two of them are common English words
(wordfreq, at a floor of its own): running text writes those in lower case, and any word in
lower case, common or rare ("In 1999 Main Street flooded."), says running text. In such a line
kg.nlp.entities.names keeps a run only where the page names it so in running text too, the
registry or the gazetteer knows it (a registry name inside it, a place, a given name opening
it), a number ends it or a cue of its own typed it; a name alone on its line ending in a head
word is a heading that names it ("Militant Labor Forums").

A line opened by a field's label ("Speaker: Jane Doe, Kelvin Workers Union"), holding a list
(two commas or more) or an address (a venue: "University Church, 5655 S. Dorrow Ave.") is no
title: there capitals still say names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.addresses import find_addresses

_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_FIELD = re.compile(r"\s*[A-Z][a-z]+s?:")  # "Speaker:", "Tel:", "Speakers:"


@dataclass(frozen=True)
class _Limits:
    min_words: int
    min_common: int
    min_share: float
    max_commas: int
    min_zipf: float
    small: frozenset[str]


@cached
def _limits() -> _Limits:
    c = load("boundaries")["title_case"]
    return _Limits(int(c["min_words"]), int(c["min_common_capitalised"]), float(c["min_share"]),
                   int(c["max_commas"]), float(c["common_min_zipf"]), frozenset(c["small_words"]))


def is_title_case(segment: str) -> bool:
    """Is one line's sentence set in Title Case? See the module's docstring."""
    lim = _limits()
    if _FIELD.match(segment) or segment.count(",") >= lim.max_commas \
            or find_addresses(segment, 0, len(segment)):
        return False  # a field, a list, a venue's line ("University Church, 5655 S. Dorrow Ave.")
    words = [w.rstrip(".") for w in _WORD.findall(segment) if w.lower() not in lim.small]
    if len(words) < lim.min_words:
        return False
    caps = [w for w in words if w[:1].isupper()]
    common_caps = [w for w in caps if _common(w)]
    return len(common_caps) >= lim.min_common and len(caps) >= lim.min_share * len(words)


def title_case_units(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of text, each a sentence cut at line breaks, set in Title Case."""
    out: list[tuple[int, int]] = []
    for b, e in bounds:
        pos = b
        for line in text[b:e].split("\n"):
            if line.strip() and is_title_case(line):
                out.append((pos, pos + len(line)))
            pos += len(line) + 1
    return out


def common_in_title(word: str) -> bool:
    """Is `word` an ordinary word a title capitalises (`_common`'s floor)? For the steps that
    read a Title Case line's words (kg.nlp.entities.spans.titlecountries)."""
    return _common(word)


@cached
def _common(word: str) -> bool:
    """A common English word at the title-case floor (`common_min_zipf`, below the junk rule's:
    a title's words are ordinary words, "Sanctions" among them); a hyphenated one when every
    part is ("Working-Class")."""
    from wordfreq import zipf_frequency  # a dependency (pyproject.toml)
    floor = _limits().min_zipf
    parts = [p for p in re.sub(r"['’]s$", "", word).replace("’", "'").lower().split("-") if p]
    return bool(parts) and all(zipf_frequency(p, "en", wordlist="small") >= floor for p in parts)
