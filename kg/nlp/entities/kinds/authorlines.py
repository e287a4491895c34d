"""A book's author on a line of its own under the title: "Dock Giants: The First Years\nby Art
Dorrowitz\nHow the dockers …" (a book list, a club's specials, a bookshop's page; ent111, set BX).

A listing of books prints each title on its line, "by" and the author on the next, then the
blurb. An author whose given name the evidence does not know ("Art", a common word too) stayed
untyped. A name of two to four words that is a whole line after "by" (the line holds nothing
else), with no head word of a body or a place in it ("by Kelvo Books": a publisher), is the
author, a person, strongly. kg.nlp.entities.kinds.namekinds runs `author_line` right after
`review_author`.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_LINE_BY = re.compile(r"(?:^|\n)[ \t]*[Bb]y[ \t]+\Z")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def author_line(q: NameQuery) -> Kind | None:
    """A person where the name is the whole of a "by" line; else None."""
    if not 2 <= len(q.words) <= 4 or any(w in q.cues.heads for w in q.words):
        return None
    if textwindow.before(_LINE_BY, q.text, q.run.begin, 12) is None or not _LINE_END.match(q.text, q.run.end):
        return None
    return "person", True
