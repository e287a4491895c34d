"""A bill named by its house's initials glued to its number: "SB8", "HB1523", "AB12" (set CI,
branch ent122).

A state legislature's bill is printed "SB 8" as often as "SB8"; the spaced form is one run that
kg.nlp.entities.spans.billnumbers makes a work, but the glued one is a single word of capitals
and digits that no head word types, so it was left a thing (or dropped as a lone acronym). A
one-word name made of one of the initials among kg/data/nlp/boundaries.toml [laws]
`bill_number_heads` (those in capitals: "SB", "HB", "AB") and one to four digits is a law, a
work. A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked before the law heads."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _glued() -> re.Pattern[str]:
    """The initials of `bill_number_heads` glued to one to four digits."""
    heads = sorted((h for h in load("boundaries")["laws"]["bill_number_heads"] if h.isupper()),
                   key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, heads))})\d{{1,4}}")


def glued_bill_number(q: NameQuery) -> Kind | None:
    """"SB8": a bill's initials glued to its number, a work (module docstring)."""
    if len(q.words) == 1 and _glued().fullmatch(q.words[0]):
        return "work", True
    return None
