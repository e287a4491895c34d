"""Footnote markers: digits glued to the end of a word, number, closing quote or punctuation.

`Kuomintang2`, `19821` (the year 1982, then note 1), `in 1999.3` (a year ending a sentence,
then note 3), `state.”7`, `decade10`; or the number in brackets, as today's site and reprinted
documents write it: `him.[1]`, `1921[2]`, `the report [3]` (the marker is the brackets and the
number); or in parentheses glued to a word or a full stop, as a print page set from a typewritten
text writes it: `Party.(1)`, `28,000.(2)`. Parentheses are looked for only where a note needs a
marker, never as a stray one: `(1)` also opens a numbered list item and `13(1)` cites a clause.
Markers are
resolved with the help of the note numbers and their order: marker k is the first
candidate for k after marker k-1. A year followed by a marker is recognised as a
four-digit year (1000–2099) with the note number glued to it. What is left over is
reported: a marker with no note, a second marker for a note, a note with no marker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from kg.model import Marker, Span
from kg.reader.errors import ReadError

# What a marker may be glued to: a lower-case letter, closing punctuation or a closing quote.
_GLUE = r"[a-z\u00df-\u00ff.,;:!?’”\"')\]]"
# What may follow a marker: white space, punctuation, a dash (also the `--` of pages to 2002:
# "in 19821--and"), or the end of the text.
_AFTER = r"(?=[\s.,;:!?)\]—–]|--|$)"
_YEAR = r"(?<!\d)(?:1\d{3}|20\d{2})"
# "published in 1999.3": a year that ends a sentence, then the marker (not the decimal 1999.3,
# which the note numbers rule out: marker k is looked for only where note k needs one).
_YEAR_STOP = r"(?<![\d.,$])(?:1\d{3}|20\d{2})\."
# "$1.50", "3,500": digits after a decimal point or thousands separator are not a marker.
_NOT_DECIMAL = r"(?<!\d[.,])"


# What a marker in parentheses may be glued to: a letter, a full stop or a closing quote (not a
# digit: "Section 13(1)" is a clause; not a space: "demands: (1) higher pay" is a list).
_PAREN_GLUE = r"[A-Za-z\u00c0-\u00ff.,;:!?’”\"']"


def _candidate(number: int) -> re.Pattern[str]:
    k = str(number)
    return re.compile(rf"(?:(?<={_GLUE}){_NOT_DECIMAL}|(?<={_YEAR})|(?<={_YEAR_STOP}))"
                      rf"{k}(?!\d){_AFTER}|\[{k}\]|(?<={_PAREN_GLUE})\({k}\){_AFTER}")


_ANY_GLUED = re.compile(rf"(?<={_GLUE}){_NOT_DECIMAL}(\d{{1,3}})(?!\d){_AFTER}|\[(\d{{1,3}})\]")


class LineIndex:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


def resolve_markers(path: str, text: str, region: Span, numbers: Sequence[int],
                    lines: LineIndex) -> dict[int, Marker]:
    """Find the marker of each note number in `region`, in order; raise ReadError on a mismatch."""
    markers: dict[int, Marker] = {}
    pos = region.begin
    for k in numbers:
        m = _candidate(k).search(text, pos, region.end)
        if m is None:
            raise ReadError(path, f"note {k} has no marker in the article text")
        markers[k] = Marker(k, Span(m.start(), m.end()), lines.line_of(m.start()))
        pos = m.end()
    taken = {mk.span.begin for mk in markers.values()}
    highest = max(numbers, default=0)
    for m in _ANY_GLUED.finditer(text, region.begin, region.end):
        k = int(m.group(1) or m.group(2))
        if m.start() in taken or not 1 <= k <= highest + 3:
            continue
        line = lines.line_of(m.start())
        if k in markers:
            raise ReadError(path, f"note {k} has a second marker (the first is on line "
                                  f"{markers[k].line})", line)
        raise ReadError(path, f"footnote marker {k} has no note", line)
    return markers
