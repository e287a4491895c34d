"""A book's author in a review's heading line: "<Title> by Ada Kelvo. Dorrowville, Kelvia: Tallow
Books, 2011. 238 pp." (set BT's kinds, branch ent107).

The paper opens a book review with the book's title, "by" and its author, then the imprint
(the publisher's city, a colon, the publisher, the year). An author whose given name the
evidence does not know stayed untyped there, and every later bare surname with it. A name right
after "by" and right before a full stop and an imprint of that shape is the author, a person,
strongly: no body or place is written so. kg.nlp.entities.kinds.namekinds runs
`review_author` among the text's cues, before the place frames.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_BY = re.compile(r"(?<![\w’'-])by \Z")
# ". Dorrowville, Kelvia: Tallow Books, 2011." — the publisher's city, a colon, the publisher, a year
_IMPRINT = re.compile(r"\. [A-Z][^:\n.]{0,60}(?:\.[^:\n.]{0,20})?: [A-Z][^,\n]{0,80}, (?:1[6-9]|20)\d\d\b")


def review_author(q: NameQuery) -> Kind | None:
    """A person where the name follows "by" and an imprint follows it; else None."""
    if textwindow.before(_BY, q.text, q.run.begin, 4) is not None and _IMPRINT.match(q.text, q.run.end):
        return "person", True
    return None
