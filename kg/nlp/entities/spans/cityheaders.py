"""A review's header with no author in it: "Title: Subtitle. City: Publisher, 1994. 630 pages,
$24.95 cloth." (a 1990s print review, the byline below it; set BN, branch ent100).

kg.nlp.entities.spans.titles reads a header whose title is followed by ", by Author. City:
Publisher" (`[published_after]`) or set one item a line above a "by" line; a header printed on
one line with the reviewer's byline apart gives neither cue, so the runs cut the title at its
colon and small words ("Autobiography of Kelvo Dane" typed a work, the main title lost). The
city, colon, publisher and year of printing right after the title's full stop are the cue here:
the line opens with a title-case stretch (titles' `_stretch`, passed in so imports flow one
way) that ends at that full stop, the whole stretch the book's title as printed. A header with
"by" and its author before the imprint is left to titles' own cues: the stretch would run over
the author's name."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp.entities.spans.textspan import Region

# ". Boston: Kelvo Press, 1994.": a city, a colon, a publisher (commas inside allowed) and a year
_IMPRINT = re.compile(r"\.[ \t]+[A-Z][\w .’'-]{1,30}:[ \t]+[A-Z][^\n:]{1,80}?,[ \t]+(?:1[6-9]|20)\d\d\.")
# A line's first characters up to the imprint: the title, on one line
_LINE_TITLE = re.compile(r"(?m)^[ \t]*(?=[A-Z])")
_MIN_WORDS = 2
_BY = "by"  # a header with its author in it is not this rule's


Stretch = Callable[[int, int], int | None]  # the end of a title-case stretch from one offset to a limit


def city_header_titles(text: str, r: Region, stretch: Stretch) -> list[tuple[int, int]]:
    """The (begin, end) of each title that opens a line of region `r` and runs, one title-case
    stretch of two words or more, to the full stop of a city-and-publisher imprint."""
    out = []
    for line in _LINE_TITLE.finditer(text, r.begin, r.end):
        begin = line.end()
        eol = text.find("\n", begin, r.end)
        limit = r.end if eol < 0 else eol
        imprint = _IMPRINT.search(text, begin, limit)
        words = text[begin:imprint.start()].split() if imprint else []
        if len(words) < _MIN_WORDS or _BY in words:
            continue  # "Title by Author. City: …": titles' `[published_after]` reads that header
        if stretch(begin, imprint.start()) == imprint.start():
            out.append((begin, imprint.start()))
    return out
