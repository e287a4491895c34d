"""A work's title after its maker's possessive, an article inside it: "Ana Dorrow’s Woman with a
Red Lantern", "Kelvane’s Portrait of an Old Docker" (set BY's kind, branch ent112).

kg.nlp.entities.spans.titles reads a bare title after a registry person's possessive; a
film-maker, a painter or a writer the registry does not know gave no cue, so the runs cut the
title at its small words, each piece a junk name ("Woman", "Red Lantern"). A lower-case article
("a", "an") between two capitalised words is a title's mark: a body's or a place's name holds
one rarely, and then with its head word ("Committee for a Free Kelvia"). After a capitalised
word's possessive, a title-case stretch (titles' `_stretch`, passed in so imports flow one way)
of three words or more with "a" or "an" inside, no other possessive (two works of two makers
joined by "and": the title follows the last), no head word of a body, place or event in it
(kg/data/nlp/entities.toml `head_types`), no place the gazetteer knows by its whole text and no
known name inside it, is the maker's work."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.textspan import Region

Stretch = Callable[[int, int], int | None]  # the end of a title-case stretch from one offset to a limit

_POSSESSIVE = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*[’']s\s+(?=[A-Z])")
_ARTICLES = frozenset({"a", "an"})
# another possessive inside the stretch: "Ana Dorrow’s Harvest and Tom Kelvane’s Man with a …"
# holds two works; the title is the last possessive's
_INNER_POSSESSIVE = re.compile(r"[’']s\s")


def stretches_after(possessive: re.Pattern, text: str, r: Region,
                    stretch: Stretch) -> Iterator[tuple[re.Match[str], int, int, list[str]]]:
    """Each title-case stretch right after a possessive of region `r` with none inside it: the
    possessive's match, the stretch's begin and end, its words (also read by
    kg.nlp.entities.spans.possessivepairs)."""
    for m in possessive.finditer(text, r.begin, r.end):
        begin = m.end()
        end = stretch(begin, r.end)
        if end is not None and not _INNER_POSSESSIVE.search(text, begin, end):
            yield m, begin, end, text[begin:end].split()


def possessive_article_titles(text: str, r: Region, known: list[Match], heads: frozenset[str],
                              stretch: Stretch) -> list[tuple[int, int]]:
    """The (begin, end) of each such title in region `r`."""
    out = []
    for _m, begin, end, words in stretches_after(_POSSESSIVE, text, r, stretch):
        if len(words) < 3 \
                or not any(w in _ARTICLES for w in words[1:-1]) \
                or any(w.rstrip(".,") in heads for w in words) \
                or gazetteer().place_kind(text[begin:end]) \
                or any(k.begin < end and begin < k.end for k in known):
            continue
        out.append((begin, end))
    return out
