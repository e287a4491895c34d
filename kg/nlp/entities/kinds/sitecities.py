"""A building named by its head and the city it stands in ("the Grand Hotel Dorrstad", "Central
Station Kelvburg"): the head word of the name (kg.nlp.entities.cues.namecues `head_word`) is its
last word, a city, which types nothing; the building's own head stands right before it.

A name of two to four words whose last word the gazetteer knows as a city and whose word before
it is a building's head that names a place (kinds.toml `[site_cities] heads`: "Hotel",
"Station", "Airport") is a place, weakly, as the head word alone would make it. A person's name
takes no such head before a city. A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked
before the head word's (set BW, branch ent110)."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("kinds")["site_cities"]["heads"])


def site_before_city(q: NameQuery) -> Kind | None:
    """A place where a building's head stands right before the city ending the name; else None."""
    words = q.words
    if not 2 <= len(words) <= 4 or words[-2] not in _heads():
        return None
    if q.ev.place_kind(words[-1]) != "city" and q.ev.gazetteer.town_kind(words[-1]) is None:
        return None
    return "place", False
