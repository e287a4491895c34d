"""A place's own last word alone: "the Kelvo-Dorra Tallow volcano erupted … the roads on
Tallow were cut" (set CD's kind: an island named alone after the volcano named for it and its
neighbour). The page names the place in full once and its last word alone after it; the word
alone had no cue of its own and stayed untyped, or a step that reads a repeated last word as a
surname made both people.

`place_end_words` types a one-word name no rule typed a place, of the longer name's kind, when a
name of two words or more the kinds typed a place (the gazetteer's or the rules') ends in that
word, after a space or a hyphen, and the word is no head word, no group word and no common
English word (kg.nlp.entities.cues.commonwords): "Kelvo Island" … "Island" is no place's word,
"North Tallow" … "Tallow" is. A step of kg.nlp.entities.kinds.resolve `KIND_STEPS`, before the
lists of places read their untyped members."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_PLACES = ("country", "city", "place")
_LAST = re.compile(r"[ -]([^\s-]+)\Z")


def place_end_words(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """The untyped one-word names that end a longer place's name typed as it (module docstring)."""
    ends: dict[str, str] = {}
    for _run, label, _k in kept:
        kind = kinds.of.get(label, ("thing", False))[0]
        m = _LAST.search(label)
        if kind in _PLACES and m is not None:
            ends.setdefault(m.group(1), kind)
    cues = ctx.cues
    for run, label, _k in kept:
        kind = ends.get(label)
        if kind is None or len(run.words) != 1 or run.title or run.kind is not None \
                or kinds.of.get(label, ("", False))[0] != "thing" or not label[:1].isupper() \
                or label in cues.heads or cues.group(label) or common_words().common(label):
            continue
        kinds.of[label] = (kind, False)
