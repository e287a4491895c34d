"""A person named right after "led by" or "headed by": "the 1987 coups led by Kelvo Dorrow",
"a delegation headed by Ana Tallow-Ruiz" (set CD's kind: a Pacific leader's name, which the
gazetteer's given names do not hold, was left untyped).

`led_by_person` types a name a person when one of kg/data/nlp/kinds.toml `[led_by] phrases`
stands right before it, and the name is two or three capitalised words (hyphened ones too) with
no organisation's or place's head, no title, no group word and no place the gazetteer knows,
and no firm's frame stands around it ("a consortium led by Kelvo Dorrano": a firm): a body led
by another ("led by the Kelvo Workers Union", "led by Dorrow Youth Front") keeps its head's
kind. A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked with the people's
cues before the given names."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_WORD = re.compile(r"[A-ZÀ-ÞĀĒĪŌŪ][\w’'-]*")


@cached
def _led_by() -> re.Pattern:
    return re.compile(r"(?<![\w’'-])" + phrase_pattern(load("kinds")["led_by"]["phrases"]) + r"\s+\Z")


def led_by_person(q: NameQuery) -> Kind | None:
    """A person right after "led by" (module docstring)."""
    if not 2 <= len(q.words) <= 3 or not textwindow.before(_led_by(), q.text, q.run.begin, 20):
        return None
    cues = q.cues
    if q.place or q.firm or q.ev.employer(q.text, q.run.begin, q.run.end):
        return None  # "a consortium led by Kelvo Dorrano": a firm's frame
    if not all(_WORD.fullmatch(w) and w not in cues.heads and w not in cues.titles
               and not cues.group(w) and not q.ev.place_kind(w) for w in q.words):
        return None
    return "person", True
