"""A surname printed after an editor's bracket that holds the person's title and given name:
"[President Tavo] Dorrow, Prime Minister … met", "[Governor Ana] Kelvin would not attend" (real39).

The paper reprints old text in its "25, 50 and 75 Years Ago" column and in excerpts, and fills
in what the old text left out between square brackets: the title and given name of a person it
named by surname alone. The bracketed given name is a person (a title types it), and the
surname after the bracket was read alone: untyped, or a town the gazetteer knows (a
president's surname that a small town bears too, on a real page of 2017). The bracket's last
word is a given name the gazetteer knows or a name typed a person, and the name right after
"] " is one or two capitalised words: the same person's surname, a person.

A declared step of kg.nlp.entities.kinds.resolve `KIND_STEPS`, after the kin steps."""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import PLACE_KINDS

# "[President Tavo] " right before the name: a bracket on one line, closed by a capitalised word
_BRACKET_BEFORE = re.compile(r"\[([^\[\]\n]{1,60}?)\] \Z")
_NAME_WORD = re.compile(r"[A-Z][^\W\d_]*[a-z][^\W\d_’'-]*(?:[-’'][A-Z]?[^\W\d_]+)?")
_KINDS = ("thing", *[k for k in PLACE_KINDS if k != "country"])


def bracketed_given(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A name of one or two capitalised words right after a bracket that closes on a given
    name is that person's surname, a person."""
    text = ctx.text
    for run, label, _k in kept:
        words = label.split()
        if run.title or run.kind is not None or kinds.of[label][0] not in _KINDS \
                or not 1 <= len(words) <= 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        m = _BRACKET_BEFORE.search(text, max(0, run.begin - 64), run.begin)
        if m is None:
            continue
        given = m.group(1).split()[-1]
        if _NAME_WORD.fullmatch(given) and (
                kinds.of.get(given, ("", False))[0] == "person"
                or ctx.ev.gazetteer.is_given_name(given)):
            kinds.of[label] = ("person", True)
