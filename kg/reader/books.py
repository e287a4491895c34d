"""The book a book entry announces ("Books of the Month", a book announcement), read from the
entry's lines where items.book_entries found them: the title line and the subtitle line under
it, the names of the `by` line, and the prices of the price line ("$18. Special price: $13") or
of the description's last line ("… stood for. $16. Special price: $12", 2011 print). Each part
keeps its span, so the RDF maps the book (kg.rdf.books) without reading the text again."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

from kg.model import Book, Field, Person, Price, Span
from kg.reader.patterns import BOOK_PRICE_END_RE, BOOK_PRICE_RE, SIGNOFF_NAMES_RE
from kg.reader.source import Line

# the most words a name of a `by` line has ("Ana María de la Cruz"); a longer part is no name
AUTHOR_MAX_WORDS = 6
_BY_RE = re.compile(r"^[Bb]y\s+")
_AND_RE = re.compile(r"^and\s+", re.IGNORECASE)


class BookEntry(NamedTuple):
    """Where a book entry's parts stand among the page's lines (indexes into them)."""

    start: int  # the title line
    titles: int  # 1, or 2 with the subtitle line under the title
    by: int | None  # the `by` line naming the authors
    price: int  # the line carrying the prices (a price line, or the description's last line)


def read_book(lines: list[Line], entry: BookEntry, span: Callable[[Line], Span]) -> Book:
    """The book of the entry: title and subtitle lines as printed, the `by` line's names, the
    prices (book_prices)."""
    title = lines[entry.start]
    subtitle = lines[entry.start + 1] if entry.titles == 2 else None
    price, special = book_prices(lines[entry.price])
    return Book(Field(title.text, span(title)),
                Field(subtitle.text, span(subtitle)) if subtitle else None,
                book_authors(lines[entry.by]) if entry.by is not None else [], price, special)


def book_authors(line: Line) -> list[Person]:
    """The names a `by` line prints ("by Ana Ruiz and Tom Lee", "by Ana Ruiz, Tom Lee and Jo
    Park"), split at ", " and " and " as a sign-off's names are (patterns.SIGNOFF_NAMES_RE), each
    with its span. A part that opens in small letters or runs long is no author's name ("by Ana
    Ruiz, edited by Tom Lee": the editor is left out, not taken for a writer)."""
    m = _BY_RE.match(line.text)
    if m is None:
        return []
    names = line.text[m.end():].rstrip(" ,;:")
    begin = line.start + m.end()
    people = []
    for part in SIGNOFF_NAMES_RE.finditer(names):
        raw = _AND_RE.sub("", part.group(0).strip())
        if not raw or not raw[0].isupper() or len(raw.split()) > AUTHOR_MAX_WORDS:
            continue
        at = begin + part.start() + part.group(0).index(raw)
        people.append(Person(raw, Span(at, at + len(raw))))
    return people


def book_prices(line: Line) -> tuple[Price | None, Price | None]:
    """The list price and the special price the line prints ("$18. Special price: $13": both;
    "Club price: $9": the special one alone; "Price: $9": the list price alone). A price that
    cannot be right gives none, so that no wrong offer is published: a special price not below
    the list price beside it (one of the two misread), or a lone amount named only by "price" in
    small letters (the tail of a price line broken in two: "… $20. Special" / "price: $15",
    whose amount may be either price)."""
    m = BOOK_PRICE_RE.match(line.text) or BOOK_PRICE_END_RE.search(line.text)
    if m is None:
        return None, None
    label = " ".join(m.group("label").split())
    if m.group("list") is None:
        if label.lower() != "price":
            return None, _price(line, m, "special", label, True)
        if label[0].islower():
            return None, None
        return _price(line, m, "special", label, False), None
    listed = _price(line, m, "list", "", False)
    special = _price(line, m, "special", label, True)
    if Decimal(special.amount) >= Decimal(listed.amount):
        return None, None
    return listed, special


def _price(line: Line, m: re.Match, group: str, label: str, special: bool) -> Price:
    printed = m.group(group)  # "$18": the sign, then the amount
    at = line.start + m.start(group)
    return Price(printed[1:], printed[0], label, special, Span(at, at + len(printed)))
