"""Makers named in a list of possessives beside a person's: "Ana Dorrow’s prints, Tomas Kelvane’s
murals, and Yevka Tallovna’s posters", "Kelvin Ruiz’s first film and Dzor Vellan’s newsreels"
(set BY, branch ent123).

An exhibition's or a festival's review lists works by their makers' possessives; a painter or a
film-maker whose given name the gazetteer does not hold ("Yevka", "Dzor") was left untyped while
the one beside them, by a known given name or the registry, was a person. The possessives of a
list are of one kind, as "nor" joins like with like (kg.nlp.entities.kinds.norlists): an untyped
bare name of two or three capitalised words (`Kinds.untyped_capitalised`, no head word, no place
the evidence knows), its possessive glued to it, joined by a comma or "and" (or both) to a
person's possessive in the same sentence, is a person. A declared step of `KIND_STEPS`
(kg.nlp.entities.kinds.resolve), after `typed_spans`, read until no name changes."""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_POSSESSIVE = re.compile(r"[’']s(?![\w’'-])")
_JOIN = re.compile(r"(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)\Z")
_REACH = 90  # the most characters between two possessives of one list


def _joined(ctx: NameContext, first_end: int, second_begin: int) -> bool:
    """The possessive ending at `first_end` and the name at `second_begin` are two members of
    one list: one sentence, near, the second after a comma or "and"."""
    text = ctx.text
    if not 0 < second_begin - first_end <= _REACH or _JOIN.search(text, first_end, second_begin) is None:
        return False
    return ctx.tx.sentence_bounds(first_end) == ctx.tx.sentence_bounds(second_begin)


def _beside_person(ctx: NameContext, begin: int, end: int, typed: list[tuple[int, int, str]]) -> bool:
    """A person's possessive in a list with the possessive of the name at `begin`-`end`."""
    text = ctx.text
    for b, e, kind in typed:
        if kind != "person" or not _POSSESSIVE.match(text, e):
            continue
        if b > end and _joined(ctx, end + 2, b) or e < begin and _joined(ctx, e + 2, begin):
            return True
    return False


def possessive_list_people(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Untyped makers in a list of possessives beside a person's are people."""
    heads = ctx.cues.heads
    changed = True
    while changed:
        changed = False
        for run, label, _k in kept:
            if not kinds.untyped_capitalised(run, label, ctx.ev.place_kind, most=3) \
                    or any(w in heads for w in label.split()) \
                    or not _POSSESSIVE.match(ctx.text, run.end) \
                    or not _beside_person(ctx, run.begin, run.end, kinds.typed):
                continue
            kinds.of[label] = ("person", False)
            kinds.typed.append((run.begin, run.end, "person"))
            changed = True
