"""A title-case name with "and" inside, spelled whole by its acronym in brackets right after it
("the Alliance of Labor and Justice (ALJ)"): the runs stop at "and" (it parts two names as often
as it joins one name's words), so "Alliance of Labor" and "Justice" came apart. The acronym's
letters are the initials of every capitalised word from the name's first to the bracket, the
small words of `initials_skip` ("of", "and", "the") aside: they say the pieces are one name,
which a registry name or a title must not straddle (set AU, branch ent74).

Set AY (branch ent79) showed two more shapes the acronym settles: the acronym printed first,
the long name after it in apposition ("the KLU-DWA, the Kelvo League of Unions and Dorrow
Workers of America, backed …": a hyphen inside the acronym parts two bodies' initials, the
letters are read without it), and a name the runs cut at "of" ("the Kelvo Socialists of Peru
(KSP)": a group word before "of" and a place reads as people of that place, so "Kelvo
Socialists" and the country came apart, or the place was dropped). A registry name wholly
inside the stretch after "of" or "and" (the country, or "the Congress of Dorrow Unions" a
federation's long name joins: "the KFL-CDU, the Kelvo Federation of Labor and Congress of
Dorrow Unions") is then part of the name (absorbed), as a mission's country is; one that
straddles the stretch's edge still stops the join.
Apart from kg.nlp.entities.spans.initials, which reads names in another language's lower-case
words; the three rules that read a name by its acronym's letters walk its words with
kg.nlp.entities.spans.acronymwalk, each with its own `Spelling`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.acronymwalk import BRACKETED, CLOSED, SPACE, WHOLE_WORD, Spelling, spell
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

# "the KLU-DWA, the …": an acronym (two parts at most, joined by a hyphen) before ", the"
_ACRONYM_FIRST = re.compile(rf"(?<![\w’'-])([{UPPER}]{{2,6}}(?:-[{UPPER}]{{2,6}})?), the ")
# The small words the runs stop at inside one name
_JOINERS = ("and", "of")
_REACH = 160  # the farthest a name reaches from its acronym, in characters


def _spelling(cues: Cues) -> Spelling:
    """The strict reading: whole words parted by one space, the small words of `initials_skip`
    (in any case) between them, every other word spelling the next letter."""
    return Spelling(gap=SPACE, small=cues.initials_skip)


def _picked_back(text: str, r: Region, a: re.Match, cues: Cues) -> list[re.Match] | None:
    """The words right before the bracketed acronym `a` whose initials spell it (small words
    between), or None when they do not spell it all."""
    bracket = a.start() + 1  # `BRACKETED` opens with the space before it
    words = list(WHOLE_WORD.finditer(text, max(r.begin, a.start() - _REACH), a.start()))
    return spell(text, words, bracket, a.group(1), _spelling(cues), forward=False)


def _picked_forward(text: str, r: Region, a: re.Match, cues: Cues) -> list[re.Match] | None:
    """The words after the acronym printed first `a` whose initials spell its letters (small
    words between), closed by punctuation or a lower-case word; None when they do not spell it
    all or run on."""
    begin = a.end()  # after ", the ": the walk reads the space after "the" as the first gap
    words = list(WHOLE_WORD.finditer(text, begin, min(r.end, begin + _REACH)))
    picked = spell(text, words, begin - 1, a.group(1).replace("-", ""), _spelling(cues), forward=True)
    return picked if picked and CLOSED.match(text, picked[-1].end()) else None


def _join(text: str, picked: list[re.Match], out: list[Run], taken: list) -> list[Run]:
    """`out` with the runs inside the stretch `picked` spans joined into one run, when the
    stretch holds a joining word the runs stopped at and no registry name or title straddles it
    (a registry name wholly inside, right after "and" or "of", is taken into it: a place the
    name is "of", a body the long name joins); `out` as it was otherwise."""
    words = [t.group(0) for t in picked]
    if not any(j in words for j in _JOINERS):
        return out
    b, e = picked[0].start(), picked[-1].end()
    inside = [m for m in taken if m.begin < e and b < m.end]
    parts = [m for m in inside if getattr(m, "entry", None) is not None and b <= m.begin and m.end <= e
             and (text[max(b, m.begin - 4):m.begin] == "and " or text[max(b, m.begin - 3):m.begin] == "of ")]
    pieces = [x for x in out if x.begin < e and b < x.end]
    if not pieces or len(pieces) == 1 and (pieces[0].begin, pieces[0].end) == (b, e) \
            or any(x.title or x.begin < b or x.end > e for x in pieces) \
            or any(m not in parts for m in inside):
        return out
    first = min(pieces, key=lambda x: x.begin)
    joined = Run(b, e, [(t.start(), t.end(), t.group(0)) for t in picked],
                 absorbed=[m for x in pieces for m in x.absorbed] + parts, kind=first.kind)
    return sorted([x for x in out if x not in pieces] + [joined], key=lambda x: x.begin)


def and_before_initials(text: str, r: Region, runs: list[Run], taken: list, cues: Cues) -> list[Run]:
    """Join the pieces of a title-case name cut at its inner "and" or "of" when its acronym
    spells the whole stretch, in brackets right after it or printed first with the name after
    ", the": the pieces (runs; a common last word such as "Justice"
    made none) become one run, of the first piece's kind. A stretch one run holds already, or
    one that a registry name straddles or that holds a title (`taken`), is left as it is."""
    out = list(runs)
    for a in BRACKETED.finditer(text, r.begin, r.end):
        picked = _picked_back(text, r, a, cues)
        if picked:
            out = _join(text, picked, out, taken)
    for a in _ACRONYM_FIRST.finditer(text, r.begin, r.end):
        picked = _picked_forward(text, r, a, cues)
        if picked:
            out = _join(text, picked, out, taken)
    return out
