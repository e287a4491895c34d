"""Untyped names a family word or the page's own repetition makes people (branch ent104). A
given name from a language the given-name list lacks leaves a person's name untyped; two frames
that only a person fills say what it is. Each step reads only a name no rule typed ("thing"), no
title and no acronym in capitals, with its words as data (kg/data/nlp/kinds.toml `[kin_names]`):

* `kin_appositions`: "his wife, Dorra,", "my brother Kelvin worked …", "her son, Tavo Dorr,": a
  name right after a possessive and a family noun is that relative, a person.
* `repeated_surnames`: "… won by Tavrano Dossa. Dossa has been in jail …": a name of two or three
  capitalised words whose last word the page also prints alone, untyped too, is a person named
  in full and then by surname (a firm is shortened to its first word, "Kelvane" of "Kelvane
  Holdings", and a head word or a place ends no person's name).

Apart from kg.nlp.entities.kinds.namekinds: declared steps of `KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import Run


@cached
def _kin_before() -> re.Pattern:
    """"his wife, " or "My brother " right before a name (a sentence may open with it)."""
    c = load("kinds")["kin_names"]
    return re.compile(rf"(?<![\w’'-])(?:{phrase_pattern(c['possessives'])})\s+"
                      rf"(?:{phrase_pattern(c['nouns'])}),?\s+\Z", re.IGNORECASE)


def _untyped(kinds: Kinds, run: Run, label: str) -> bool:
    return kinds.of[label][0] == "thing" and not run.title and run.kind is None \
        and not label.isupper() and all(w[:1].isupper() for w in label.split())


def kin_appositions(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name right after "his wife," or "my brother" is a person."""
    text = ctx.text
    for run, label, _k in kept:
        if _untyped(kinds, run, label) and not ctx.ev.place_kind(label) \
                and _kin_before().search(text, max(0, run.begin - 40), run.begin):
            kinds.of[label] = ("person", True)


def _no_name_word(ctx: NameContext, word: str) -> bool:
    """A word that may end a person's name: no head word ("Mills", "Party") and no place."""
    return word not in ctx.cues.heads and word.lower() not in ctx.cues.heads \
        and not ctx.ev.place_kind(word)


def repeated_surnames(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name of two or three words whose last word the page prints alone, untyped,
    is a person; so is that word alone (the surname)."""
    alone = {label for run, label, _k in kept if " " not in label and _untyped(kinds, run, label)}
    if not alone:
        return
    for run, label, _k in kept:
        words = label.split()
        if not 2 <= len(words) <= 3 or not _untyped(kinds, run, label) \
                or ctx.ev.place_kind(label) or words[-1] not in alone \
                or not all(_no_name_word(ctx, w) for w in words):
            continue
        kinds.of[label] = ("person", True)
        kinds.of[words[-1]] = ("person", False)
