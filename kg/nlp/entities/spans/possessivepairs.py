"""A work's title after its writer's possessive, two words joined by "and" and a place after
"in": "Tomas Kelvane’s Harvest and Hunger in Peru" (set BY's kind, branch ent123).

`possessiveworks` reads a title after a maker's possessive by the article inside it ("Woman
with a Red Lantern") and leaves a stretch holding a registry name alone. A history's title is as
often two nouns joined by "and" with the country it treats after "in" ("Reform and Reaction in
<Country>"); the runs cut it at "and" and "in", each piece a junk name. After the possessive of
a person by given name and surname (the given name one the gazetteer knows), a title-case
stretch (titles' `_stretch`, passed in so imports flow one way) of four words or more, with
"and" between its first words, that ends on "in" and a registry place, no other possessive, no
body's or place's head word and no other known name in it, is the writer's work; the place
stays a mention inside it."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.possessiveworks import Stretch, stretches_after
from kg.nlp.entities.spans.runs import PLACE_KINDS
from kg.nlp.entities.spans.textspan import Region

_WRITERS = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) [A-Z][\w'-]*[’']s\s+(?=[A-Z])")


def _place_at_end(known: list[Match], begin: int, end: int) -> bool:
    """The stretch's last word is a registry place, and no other known name is inside it."""
    inside = [k for k in known if k.begin < end and begin < k.end]
    return len(inside) == 1 and inside[0].end == end and inside[0].entry.kind in PLACE_KINDS


def possessive_pair_titles(text: str, r: Region, known: list[Match], body_heads: frozenset[str],
                           stretch: Stretch) -> list[tuple[int, int]]:
    """The (begin, end) of each such title in region `r`."""
    out = []
    for m, begin, end, words in stretches_after(_WRITERS, text, r, stretch):
        if not gazetteer().is_given_name(m.group(1)) \
                or len(words) < 4 or words[-2] != "in" or "and" not in words[1:-3] \
                or any(w.rstrip(".,") in body_heads for w in words) \
                or not _place_at_end(known, begin, end):
            continue
        out.append((begin, end))
    return out
