"""Kinds the frame of a sentence gives against an apposition's or a speech verb's first reading.

- `opening_places`: "In Kelvung, the port commander, Peng Dorr, shelled …": a name of one or two
  words between a sentence-opening "In" and a comma is the place the sentence happens in; the
  apposition after the comma says who acted there, not what the name is. Only where every mention
  of the name follows a preposition of place (data: kg/data/nlp/kinds.toml `[opening_places]`).
- `it_bodies`: "Velmar Telekom announced it would cut jobs": an announcing verb's subject that
  the verb's "it" or "its" points back to is no person but a body (`[it_bodies] verbs`).

Set BG, branch ent91; declared steps of `KIND_STEPS` (kg.nlp.entities.kinds.resolve)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.wordspans import word_spans

# how far back a sentence's opening word is looked for
OPENER_WINDOW = 12


@cached
def opener() -> re.Pattern:
    """"In " at a sentence's start: the text's start, a line's, or after a full stop."""
    openers = phrase_pattern(load("kinds")["opening_places"]["openers"])
    return re.compile(r"(?:\A|\n\s*|[.!?][\"”’']?\s+)(?:" + openers + r")\s+\Z")


@cached
def _prepositions() -> frozenset[str]:
    """The prepositions of place a mention of an opening place must follow (lower case)."""
    return frozenset(load("kinds")["opening_places"]["prepositions"])


@cached
def _it_after() -> re.Pattern:
    """" announced it", " confirmed its" right after a name."""
    verbs = phrase_pattern(load("kinds")["it_bodies"]["verbs"])
    return re.compile(r"\s+(?:" + verbs + r")\s+(?:that\s+)?(?:it|its)\s")


def every_mention_placed(text: str, label: str) -> bool:
    """Whether each mention of the name in the text follows a preposition of place."""
    starts = [b for b, _ in word_spans(text, label)]
    return bool(starts) and all(_word_before(text, s) in _prepositions() for s in starts)


def _word_before(text: str, at: int) -> str:
    """The word right before `at` (across spaces), in lower case; "" where none stands."""
    m = re.search(r"(?<![\w’'-])(\w+)\s+\Z", text[max(0, at - 12):at])
    return m.group(1).lower() if m else ""


def opening_places(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A name of one or two words, typed a person or a body, that opens a sentence after "In"
    and before a comma, and follows a preposition of place wherever it stands: a place."""
    common = common_words()
    for run, label, _k in kept:
        words = label.split()
        if kinds.of[label][0] not in ("person", "organization") or not 1 <= len(words) <= 2 \
                or run.title or not ctx.text.startswith(",", run.end) \
                or any(common.common(w) for w in words) \
                or not opener().search(ctx.text[max(0, run.begin - OPENER_WINDOW):run.begin]) \
                or not every_mention_placed(ctx.text, label):
            continue
        kinds.of[label] = ("place", False)


def it_bodies(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A name typed a person only as a speaker, whose report verb's object is "it" or "its", and
    no place of the gazetteer's: an organisation."""
    for run, label, _k in kept:
        if kinds.of[label][0] != "person" or run.title or ctx.ev.place_kind(label) is not None \
                or not _it_after().match(ctx.text, run.end):
            continue
        kinds.of[label] = ("organization", True)
