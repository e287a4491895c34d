"""A work's maker or a person's birth name by the words before it: "Red Winter, directed by Lenn
Dorrowsky", "Tubwell, born Arla Kent in Tallow County" (set BY's kind, branch ent112).

A film-maker, a painter or a writer whose given name the gazetteer does not know was left
untyped, as was a birth name after "born". A verb of making and "by" (or ", born") right before
(kg/data/nlp/makers.toml `before`) says a person where the name is a bare run of two or three
capitalised words nothing typed (`Kinds.untyped_capitalised`), no head word in it, no place the
evidence knows. A declared step of `KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


@cached
def _before() -> re.Pattern:
    return re.compile(r"(?:(?<![\w’'-])|(?=,))" + phrase_pattern(load("makers")["before"]) + r"[ \u00a0]+\Z")


def makers(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each bare untyped run a maker's or a birth name's cue opens, a person."""
    heads = ctx.cues.heads
    for run, label, _k in kept:
        if not kinds.untyped_capitalised(run, label, ctx.ev.place_kind, most=3) \
                or any(w in heads for w in label.split()):
            continue
        if textwindow.before(_before(), ctx.text, run.begin, 40, cut=True) is not None:
            kinds.of[label] = ("person", False)
