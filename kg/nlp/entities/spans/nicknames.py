"""A nickname in quotation marks inside a person's name (set U, branch ent34): "W.J. “Sonny”
Dorrow", "James “Red” Kelvin". The quotation marks stop the run of capitalised words, so the
initials or the given name, the nickname and the surname were three pieces: the surname alone
untyped junk, the initials or the given name dropped.

`nickname_inside` joins them into one person's name as printed: the run before the opening
mark is initials ("W.J.", "W. J.") or one given name the gazetteer knows, the quoted part one
capitalised word, and the run after the closing mark, glued by one space, one or two
capitalised words with no head word and no place the gazetteer knows.

kg.nlp.entities.names calls it on one region's runs, before anything types them.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}")
_QUOTED = re.compile(r" [“\"‘']([A-Z][a-z]+)[”\"’'] ")


def nickname_inside(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, "<initials or given name> “<Nickname>” <Surname>" joined into one person's
    name (module docstring)."""
    ev = evidence()
    out: list[Run] = []
    i = 0
    while i < len(runs):
        first = runs[i]
        q = _QUOTED.match(text, first.end)
        nick = runs[i + 1] if i + 1 < len(runs) else None
        last = runs[i + 2] if i + 2 < len(runs) else None
        if q and nick is not None and last is not None and nick.begin == q.start(1) and nick.end == q.end(1) \
                and last.begin == q.end() and _opens_name(text, first) and last.kind is None \
                and 1 <= len(last.words) <= 2 \
                and not any(w in cues.heads for (_b, _e, w) in last.words) \
                and ev.place_kind(text[last.begin:last.end]) is None:
            out.append(Run(first.begin, last.end, first.words + nick.words + last.words, False,
                           first.absorbed + last.absorbed, kind="person"))
            i += 3
            continue
        out.append(first)
        i += 1
    return out


def _opens_name(text: str, run: Run) -> bool:
    """Initials ("W.J.") or one given name the gazetteer knows, no title and no kind of its own."""
    opener = text[run.begin:run.end]
    given = len(run.words) == 1 and evidence().gazetteer.is_given_name(opener)
    return not run.title and run.kind is None and (bool(_INITIALS.fullmatch(opener)) or given)
