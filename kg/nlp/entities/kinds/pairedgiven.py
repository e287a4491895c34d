"""A given name alone, joined by "and" to a person named in full: two of one family, the surname
printed once for both ("ranchers Tom and Steven Marwick", "Rosa and Ana Dorrow were turned down
for parole"; a real page of 2016, real42).

The first given name is read alone: one capitalised word, untyped, while the name after "and"
is a person of given name and surname. `coordinated` types a name joined to people by "and"
only when it has two or three words, so the given name stayed a name of no kind, junk. Here one
word the gazetteer knows as a given name (no place, no head word of a body), right before
" and " and a typed person of two words, is a person too. A declared step of
kg.nlp.entities.kinds.resolve `KIND_STEPS`, before `coordinated`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_AND = re.compile(r"[ \t]+and[ \t]+")


def paired_given(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped given name right before "and" and a typed person of two words is a person
    (module docstring)."""
    people = {b: e for b, e, kind in kinds.typed if kind == "person"}
    for run, label, _k in kept:
        if kinds.of[label][0] != "thing" or run.title or " " in label \
                or not ctx.ev.gazetteer.is_given_name(label) or ctx.ev.place_kind(label) \
                or head_word(label, ctx.cues) in ctx.cues.heads:
            continue
        m = _AND.match(ctx.text, run.end)
        if m is None or m.end() not in people:
            continue
        if len(ctx.text[m.end():people[m.end()]].split()) != 2:
            continue
        kinds.of[label] = ("person", False)
        kinds.typed.append((run.begin, run.end, "person"))
