"""A name in another language and its English gloss in brackets, neither typed: a body
("organized by Caminos de Paz (Roads of Peace)", "Le Réveil Paysan (the Farmer’s Lantern),
founded by …"; issue 10, set BD's kinds, branch ent87).

The paper glosses the own-language names of groups, unions and parties so the reader knows
what they say; a person's name is never glossed, and a place's or a paper's name, where the
page glosses one, carries a head word or a frame that typed it before this step (a square's
"Plaza", "the daily …"). So where no rule typed the name nor its gloss, the pair names a body.
Its gloss is the same body where a kept name fills the bracket ("Farmer’s Lantern"). Apart from
kg.nlp.entities.kinds.resolve's glossed bodies (a gloss after a typed body, a typed gloss after
a name): a declared step of `KIND_STEPS` after those, for the pairs they left.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_CAP = rf"[{UPPER}][\w’'-]*"
# " (the Farmer’s Lantern)", " (Roads of Peace)": two capitalised words or more, small words between
_GLOSS = re.compile(rf" \((?:the )?(?P<g>{_CAP}(?: (?:of|and|for|the|{_CAP}))*? {_CAP})\)")


def _untyped_name(ctx: NameContext, kinds: Kinds, label: str) -> bool:
    words = label.split()
    return kinds.of.get(label, ("", False))[0] == "thing" and len(words) >= 2 \
        and not ctx.ev.given_name_first(words) and not ctx.ev.gazetteer.is_given_name(words[0]) \
        and not ctx.ev.place_kind(label)


def glossed_pairs(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each untyped name of two words or more right before an untyped English gloss in
    brackets (no given name opening either) is an organisation, and so is the gloss."""
    text = ctx.text
    inside = {(run.begin, run.end): label for run, label, _k in kept if not run.title}
    for run, label, _k in kept:
        m = _GLOSS.match(text, run.end)
        if run.title or m is None or not _untyped_name(ctx, kinds, label):
            continue
        gloss = inside.get((m.start("g"), m.end("g")))
        if gloss is not None and not _untyped_name(ctx, kinds, gloss):
            continue  # the gloss was typed (a place, a work): the steps before read the pair
        if ctx.ev.given_name_first(m.group("g").split()):
            continue
        kinds.of[label] = ("organization", False)
        if gloss is not None:
            kinds.of[gloss] = ("organization", False)
