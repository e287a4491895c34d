"""Names listed before "and the towns" (set BE, branch ent88): "the assault on Kelvo, Dorr
Abyad and the towns along the border", "strikes in Dorrow, Kelvabad and other cities". The list
closes with a plural noun of places, so every name in it is one: a name no cue typed was left
untyped, and one a given name opens ("Dorr" a given name) was read a person.

`town_lists` types a place each name of one to three capitalised words (lower-case particles
between them: "Kelvo de Dorrow"; set CN's pass, branch ent132), untyped or typed a
person only by its shape (no title, no role, no quotation), that the list runs on from to "and"
(or "or"), small words of `before_noun` and a noun of `nouns` (kg/data/nlp/kinds.toml
[town_lists]): after the name, other names separated by commas, then the closing phrase.

kg.nlp.entities.kinds.resolve runs it in `KIND_STEPS` beside `joined_places`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_NAME = r"[A-Z][\w’'-]*(?:[ \t]+[A-Za-z][\w’'-]*){0,3}"
_WORD = re.compile(r"[A-Z][\w’'-]*")


@cached
def _closing() -> re.Pattern[str]:
    """The rest of the list after a name: more names after commas, "and", small words, a noun."""
    c = load("kinds")["town_lists"]
    before = phrase_pattern(c["before_noun"])
    nouns = phrase_pattern(c["nouns"])
    return re.compile(rf"(?:,[ \t]+{_NAME})*,?[ \t]+(?:and|or)[ \t]+(?:(?:{before})[ \t]+)*"
                      rf"(?:{nouns})(?![\w’'-])")


def town_lists(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each untyped or shape-typed person's name in a list closed by "and the towns": a place."""
    closing = _closing()
    for run, label, _k in kept:
        words = label.split()
        # a particle inside a town's name ("Kelvo de Dorrow", "Tallo de las Casas")
        caps = [w for w in words if w not in ctx.cues.connectors]
        weak = kinds.of[label][0] == "thing" or kinds.of[label] == ("person", False)
        if not weak or run.kind is not None or run.title or not 1 <= len(caps) <= 3 or len(words) > 5 \
                or not words[0][:1].isupper() or not all(_WORD.fullmatch(w) or "-" in w for w in caps) \
                or ctx.ev.speaker(ctx.text, run.begin, run.end):
            continue
        if closing.match(ctx.text, run.end):
            kinds.of[label] = ("place", False)
            kinds.typed.append((run.begin, run.end, "place"))
