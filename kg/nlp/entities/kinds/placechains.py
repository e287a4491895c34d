"""Untyped names listed only with places (issue 10, set BV, branch ent109): "the rebels took
Kelvabad, Dorrum and Tallis", "whole streets of Kelvabad and Dorrum", "troops entered the
Dorrum and Tallis neighborhoods".

`coordinated` and `locative_list` (kg.nlp.entities.kinds.resolve, framedkinds) type a listed
name a place where a locative word opens the list or a known place stands right beside it with
a mark after; a list after "control of" or "streets of", whose places are towns and quarters no
list holds, was left untyped. Here a chain of names joined by commas and "and"/"or" (the last
join "and" or "or") in which every member is a place or a name no cue typed, and at least one is
a place, types each untyped member a place where the list ends the clause (a mark, a small word
or a verb of being after it: "Tarvosi and Omaha students" names no places) or a member is a
place by the text's own words ("streets of Kelvabad"); so does a chain closed by one of town_lists' plural
nouns of places ("… neighborhoods"; kg/data/nlp/kinds.toml [town_lists] nouns), places or not.
An untyped member must be one or two capitalised words (`[place_chains] most_words`), no given
name opening it, no common word, no head word, no speaker: "Kelvo and Dorrow said" stays, and a
list holding a person or a body ("Kelvabad and Dorrow Mining") names no places.

kg.nlp.entities.kinds.resolve runs it in `KIND_STEPS` after `town_lists`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import SMALL

_PLACES = ("country", "city", "place", "state")
_GAP = re.compile(r",[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_CLOSED = re.compile(r"(?:and|or)[ \t]+\Z")
_WORD = re.compile(r"[A-Z][\w’'-]+")
# what follows the list: a mark (no group) or a lower-case word
_NEXT = re.compile(r"[ \t]*(?:[.,;:!?)\]”—–]|\Z)|[ \t]+([a-z][\w’'-]*)")
_CLAUSE_WORDS = frozenset({"when", "where", "while", "since", "after", "before", "until", "during",
                           "near", "into", "across", "which", "that", "who", "were", "was", "are",
                           "is", "have", "had", "has"})

Member = tuple[int, int, str]


@cached
def _noun_after() -> re.Pattern[str]:
    return re.compile(r"[ \t]+(?:" + phrase_pattern(load("kinds")["town_lists"]["nouns"]) + r")(?![\w’'-])")


def place_chains(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each untyped name of a chain listing only places, or closed by a plural noun of places:
    a place (module docstring)."""
    open_labels = {label for run, label, _k in kept if _open(ctx, run, label, kinds)}
    latest: dict[tuple[int, int], str] = {}
    for b, e, k in kinds.typed:
        latest[(b, e)] = k
    members = sorted((b, e, k) for (b, e), k in latest.items())
    for chain in _chains(ctx.text, members):
        untyped = [m for m in chain if m[2] == "thing" and ctx.text[m[0]:m[1]] in open_labels]
        if not untyped or any(m[2] not in _PLACES and m not in untyped for m in chain):
            continue
        if _noun_after().match(ctx.text, chain[-1][1]) or any(m[2] in _PLACES for m in chain) \
                and (_ends_clause(ctx.text, chain[-1][1]) or _text_says_place(ctx, chain, kinds)):
            for b, e, _k in untyped:
                kinds.of[ctx.text[b:e]] = ("place", False)
                kinds.typed.append((b, e, "place"))


def _ends_clause(text: str, end: int) -> bool:
    """A mark or a small word after the list: no noun the list's names modify ("Tarvosi and
    Omaha students" names the students' peoples, no places), no possessive ("… and Kelvo
    Health’s clinic": the last name owns the next)."""
    m = _NEXT.match(text, end)  # none after a possessive: "Kelvo Health’s clinic" is the firm's
    return m is not None and (m.group(1) is None or m.group(1) in SMALL or m.group(1) in _CLAUSE_WORDS)


def _text_says_place(ctx: NameContext, chain: list[Member], kinds: Kinds) -> bool:
    """A member the text's own words typed a place ("streets of Kelvabad"), not the gazetteer
    alone: the list is one of places whatever word follows."""
    return any(kinds.of.get(ctx.text[b:e]) == ("place", True) for b, e, _k in chain)


def _open(ctx: NameContext, run, label: str, kinds: Kinds) -> bool:
    """A name this step may type: untyped, short, capitalised, no given name, common word, head
    word or speaker."""
    words = label.split()
    return kinds.of[label][0] == "thing" and run.kind is None and not run.title \
        and 1 <= len(words) <= int(load("kinds")["place_chains"]["most_words"]) \
        and all(_WORD.fullmatch(w) for w in words) \
        and not ctx.ev.gazetteer.is_given_name(words[0]) and not common_words().common(label) \
        and head_word(label, ctx.cues) not in ctx.cues.heads \
        and not ctx.ev.speaker(ctx.text, run.begin, run.end)


def _chains(text: str, members: list[Member]) -> list[list[Member]]:
    """The runs of members joined by list gaps whose last gap is "and" or "or"."""
    out: list[list[Member]] = []
    cur: list[Member] = []
    for m in members:
        if cur and m[0] >= cur[-1][1] and _GAP.fullmatch(text, cur[-1][1], m[0]):
            cur.append(m)
            continue
        _close(text, cur, out)
        cur = [m]
    _close(text, cur, out)
    return out


def _close(text: str, chain: list[Member], out: list[list[Member]]) -> None:
    if len(chain) >= 2 and _CLOSED.search(text, chain[-2][1], chain[-1][0]):
        out.append(chain)
