"""A school named again by the words before its head: "Central High" after "Kelvo Central High
School", "Dorrow Smith" after "Dorrow Smith College" ("a junior at Central High", "a sophomore
at Dorrow Smith"; branch ent124).

The short forms (kg.nlp.entities.kinds.shortforms `longer_name`) give an organisation's leading
words to the organisation, but not where a frame typed them a place ("at Dorrow Smith" is a
locative), nor the inner words of a name that a town opens ("Kelvo Central High School": the
school's name without its town). A name of two or three words (one word alone, "Dorrow" of
"Dorrow College", is a town's or a founder's name as often) that only a frame typed (a weak
place or nothing), that no gazetteer knows as a place, and that is a school's full name the
article gives without the school's head (kg/data/nlp/kinds.toml `[school_shorts] heads`) and
without a town the gazetteer knows opening it, is that school: an organisation, weakly, as
kg.nlp.entities.kinds.hospitalshorts reads a hospital's short name. The full name may stand
after it (a headline's "Central High" over the body's full name). A declared step of
`KIND_STEPS` (kg.nlp.entities.kinds.resolve)."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_WEAK = (("thing", False), ("place", False))


@cached
def _heads() -> tuple[str, ...]:
    return tuple(load("kinds")["school_shorts"]["heads"])


def _short_forms(label: str, ev: Evidence) -> set[str]:
    """The school's name without its head ("High School" or "School" alike), and without a
    gazetteer's town opening it."""
    out: set[str] = set()
    for head in (h for h in _heads() if label.endswith(" " + h)):
        words = label[:-len(head) - 1].split()
        out.add(" ".join(words))
        out.update(" ".join(words[k:]) for k in range(1, len(words))
                   if ev.place_kind(" ".join(words[:k])) is not None)
    return out


def school_shorts(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A weakly typed name that is a school's name the article gives, short of its head: a body."""
    shorts: set[str] = set()
    for _run, label, _k in kept:
        if kinds.of[label][0] == "organization":
            shorts |= _short_forms(label, ctx.ev)
    if not shorts:
        return
    for run, label, _k in kept:
        if kinds.of[label] in _WEAK and not run.title and 2 <= len(label.split()) <= 3 \
                and label in shorts and ctx.ev.place_kind(label) is None:
            kinds.of[label] = ("organization", False)
