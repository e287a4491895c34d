"""A body's name cut at "of", its acronym in brackets spelling letters of the words before "of":
"the National Kelvo Council of Dorrow Associations (CNKD)" (set CK's junk; branch ent125).

A body of a Spanish-, French- or Portuguese-speaking country keeps the acronym of its own name
while the paper prints the name in English. Where the word before "of" is an office's or a
role's ("Coordinator", for a Spanish "Coordinadora"), the scanner cut the name there (a title
"of" a body: "the Coordinator of Kelvo Unions" may be a person's office), and the acronym went to
the words after "of" alone: two pieces, both junk. The acronym says which: when its letters
are not all the initials of the words after "of", and those it has beyond them are initials of
the words before "of", it spells more than the run before it, the run before "of" too. A person's
office "of" a body keeps the body's own acronym ("Ana Ruiz, Secretary of the Kelvo Workers Union
(KWU)": every letter the union's), so it stays two names. Two runs, " of " between them and the
bracket right after the second, become one run. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.spans.runs import Run

_OF = " of "
_ACRONYM = re.compile(r" \(([A-Z]{3,8})\)")


def of_before_acronym(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each pair cut at "of" before an acronym that spells the first too made one
    run (module docstring)."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and _spells_both(text, prev, run):
            out[-1] = Run(prev.begin, run.end, list(prev.words) + list(run.words), False,
                          list(prev.absorbed) + list(run.absorbed))
            continue
        out.append(run)
    return out


def _spells_both(text: str, first: Run, second: Run) -> bool:
    """`first`, " of ", `second`, then an acronym whose letters beyond the second's initials are
    all the first's initials."""
    if text[first.end:second.begin] != _OF or first.title or second.title \
            or first.kind is not None or second.kind is not None or len(first.words) < 2:
        return False
    m = _ACRONYM.match(text, second.end)
    if m is None:
        return False
    letters = set(m.group(1))
    beyond = letters - _initials(second)
    spelled = letters & (_initials(first) | _initials(second))
    return bool(beyond) and beyond <= _initials(first) and len(spelled) >= 3


def _initials(run: Run) -> set[str]:
    """The first letters of the run's capitalised words."""
    return {w[0] for (_b, _e, w) in run.words if w[:1].isupper()}
