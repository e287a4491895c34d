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
A congregation named with its denomination's whole name ("Kelvo Temple Church of God in
Christ") is read the same way (`local_congregation`, `denomination_names`; set BT, ent107).
kg.nlp.entities.kinds.namekinds runs `local_church` and `local_congregation` right before
`head_word_kind`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.nations import is_demonym
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _data() -> dict:
    return load("kinds")["local_churches"]


def local_church(q: NameQuery) -> Kind | None:
    """"Kelvin Street Baptist Church": a place, weak as a head word's kind; else None."""
    words = q.words
    if len(words) < 3 or words[-1] not in q.cues.saint_buildings or words[-2] not in _data()["denominations"]:
        return None
    return ("place", False) if _named_for_place(q, words[:-2]) else None


def named_church(q: NameQuery) -> Kind | None:
    """"Kelvo African Methodist Episcopal Church", "Dorrow A.M.E. Church": a congregation's own
    name before its denomination's words, a place as `local_church` reads it, weak; else None.
    The own name holds no word of a denomination's or a nation's (`body_words`, a demonym, a
    word in "-ish"): "the United Methodist Church" and "the Kelvish Orthodox Church" stay bodies."""
    words = q.words
    if len(words) < 3 or words[-1] not in q.cues.saint_buildings:
        return None
    data = _data()
    inner = set(data["denominations"]) | set(data["denomination_words"])
    own = words[:-1]
    while own and own[-1] in inner:
        own = own[:-1]
    if not own or not set(words[len(own):-1]) & set(data["denominations"]):
        return None
    if any(w in data["body_words"] or w.endswith("ish") or is_demonym(w) or not w[:1].isupper() for w in own):
        return None
    return ("place", False)


def local_congregation(q: NameQuery) -> Kind | None:
    """"Kelvo Temple Church of God in Christ": a congregation's own name before its
    denomination's whole name (`denomination_names`, a head "Church" before "of"), a place as
    `local_church` reads it, weak; else None (ent107)."""
    for denomination in _data()["denomination_names"]:
        named = q.label.removesuffix(" " + denomination)
        if named != q.label and named:
            return ("place", False) if _named_for_place(q, named.split()) else None
    return None


def _named_for_place(q: NameQuery, named: list[str]) -> bool:
    """The words before the denomination open with a mount's word or end in a place's (a
    neighbourhood's noun, a place's head word, a place the gazetteer knows)."""
    return named[0] in _data()["openers"] or named[-1] in _data()["place_ends"] \
        or q.cues.heads.get(named[-1]) == "place" or q.ev.place_kind(" ".join(named)) is not None
