"""Small text helpers shared by the claim, quotation, citation and fact stages."""

from __future__ import annotations

import calendar
import re

from kg.model import Document, Span

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
WORD = re.compile(r"[\w’'-]+")
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


def month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower())


def sentence_spans(doc: Document) -> list[Span]:
    """The article's sentences, as the stage "sentences" found them (kg.nlp.stages runs it
    before every stage that reads sentences)."""
    return [s.span for s in doc.annotations.sentences]


def sentence_of(doc: Document, offset: int) -> Span | None:
    for s in doc.annotations.sentences:
        if s.span.begin <= offset < s.span.end:
            return s.span
    return None


def year_range(first: str, second: str) -> tuple[str, str]:
    """"1953", "58" -> ("1953", "1958"); "1998", "02" -> ("1998", "2002")."""
    if len(second) >= len(first):
        return first, second
    end = int(first[: len(first) - len(second)] + second)
    if end < int(first):
        end += 10 ** len(second)
    return first, str(end)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def scope_of(doc: Document, offset: int) -> Span | None:
    """The prose span (paragraph or note paragraph) holding offset."""
    for sp in doc.prose_spans():
        if sp.begin <= offset < sp.end:
            return sp
    return None
