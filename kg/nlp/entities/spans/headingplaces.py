"""Headings in capitals that name a place, on a page made of items (set BE, branch ent88): a
forum or events listing groups its items under a country's and a state's name printed as a
heading ("UNITED STATES", then "OHIO", then the city's line and the listing). The reader keeps no
field for such a line, so no region held it and the places went unread.

`heading_places` gives each such line as a region of kind "place" (kg.nlp.entities.names types
what a place region names as a place): a line of its own on a page with items, outside every
region and every item, in capitals, of one to four words, whose words in title case the gazetteer
knows as a place ("United States", "Ohio", "New York"). A heading that names no place ("UPCOMING
EVENTS", "SPEAKERS") stays unread.

kg.nlp.entities.spans.textspan `regions` adds them to what the finder reads.
"""

from __future__ import annotations

import re

from kg.model import Document, Span
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.spans.runs import title_case

# a line in capitals: one to four words of capital letters (a hyphen, an apostrophe, a full stop
# inside a word), spaces between them, nothing else on the line
_CAPITALS_LINE = re.compile(r"^[ \t]*([A-ZÀ-Þ][A-ZÀ-Þ’'.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ’'.-]+){0,3})[ \t]*$",
                            re.MULTILINE)


def heading_places(doc: Document, taken: list[Span]) -> list[Span]:
    """The spans of the page's headings in capitals that name a place the gazetteer knows
    (module docstring); `taken`: the spans other regions and the items hold."""
    if not doc.items:
        return []
    held = taken + [item.span for item in doc.items]
    out: list[Span] = []
    for m in _CAPITALS_LINE.finditer(doc.text):
        span = Span(m.start(1), m.end(1))
        if any(s.begin < span.end and span.begin < s.end for s in held):
            continue
        if gazetteer().place_kind(title_case(m.group(1))) is not None:
            out.append(span)
    return out
