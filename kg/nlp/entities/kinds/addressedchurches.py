"""A church named right before a street address ("Kelvo Church, 212 Dorrow Ave.", "Tallow Baptist
Church of the Hills, 40 Kelvin Rd."): the building at that address, a place (ent111, set BX).

The head word "Church" types a body (a denomination, a national church), and
kg.nlp.entities.kinds.localchurches reads a local church by the words of its name. A listing
says more: a house number and a street right after the name and its comma say where the
meeting is held, and a denomination has no street address; the convention on local churches
(bench/quality/README.md) lists such a church a place. The church's heads are entities.toml
`saint_building_heads`; the address is kg.nlp.entities.spans.addresses'. A head inside the name
counts ("… Church of the Hills") where "of" follows it. kg.nlp.entities.kinds.namekinds runs
`addressed_church` right before `local_church`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.spans.addresses import find_addresses

_COMMA = re.compile(r",[ \t]+(?=\d)")


def addressed_church(q: NameQuery) -> Kind | None:
    """A church's name, a comma and an address opening with its house number: a place, strong
    (the address says the building); else None."""
    if not _church(q):
        return None
    m = _COMMA.match(q.text, q.run.end)
    if m is None:
        return None
    line_end = q.text.find("\n", m.end())
    found = find_addresses(q.text, m.end(), len(q.text) if line_end < 0 else line_end)
    return ("place", True) if found and found[0].begin == m.end() else None


def _church(q: NameQuery) -> bool:
    """The name's head, or a head before "of" inside it, is a church's."""
    words = q.words
    heads = q.cues.saint_buildings
    return words[-1] in heads \
        or any(w in heads and nxt == "of" for w, nxt in zip(words, words[1:], strict=False))
