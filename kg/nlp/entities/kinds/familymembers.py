"""A name of two or three words nothing typed whose last word is the surname of a person the
article names in full: "Tom Dorrow, Ana Dorrow and Lenn Dorrow led the strike", where "Lenn" is
no given name the gazetteer knows (or one it keeps out as a common word, "Miles", "Grant"), is
one of the family, a person (set BY's kind, branch ent112).

The first word must be a given name the gazetteer knows, or no common English word, or the
relative must be named in full near it, as in one list ("Tom Dorrow, Miles Dorrow and …"); no
word of it a head word ("Fort Dorrow" after "Ana Dorrow" is a place's name), no place the
evidence knows, and no initial ("A. Dorrow" after "Ana Dorrow" may be Ana herself: which one,
the registry's ambiguous forms leave open). kg.nlp.entities.kinds.sharedsurnames types the
surname alone; this step types the full name of a relative. A declared step of `KIND_STEPS`,
after sharedsurnames."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.kinds.shortforms import surname
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.wordspans import writes_word


def family_members(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each untyped name a person's surname ends, of a first word that may be a given name, a
    person."""
    people = {label for label, (kind, _strong) in kinds.of.items() if kind == "person" and " " in label}
    people |= {m.entry.label for m in ctx.covered if m.entry.kind == "person" and " " in m.entry.label}
    surnames = {surname(label): label for label in people}
    ev, heads = ctx.ev, ctx.cues.heads
    for run, label, _k in kept:
        words = label.split()
        if kinds.of[label][0] != "thing" or run.title or not 2 <= len(words) <= 3 \
                or words[-1] not in surnames or surnames[words[-1]] == label \
                or not all(w[:1].isupper() for w in words) or any(w in heads for w in words) \
                or not _GIVEN_SHAPE.fullmatch(words[0]) \
                or ev.place_kind(label) or ev.place_kind(words[0]):
            continue
        if ev.gazetteer.is_given_name(words[0]) or not common_words().common(words[0]) \
                or _near(ctx.text, run.begin, run.end, surnames[words[-1]]):
            kinds.of[label] = ("person", False)


_GIVEN_SHAPE = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]+)*")  # a word, not an initial ("A.")
_NEAR = 80  # characters either side: the relative named beside it, as in one list


def _near(text: str, begin: int, end: int, other: str) -> bool:
    """The person `other` is named in full within `_NEAR` characters of the name."""
    lo, hi = max(0, begin - _NEAR - len(other)), end + _NEAR + len(other)
    return writes_word(text[lo:hi], other, after="-")
