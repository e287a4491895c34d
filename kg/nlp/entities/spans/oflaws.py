"""A treaty's or an act's name with "of" inside: "the Status of Kelvo Forces Agreement", "the
Freedom of Dorrow Press Act" (set BR's junk, branch ent105).

The runs of capitalised words stop at "of", and a name whose head is last ("Agreement") left
the words before "of" junk and the rest a work of its own ("Forces Agreement"), a treaty no one
signed. After "the", a run of one to three capitalised words with no head, title or function
word of its own, then " of " and a run of at most four words ending in a treaty's or an act's
head, are one name, typed a work. The heads are kg/data/nlp/boundaries.toml [laws] `heads`
without the words that are given names or surnames too (`bill_heads`, `surname_heads`: "the
Governor of Kelvia Bill Dorrow" is a title and a person, "Dana Law" a person), since the words
before "of" are no clue that a law follows. "the Committee of Dorrow Act hearings" (a head
before "of") stays two. kg.nlp.entities.spans.regionsteps runs it right after the laws' own
joins (kg.nlp.entities.spans.laws `join_laws`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run, plain_run

THE = re.compile(r"(?<![\w’'-])[Tt]he $")
MOST_BEFORE = 3
MOST_AFTER = 4


@cached
def law_heads() -> frozenset[str]:
    laws = load("boundaries")["laws"]
    return frozenset(laws["heads"]) - set(laws["bill_heads"]) - set(laws["surname_heads"])


def opens_law(text: str, prev: Run, cues: Cues) -> bool:
    """`prev` may open a law's name: plain, short, after "the", with no head, title or function
    word of its own."""
    return plain_run(prev) and len(prev.words) <= MOST_BEFORE \
        and textwindow.before(THE, text, prev.begin, 4) is not None \
        and not any(w in cues.heads or w in cues.titles or w in cues.function_words
                    for (_b, _e, w) in prev.words)


def linked_laws(text: str, runs: list[Run], link: str, joins: Callable[[Run, Run], bool]) -> list[Run]:
    """The runs of one region (sorted), each two runs with `link` alone between them that
    `joins(prev, run)` accepts made one work run, the link a word of it. lawsubjects' "on" uses
    it too."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:run.begin] == f" {link} " and joins(prev, run):
            out[-1] = replace(prev, end=run.end, kind="work",
                              words=prev.words + [(prev.end + 1, run.begin - 1, link)] + run.words,
                              absorbed=prev.absorbed + run.absorbed)
            continue
        out.append(run)
    return out


def of_inside_laws(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs of one region (sorted), each law's name with "of" inside made one work run."""
    heads = law_heads()
    return linked_laws(text, runs, "of", lambda prev, run: plain_run(run) and run.words[-1][2] in heads
                       and len(run.words) <= MOST_AFTER and opens_law(text, prev, cues))
