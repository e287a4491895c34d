"""An untyped name between "the" and a building's lower-case noun: "the Dorrowerie theater", "the
Saint-Kelvin de la Tour church" (set BN, branch ent100). A church, a theatre or a mosque named
before its noun is that building, a place; the name alone after it ("moved on to Saint-Kelvin")
is the same place. kg.nlp.entities.kinds.untypedframes' `site_nouns` types a name before a
base's or a plant's noun; a building's noun is kept apart here because a denomination before
it ("the Methodist chapel", kg/data/nlp/kinds.toml `[local_churches] denominations`) names a
faith, no place, and a name in another language may hold lower-case particles ("de la").

`building_nouns` types such a name a place (weakly), only where no rule typed it; its nouns are
data (`[building_nouns] nouns`). A declared step of `KIND_STEPS` right after `site_nouns`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_THE = "the "


@cached
def _noun_after() -> re.Pattern[str]:
    """" church", " theater" right after a name."""
    return re.compile(rf"\s+(?:{phrase_pattern(load('kinds')['building_nouns']['nouns'])})(?![\w’'-])")


@cached
def _faiths() -> frozenset[str]:
    return frozenset(load("kinds")["local_churches"]["denominations"])


def _untyped_name(kinds: Kinds, label: str) -> bool:
    """A label no rule typed, or typed a person only weakly (a given name inside it: "the Al
    Noor mosque", "Noor" a given name; a person is not named after "the"; set CD, 2026-12-06),
    its first and last words capitalised, no faith's word in it."""
    words = label.split()
    return kinds.of[label] in (("thing", False), ("thing", True), ("person", False)) \
        and not label.isupper() and words[0][:1].isupper() \
        and words[-1][:1].isupper() and not any(w in _faiths() for w in words)


def building_nouns(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name after "the" and before a building's noun is that building, a place."""
    for run, label, _k in kept:
        if run.title or run.kind is not None or not _untyped_name(kinds, label):
            continue
        if ctx.text[max(0, run.begin - len(_THE)):run.begin].lower() == _THE \
                and _noun_after().match(ctx.text, run.end):
            kinds.of[label] = ("place", False)
