"""A local church named for its street, its neighbourhood or a biblical mount, and its
denomination: "Kelvin Street Baptist Church", "Dorrow Hill Methodist Church", "Mount Tallow
Baptist Church" (set BM, branch ent98).

The head word "Church" types a body ("the United Methodist Church", "the Kelvish Orthodox
Church": a denomination, a national church). A church whose name opens with "Mount" or with a
place (words a place's head word or a neighbourhood's noun ends, "Street", "Hill"; a place the
gazetteer knows) before a denomination is one building and its congregation, where people meet,
shelter or march from: a place, as a church named for its saint is (headrules
`saint_building`). The denominations and openers are data (kg/data/nlp/kinds.toml
`[local_churches]`, the heads `saint_building_heads` of entities.toml).
kg.nlp.entities.kinds.namekinds runs `local_church` right before `head_word_kind`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _data() -> dict:
    return load("kinds")["local_churches"]


def local_church(q: NameQuery) -> Kind | None:
    """"Kelvin Street Baptist Church": a place, weak as a head word's kind; else None."""
    words = q.words
    if len(words) < 3 or words[-1] not in q.cues.saint_buildings or words[-2] not in _data()["denominations"]:
        return None
    named = words[:-2]
    if named[0] in _data()["openers"] or named[-1] in _data()["place_ends"] \
            or q.cues.heads.get(named[-1]) == "place" or q.ev.place_kind(" ".join(named)) is not None:
        return "place", False
    return None
