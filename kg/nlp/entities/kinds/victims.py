"""A person by the act done to them, right before the name: "the police killing of Arlo Venn",
"cops shot and killed Tomas Dorrow", "the lynching of Ezra Kelvin" (a real 2016 page: the man
the police killed was left untyped).

Lynchings, killings by the police, assassinations and frame-ups are done to people, and the
paper names their victims year after year, often once and with no given name the lists hold.
An untyped name of two to four words (no rule typed it, no title, not in capitals, no place the
gazetteer or the registry knows, no head word) right after one of these words
(kg/data/nlp/kinds.toml `[victims] before`, any case) is a person. A name a rule typed keeps
its kind ("the bombing of Kelvo Harbor"). A declared step of `KIND_STEPS`
(kg.nlp.entities.kinds.resolve)."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_WINDOW = 40


@cached
def _before() -> re.Pattern:
    """"the killing of ", "killed " right before a name."""
    return re.compile(r"(?<![\w’'-])(?i:" + phrase_pattern(load("kinds")["victims"]["before"]) + r")\s+\Z")


def victims(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name a violent act's words stand right before: a person."""
    for run, label, _k in kept:
        words = label.split()
        if kinds.of[label][0] != "thing" or run.title or run.kind is not None or label.isupper() \
                or not 2 <= len(words) <= 4 or ctx.ev.place_kind(label) is not None \
                or any(w in ctx.cues.heads or ctx.cues.group(w) for w in words):
            continue
        if textwindow.before(_before(), ctx.text, run.begin, _WINDOW):
            kinds.of[label] = ("person", True)
