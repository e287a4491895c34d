"""A title-case name with "and" inside, spelled whole by its acronym in brackets right after it
("the Alliance of Labor and Justice (ALJ)"): the runs stop at "and" (it parts two names as often
as it joins one name's words), so "Alliance of Labor" and "Justice" came apart. The acronym's
letters are the initials of every capitalised word from the name's first to the bracket, the
small words of `initials_skip` ("of", "and", "the") aside: they say the pieces are one name,
which a registry name or a title must not straddle (set AU, branch ent74). Apart from
kg.nlp.entities.spans.initials, which reads names in another language's lower-case words."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_ACRONYM = re.compile(rf" \(([{UPPER}]{{2,8}})\)")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def and_before_initials(text: str, r: Region, runs: list[Run], taken: list, cues: Cues) -> list[Run]:
    """Join the pieces of a title-case name cut at its inner "and" when the acronym in brackets
    right after it spells the whole stretch: the pieces (runs; a common last word such as
    "Justice" made none) become one run, of the first piece's kind. A stretch one run holds
    already, or one that holds a registry name or a title (`taken`), is left as it is."""
    out = list(runs)
    for a in _ACRONYM.finditer(text, r.begin, r.end):
        letters, end = a.group(1), a.start()
        picked: list[re.Match] = []
        li, nxt = len(letters) - 1, end + 1  # the space before the bracket
        for t in reversed(list(_WORD.finditer(text, max(r.begin, end - 160), end))):
            if li < 0 or text[t.end():nxt] != " ":
                break
            w = t.group(0)
            if w.lower() in cues.initials_skip and picked:
                picked.insert(0, t)
            elif w[:1] == letters[li]:
                picked.insert(0, t)
                li -= 1
            else:
                break
            nxt = t.start()
        words = [t.group(0) for t in picked]
        if li >= 0 or "and" not in words:
            continue
        b, e = picked[0].start(), picked[-1].end()
        pieces = [x for x in out if x.begin < e and b < x.end]
        if not pieces or len(pieces) == 1 and (pieces[0].begin, pieces[0].end) == (b, e) \
                or any(x.title or x.begin < b or x.end > e for x in pieces) \
                or any(m.begin < e and b < m.end for m in taken):
            continue
        first = min(pieces, key=lambda x: x.begin)
        joined = Run(b, e, [(t.start(), t.end(), t.group(0)) for t in picked],
                     absorbed=[m for x in pieces for m in x.absorbed], kind=first.kind)
        out = sorted([x for x in out if x not in pieces] + [joined], key=lambda x: x.begin)
    return out
