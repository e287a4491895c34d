"""A region by its name after "the", paired with a region named with a lower-case noun (set CF,
branch ent119): "back to the Kelvanni and the Dorrow peninsula", "the Tallow delta and the
Kelvanni". A region's bare name after "the" has no head word, no gazetteer entry and no frame
that says a place, so it was left untyped; its partner, a place's name and a lower-case noun
of a region (kg/data/nlp/entities.toml `place_after`: "peninsula", "valley", "delta"), says the
pair are two regions, as `joined_place` (kg.nlp.entities.kinds.placepairs) reads a name joined to
a town.

`region_pairs` types such a name a place, weak, where "the" opens it and "and the" joins it to a
typed place and its noun, either way round. A declared step of kg.nlp.entities.kinds.resolve
`KIND_STEPS`, after `joined_places`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import PLACE_KINDS

_WORD = re.compile(r"[A-Z][a-z’'-]+")
_THE = re.compile(r"(?<![\w’'-])[Tt]he $")
_JOIN = " and the "


@cached
def _noun() -> re.Pattern[str]:
    """A region's lower-case noun right after a place's name."""
    return re.compile(r" (?:" + phrase_pattern(load("entities")["place_after"]) + r")(?![\w’'-])")


def region_pairs(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"the Kelvanni and the Dorrow peninsula": the untyped name, a place (module docstring)."""
    text = ctx.text
    for run, label, _k in kept:
        words = label.split()
        if kinds.of[label][0] != "thing" or run.title or run.kind is not None \
                or not 1 <= len(words) <= 2 or not all(_WORD.fullmatch(w) for w in words) \
                or _THE.search(text, max(0, run.begin - 4), run.begin) is None:
            continue
        after = run.end + len(_JOIN)
        for b, e, kind in kinds.typed:
            noun = _noun().match(text, e) if kind in PLACE_KINDS else None
            paired = (b == after and text[run.end:after] == _JOIN) \
                or (noun is not None and text[noun.end():run.begin] == _JOIN)
            if paired and noun is not None:
                kinds.of[label] = ("place", False)
                kinds.typed.append((run.begin, run.end, "place"))
                break
