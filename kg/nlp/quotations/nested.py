"""Quotations inside quotations: someone's words a speaker passes on.

The paper prints them in single marks inside the double ones: "“Ana was the one who said,
‘We are staying.’”", and on straight-quoted pages of the 1990s with a backquote: "\"... who
said, `We're staying.' \"", or a straight single mark after a comma or colon ("\"... who
said, 'We're staying.' \""). kg.nlp.quotations.quotes finds the outer quotations; this module
finds the inner ones. A single mark is also an apostrophe ("We're", "workers' union"), so an
inner quotation is read only between an opening mark after a space or a stop (kg/data/nlp/
quotes.toml `nested_openers`) and a closing one that ends words rather than joins them: after
a full stop, comma, question or exclamation mark, or before a stop or the outer closing mark.
"""

from __future__ import annotations

from kg.model import Span
from kg.nlp import cuedata

_STOPS = ".,!?…"


def inner_marks(text: str, outer: Span) -> list[tuple[Span, Span]]:
    """(span with marks, content) of each quotation in single marks inside `outer` (the content
    of a quotation), in text order."""
    openers = set(cuedata.words("quotes", "nested_openers"))
    straight = set(cuedata.words("quotes", "straight_nested_openers"))
    closers = set(cuedata.words("quotes", "nested_closers"))
    out: list[tuple[Span, Span]] = []
    at = outer.begin
    while at < outer.end:
        ch = text[at]
        if (ch in openers and _opens(text, at, outer)) or (
                ch in straight and _opens_straight(text, at, outer)):
            close = next((k for k in range(at + 2, outer.end)
                          if text[k] in closers and _closes(text, k, outer)), None)
            if close is not None:
                out.append((Span(at, close + 1), Span(at + 1, close)))
                at = close + 1
                continue
        at += 1
    return out


def _opens(text: str, at: int, outer: Span) -> bool:
    """An opening single mark: at the start of the quotation or after a space or dash, and
    followed by a word."""
    before = text[at - 1] if at > outer.begin else " "
    after = text[at + 1] if at + 1 < outer.end else " "
    return (before.isspace() or before in "—-(") and after.isalnum()


def _opens_straight(text: str, at: int, outer: Span) -> bool:
    """A straight single mark opening an inner quotation (1990s pages, "\"He told us, 'Go
    back.'\""): after a comma or colon and a space, before a capital. A straight mark is an
    apostrophe too ("'90s", "the workers' union"), so it opens nothing anywhere else. Three
    obituaries' retold advice was missed so (set EH, 2026-12-07, rdr46)."""
    return (at - 2 >= outer.begin and text[at - 1] == " " and text[at - 2] in ",:"
            and at + 1 < outer.end and text[at + 1].isupper())


def _closes(text: str, at: int, outer: Span) -> bool:
    """A closing single mark: after a stop ("… staying.’"), or ending a word before a stop or
    the end of the outer quotation ("‘Go back’, he said", "‘Go back’”)."""
    if text[at - 1] in _STOPS:
        return True
    rest = text[at + 1:outer.end].lstrip()
    return not text[at - 1].isspace() and (not rest or rest[0] in _STOPS + ";:")
