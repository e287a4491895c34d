"""A sentence closed by a comma and a day of a month ("Visitors at the Kelvo Museum, March 28.",
"Strikers outside Dorrow Foods, Sept. 4, 2019."): a photo's caption, whose capitals are names, not
a line set in Title Case (set BY, branch ent123).

`openers.title_case_lines` reads a prose line whose words are all capitalised but its small
words as a title, whose capitals name nothing unless the page names them so elsewhere. A
print page's caption stands as a paragraph of the body (the reader finds no photo there), and
one of a few words ("<Who> at the <Place>, <Month> <day>.") is in Title Case by that measure,
so the place it names was dropped. A title never ends on the day it was taken: a line ending
in a comma, a month (kg/data/nlp/entities.toml `calendar`, the months and their abbreviations)
and a day, a year after it or not, is no title."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached
from kg.nlp.entities.cues.months import month_pattern


@cached
def _dated_end() -> re.Pattern:
    return re.compile(r",[ \u00a0]+" + month_pattern()
                      + r"\.?[ \u00a0]+\d{1,2}(?:,[ \u00a0]+\d{4})?[.!]?\s*\Z")


def dated_caption(line: str) -> bool:
    """The line ends in a comma and a day of a month: a caption's sentence, no title."""
    return _dated_end().search(line) is not None
