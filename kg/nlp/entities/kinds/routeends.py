"""A name at one end of a way whose other end is a known place (set BE, branch ent88): "miners
marched from Kelvograd to Dorrinsk", "the convoy drove from Dorrinsk to Kelvograd". The
gazetteer knows one town and not the other, so no cue typed the other: it stayed untyped.

`route_ends` types such a name a place: "from <A> to <B>", one of them a city or a country the
text names (a registry match or a name typed so), the other the untyped name of one or two
capitalised words, no head word and no given name opening it; "in" and the end's region may
follow either end ("from Kelvograd in Dorrovia to Tallinsk", set CL) (a person "from Chicago to Ana
Ruiz" is a sentence the paper does not write, but a first word the gazetteer gives people
leaves the name alone). kg.nlp.entities.kinds.placepairs reads the pair joined by "and" or a
dash; this is the pair a route joins.

kg.nlp.entities.kinds.resolve runs it in `KIND_STEPS` beside `joined_places`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

# the known end: a city, a country, or a place of the text (a square, a building: "from The
# Kelvo to the Dorrow Legislative Building"; set BO, branch ent101); "the" may stand before
# either end
_ENDS = ("city", "country", "place")
_WORD = re.compile(r"[A-Z][\w’'-]*")
_FROM = re.compile(r"(?<![\w’'-])from[ \t]+(?:[Tt]he[ \t]+)?\Z")
# the end's region after it, "in" and one to three capitalised words, may stand before "to"
# ("from Kelvograd in Dorrovia to Tallinsk in Kelvia"; set CL, branch ent128)
_TO = re.compile(r"(?:[ \t]+in[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})?"
                 r"[ \t]+to[ \t]+(?:the[ \t]+)?\Z")


def _route_end(text: str, begin: int, end: int, typed: list[tuple[int, int, str]]) -> bool:
    """The name from `begin` to `end` is one end of "from <A> to <B>" whose other end is a
    city or a country of `typed`."""
    for b, e, kind in typed:
        if kind not in _ENDS:
            continue
        # "from <known> to <name>"
        if e <= begin and _TO.fullmatch(text, e, begin) and _FROM.search(text, max(0, b - 8), b):
            return True
        # "from <name> to <known>"
        if b >= end and _TO.fullmatch(text, end, b) and _FROM.search(text, max(0, begin - 12), begin):
            return True
    return False


def route_ends(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"from Kelvograd to Dorrinsk": an untyped end of a route a known place begins or ends."""
    text, cues, ev = ctx.text, ctx.cues, ctx.ev
    for run, label, _k in kept:
        words = label.split()
        if kinds.of[label][0] != "thing" or run.kind is not None or run.title \
                or not 1 <= len(words) <= 2 or not all(_WORD.fullmatch(w) for w in words) \
                or head_word(label, cues) in cues.heads or ev.gazetteer.is_given_name(words[0]):
            continue
        if _route_end(text, run.begin, run.end, kinds.typed):
            kinds.of[label] = ("place", False)
            kinds.typed.append((run.begin, run.end, "place"))
