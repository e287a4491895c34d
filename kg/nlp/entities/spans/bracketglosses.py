"""A body's English gloss in brackets whose words the scanner leaves out of names: "called by
Ni Kelva Menos (Not One Less)", "the Kelvo Sempre (Always Together)" (set BS's first measure,
branch ent118).

The paper glosses the own-language names of groups and movements; a gloss that opens with a
word no name opens ("Not", "Always", "Together": a function word or a common adverb) made no run,
so the body's English name was a miss. Where a plain run of two words or more is followed by
" (", two to six words each capitalised (small words between), and ")" with no run inside the
bracket yet, the bracket's words are a run of their own; the kinds steps read such a gloss as
the body it glosses (kg.nlp.entities.kinds.resolve `glossed_bodies`, kinds/glossedpairs.py).

kg.nlp.entities.spans.regionsteps runs `bracket_glosses` right after `join_brackets` (a qualifier
in brackets inside a name is joined before a gloss is read).
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.spans.runs import Run, span_words

_CAP = rf"[{UPPER}][\w’'-]*"
_GLOSS = re.compile(rf" \((?P<g>{_CAP}(?: (?:of|and|for|the|to|{_CAP})){{0,4}} {_CAP})\)")


def bracket_glosses(text: str, runs: list[Run]) -> list[Run]:
    """The runs and a run for each capitalised gloss in brackets right after a name of two
    words or more that no run holds yet (module docstring)."""
    out = list(runs)
    for run in runs:
        if run.title or len(run.words) < 2 or (m := _GLOSS.match(text, run.end)) is None:
            continue
        b, e = m.start("g"), m.end("g")
        if any(x.begin < e and b < x.end for x in runs):
            continue
        out.append(Run(b, e, span_words(text, b, e)))
    return sorted(out, key=lambda r: r.begin)
