"""A name cut at its inner "and", spelled by its acronym in another language's word order:
"the Kelvo and Popular Dorrow Front (FPDK)" (set CD's kind: a French body's acronym, the name
printed in English, whose adjectives stand in another order).

kg.nlp.entities.spans.andinitials joins the pieces of a name cut at "and" when its acronym in
brackets spells the whole stretch in order. A body of a French-, Spanish- or Portuguese-speaking
country keeps the acronym of its own name while the paper prints the name in English, the
adjectives before the noun: the letters are the same, in another order, and the pieces stayed
apart (the word before "and" alone junk, the rest a name of its own). Here the words right before
the bracket, single spaces between them, are walked back over the capitalised words (the small
words of `initials_skip` spell nothing) until there are as many as the acronym has letters;
when their initials are the acronym's letters in another order, the stretch holds "and" (not
"and the", which parts two bodies) and no acronym, and the runs inside it lie wholly within it
(no title, no run reaching out), they are one name, of the first run's kind. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.acronymwalk import BRACKETED, WHOLE_WORD
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_REACH = 120  # the farthest a name reaches back from its acronym, in characters


def permuted_initials(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs, the pieces of a name its bracketed acronym spells out of order joined into
    one (module docstring). `known`: the registry's mentions; one wholly inside the stretch is
    part of the longer name (absorbed), one that straddles its edge stops the join."""
    out = list(runs)
    for a in BRACKETED.finditer(text, r.begin, r.end):
        stretch = _stretch(text, r, a, cues)
        if stretch is not None:
            out = _join(text, stretch, out, known)
    return out


def _stretch(text: str, r: Region, a: re.Match, cues: Cues) -> tuple[int, int] | None:
    """Where the name before the acronym `a` begins and ends, when its capitalised words'
    initials are the acronym's letters in another order and "and" is among its words."""
    letters = a.group(1)
    words = list(WHOLE_WORD.finditer(text, max(r.begin, a.start() - _REACH), a.start()))
    capitals: list[str] = []
    small: list[str] = []
    end, gap = a.start(), ""  # the last word touches the bracket's space; the others one space apart
    for w in reversed(words):
        if text[w.end():end] != gap:
            return None
        gap = " "
        word = w.group(0)
        if word.isupper() and len(word) > 1:
            return None  # an acronym inside: "the KWU and United Front (UFK)" names two bodies
        if word[:1].isupper():
            capitals.append(word[:1])
        elif word in cues.initials_skip:
            small.append(word)
        else:
            return None
        end = w.start()
        if len(capitals) == len(letters):
            spelled = "".join(reversed(capitals))
            inner = text[w.start():a.start()]
            if spelled != letters and sorted(spelled) == sorted(letters) and "and" in small \
                    and " and the " not in inner:  # "the Kelvo Party and the Dorrow Front": two
                return w.start(), a.start()
            return None
    return None


def _join(text: str, stretch: tuple[int, int], runs: list[Run], known: list[Match]) -> list[Run]:
    """`runs` with those inside `stretch` joined into one run, when runs or registry names (words
    a run left out, such as a people's adjective, lie between them) cover part of it, none
    reaches out of it and no run is a title."""
    b, e = stretch
    pieces = [x for x in runs if x.begin < e and b < x.end]
    inside = [m for m in known if m.begin < e and b < m.end]
    spans = {(x.begin, x.end) for x in pieces} | {(m.begin, m.end) for m in inside}
    if not spans or (b, e) in spans \
            or any(x.title or x.begin < b or x.end > e for x in pieces) \
            or any(m.begin < b or m.end > e for m in inside):
        return runs
    words = [(m.start(), m.end(), m.group(0)) for m in WHOLE_WORD.finditer(text, b, e)]
    kind = min(pieces, key=lambda x: x.begin).kind if pieces else None
    absorbed = [m for x in pieces for m in x.absorbed]
    joined = Run(b, e, words, absorbed=absorbed + [m for m in inside if m not in absorbed], kind=kind)
    return sorted([x for x in runs if x not in pieces] + [joined], key=lambda x: x.begin)
