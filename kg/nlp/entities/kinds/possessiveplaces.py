"""A place named for an owner by a possessive and a place's noun: "Dorrow’s Wood", "Kelvin’s
Vineyard", "Tallin’s Point" (set BM, branch ent98).

kg.nlp.entities.spans.runbounds `possessive_place` joins one capitalised word, its "’s" and a
place's noun (kg/data/nlp/entities.toml `possessive_place_heads`) into one name; the nouns that
are head words too ("Point", "Bay") then give it a place's kind, the others ("Wood",
"Vineyard": surnames as well, so no head word of their own) gave none, and a frame around the
name ("workers at Dorrow’s Wood": an employer's frame) made a firm of it. Named so, with the
possessive, the noun is the place's: a weak place, as a head word's kind is.
kg.nlp.entities.kinds.namekinds runs `possessive_place_noun` right before `head_word_kind`."""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_POSSESSIVE = re.compile(r"[A-Z][\w-]*[’']s")


def possessive_place_noun(q: NameQuery) -> Kind | None:
    """"Dorrow’s Wood": one capitalised word's possessive and a place's noun, a place (weak)."""
    words = q.label.split()
    if len(words) == 2 and _POSSESSIVE.fullmatch(words[0]) and words[1] in q.cues.possessive_places:
        return "place", False
    return None
