"""Untyped names a family word or the page's own repetition makes people (branch ent104). A
given name from a language the given-name list lacks leaves a person's name untyped; two frames
that only a person fills say what it is. Each step reads only a name no rule typed ("thing"), no
title and no acronym in capitals, with its words as data (kg/data/nlp/kinds.toml `[kin_names]`):

* `kin_appositions`: "his wife, Dorra,", "my brother Kelvin worked …", "her son, Tavo Dorr,": a
  name right after a possessive and a family noun is that relative, a person.
* `repeated_surnames`: "… won by Tavrano Dossa. Dossa has been in jail …": a name of two or three
  capitalised words whose last word the page also prints alone (no capitalised word glued to
  it) is a person named in full and then by surname (a firm is shortened to its first word,
  "Kelvane" of "Kelvane Holdings"; a head word, a place or a common English word ends no
  person's name here, "the General Social Contribution" beside "Contribution sociale", and a
  compass word opens none, "Western Kelvara" beside "Kelvara").

Apart from kg.nlp.entities.kinds.namekinds: declared steps of `KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.kinds.untypedframes import untyped_name
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.wordspans import word_spans


@cached
def _kin_before() -> re.Pattern:
    """"his wife, " or "My brother " right before a name (a sentence may open with it)."""
    c = load("kinds")["kin_names"]
    return re.compile(rf"(?<![\w’'-])(?:{phrase_pattern(c['possessives'])})\s+"
                      rf"(?:{phrase_pattern(c['nouns'])}),?\s+\Z", re.IGNORECASE)


@cached
def _kin_list_before() -> re.Pattern:
    """"his sons, Tavo and " or "her daughters, Ana, Lia and " right before a name: a plural
    family noun opens a list of the relatives, and every name of it is one of them."""
    c = load("kinds")["kin_names"]
    name = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}"
    return re.compile(rf"(?<![\w’'-])(?:{phrase_pattern(c['possessives'])})\s+"
                      rf"(?:{phrase_pattern(c['list_nouns'])}),?\s+"
                      rf"(?:{name},\s+)*{name},?\s+and\s+\Z", re.IGNORECASE)


def kin_appositions(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name right after "his wife," or "my brother" is a person; so is one later in
    a list a plural family noun opens ("her sons, Lenn and Tavo": Tavo, the given name
    printed alone after "and", was left untyped; a real page of 2011, real39)."""
    text = ctx.text
    for run, label, _k in kept:
        if untyped_name(kinds, run, label) and not ctx.ev.place_kind(label) \
                and (_kin_before().search(text, max(0, run.begin - 40), run.begin)
                     or _kin_list_before().search(text, max(0, run.begin - 120), run.begin)):
            kinds.of[label] = ("person", True)


def _no_name_word(ctx: NameContext, word: str) -> bool:
    """A word that may stand in a person's name here: a capital and lower-case letters (no
    initial or abbreviation, "B.", "St.", no possessive), no head word ("Mills", "Party") and no place."""
    return _NAME_WORD.fullmatch(word) is not None and not _POSSESSIVE.search(word) \
        and word not in ctx.cues.heads \
        and word.lower() not in ctx.cues.heads and not ctx.ev.place_kind(word)


_POSSESSIVE = re.compile(r"[’']s\Z")  # "the Citizen’s Kelvo": a body's, no person's name
_NAME_WORD = re.compile(r"[A-Z][^\W\d_]*[a-z][^\W\d_]*(?:[-’'][A-Z]?[^\W\d_]+)*")


def _stands_alone(text: str, word: str) -> bool:
    """`word` printed somewhere without a capitalised word glued before or after it ("Dossa
    has been", "releases Dossa."), not as a piece of a longer name."""
    for b, e in word_spans(text, word, before="’'.-"):
        before = _WORD_BEFORE.search(text, max(0, b - 40), b)
        after = _WORD_AFTER.match(text, e)
        if (before is None or not before.group(1)[:1].isupper() or before.group(1)[-1] in _ENDS) \
                and after is None:
            return True
    return False


# the word right before a name (its last letter tells a sentence's end), a capitalised word after
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+[A-Z]")
_ENDS = ".!?:;,\"”)"


def repeated_surnames(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name of two or three words whose last word the page prints alone is a person;
    so is that word, where it is a name of its own (the surname)."""
    for run, label, _k in kept:
        words = label.split()
        if not 2 <= len(words) <= 3 or not untyped_name(kinds, run, label) \
                or ctx.ev.place_kind(label) or not all(_no_name_word(ctx, w) for w in words) \
                or words[0] in ctx.cues.compass or common_words().common(words[-1]) \
                or not _stands_alone(ctx.text, words[-1]):
            continue  # "Western Kelvara" … "Kelvara": a region; "General Social Contribution"
        kinds.of[label] = ("person", True)
        if kinds.of.get(words[-1], ("", False))[0] == "thing":
            kinds.of[words[-1]] = ("person", False)
