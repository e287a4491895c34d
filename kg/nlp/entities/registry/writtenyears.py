"""The year each stretch of a page was written in: the year its names are read in.

A registry form may be valid only in some years ("Bush @2001-2009": the surname alone is that
president only in articles of his years), and an event described without its year ("the
strike") is one of the years just before the text. A page is mostly written in its issue's
year, but a "25, 50 and 75 Years Ago" item reprints the paper of its own date, and a
reporter's notebook entry is written on its day: a reader of the page reads the names of an
item of 1951 as of 1951, whatever the issue's year. So a mention inside such an item is read
in the item's year, one outside every item in the issue's (`WrittenYears.at`).

Only the items whose date is the day their text was written count (`WRITTEN_ON`): a listed
event's date is the day it will be held, written in the issue's days, and letters, briefs
and reports carry no date of their own.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import Document, Item

# item kinds (kg.model.Item.kind) whose date is the day their text was written
WRITTEN_ON = frozenset({"years-ago", "entry"})


def _extent(item: Item) -> tuple[int, int]:
    """Where an item stands: from its title (when printed above its text) to its last line."""
    begin = item.span.begin
    if item.title is not None:
        begin = min(begin, item.title.span.begin)
    return begin, item.span.end


class WrittenYears:
    """The year each offset of a document was written in (built once per document)."""

    def __init__(self, doc: Document) -> None:
        self.issue = doc.masthead.date.year
        self._items = [(*_extent(i), i.date_value.year) for i in doc.items
                       if i.kind in WRITTEN_ON and i.date_value is not None]

    def at(self, offset: int) -> int:
        """The year the text at `offset` was written in: its item's, else the issue's."""
        return next((year for begin, end, year in self._items if begin <= offset < end), self.issue)

    def of(self, offsets: Iterable[int]) -> set[int]:
        """The years of these offsets (a name found at several places, in several items)."""
        return {self.at(o) for o in offsets} or {self.issue}
