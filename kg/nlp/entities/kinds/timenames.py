"""A name nothing typed, set in time by "during the" ("many were killed during the Blue Purge"):
the span of a time an article names so is an event (a campaign, a wave of repression, a war
under another head), as `[phrases] time_before` already made of a movement's name (branch
ent42). Only a name still untyped and of two capitalised words or more: "during the Kelvo
Summit" has its event's head, "during the Kelvo Dorrow visit" a noun after the name, and a
known place keeps its kind (set AU, branch ent74). Apart from
kg.nlp.entities.kinds.namekinds, a declared step of `KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.cues.phrases import phrases
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")


def named_times(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name of two capitalised words or more right after "during the" (`time_before`)
    is an event, unless the evidence knows it as a place or a lower-case noun after it makes it
    a modifier ("during the Kelvo Dorrow visit": the visit is the time, the name someone's)."""
    for run, label, _k in kept:
        if not kinds.untyped_capitalised(run, label, ctx.ev.place_kind) \
                or not textwindow.before(phrases().time_before, ctx.text, run.begin, 24):
            continue
        nxt = _NEXT_WORD.match(ctx.text, run.end)
        if nxt is not None and nxt.group(1) not in ctx.ev.phrase_enders:
            continue
        kinds.of[label] = ("event", False)
