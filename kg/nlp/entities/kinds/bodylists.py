"""A name listed among bodies, typed a place only by the word before the list: "speakers from
Dorrow Rising, the Kelvo Farmers Union, and the Tallow Land Project", "the owner of Kelvo Grill,
KFC, and Tallow Hut" after "raise from Kelvo Grill" (set CH, branch ent121).

"From" or "at" before a name says where something comes from or happens, and the last-resort
rule (kg.nlp.entities.kinds.contextrules `locative`) made a place of a name nothing else typed;
a list's other members are the better evidence. `coordinated` (kg.nlp.entities.kinds.resolve)
reads such a weak place beside one organisation joined by "and" only, as a comma after a name
is as often a town's state ("from Dorrow, Kelvia"). A name whose kind is that weak place (no
place the gazetteer knows, no head word, last or first as "Temple Beth Kelvo" opens, the run
itself untyped) that stands in a list of
three or more closed by "and" or "or", every other member an organisation, is one more
organisation, in every place the article names it.

A declared step of kg.nlp.entities.kinds.resolve `KIND_STEPS`, right before `coordinated`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

# a list's gap: a comma, and "and" or "or" closing it; "the" may open the member after it
_GAP = re.compile(r",\s+(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")
_CLOSING = re.compile(r"\b(?:and|or)\s")


def listed_bodies(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each weak place listed only with organisations made an organisation (module docstring)."""
    text, cues = ctx.text, ctx.cues
    for run, label, _k in kept:
        if kinds.of[label] != ("place", False) or run.kind is not None or run.title \
                or ctx.ev.place_kind(label) is not None or head_word(label, cues) in cues.heads \
                or label.split()[0] in cues.leading_heads:
            continue
        members, gaps = _members(text, run.begin, run.end, kinds.typed)
        if len(members) >= 2 and all(k == "organization" for k in members) \
                and any(_CLOSING.search(g) for g in gaps):
            kinds.of[label] = ("organization", False)
            kinds.typed.append((run.begin, run.end, "organization"))


Typed = list[tuple[int, int, str]]


def _members(text: str, begin: int, end: int, typed: Typed) -> tuple[list[str], list[str]]:
    """The kinds of the names listed with the span `begin`-`end`, either side of it, and the
    gaps between the members."""
    kinds: list[str] = []
    gaps: list[str] = []
    at = end
    # the longest name at each gap: "Kelvia Farmers Union", not the registry's "Kelvia" in it
    while (nxt := min((t for t in typed if t[0] >= at and _GAP.fullmatch(text, at, t[0])),
                      key=lambda t: (t[0], -t[1]), default=None)):
        gaps.append(text[at:nxt[0]])
        kinds.append(nxt[2])
        at = nxt[1]
    at = begin
    while (prev := max((t for t in typed if t[1] <= at and _GAP.fullmatch(text, t[1], at)),
                       key=lambda t: (t[1], -t[0]), default=None)):
        gaps.append(text[prev[1]:at])
        kinds.append(prev[2])
        at = prev[0]
    return kinds, gaps
