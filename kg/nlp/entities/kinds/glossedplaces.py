"""A place's own-language name before its English gloss in brackets ("they marched down the
Rua da Prata (Silver Mile)", "the Calçada Kelva (Kelvo Street)"; set BJ, branch ent95).

The paper glosses the Spanish or Portuguese name of a street, an avenue or a city's district so
the reader knows what it says. The gloss carries an English place head ("Mile", "Street",
"Square") that typed it a place; the own-language name carries none, and a first word spelled as
a given name ("Milla", "Rosa") typed it a person, only weakly. Where the bracket holds nothing but
a place's name of two words or more ending in a place head, and "the" stands before the name (a
person's name takes none: "Rosa Kelvo (Dorrow City)" is a woman and her town), the name before
it is that place. A declared step of kg.nlp.entities.kinds.resolve `KIND_STEPS`, after `typed_spans`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

# what a weak first kind may be for the name before the gloss to be the place
_WEAK = {("person", False), ("thing", False)}
# "the" right before the name ("along the Rua da Prata")
_THE_BEFORE = re.compile(r"(?:^|\W)[Tt]he\s+$")


def _place_gloss(ctx: NameContext, kinds: Kinds, at: int) -> bool:
    """Whether a place's name of two words or more, headed by a place head, fills the bracket
    that opens at `at` on its own."""
    if not ctx.text.startswith(" (", at):
        return False
    start = at + 2
    for b, e, kind in kinds.typed:
        gloss = ctx.text[b:e]
        if b == start and kind == "place" and ctx.text[e:e + 1] == ")" and " " in gloss \
                and ctx.cues.heads.get(head_word(gloss, ctx.cues)) == "place":
            return True
    return False


def glossed_places(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each name of two words or more after "the", untyped or typed a person only by its
    spelling, right before a bracket a head-typed place fills: that place, by its own name."""
    for run, label, _k in kept:
        if run.title or len(label.split()) < 2 or kinds.of.get(label) not in _WEAK \
                or not _THE_BEFORE.search(ctx.text, max(0, run.begin - 5), run.begin):
            continue
        if _place_gloss(ctx, kinds, run.end):
            kinds.of[label] = ("place", False)
            kinds.typed.append((run.begin, run.end, "place"))
