"""A law's or a treaty's title with "of" inside it: "the Prevention of Kelvo Evictions Act", "the
Status of Dorrow Troops Agreement" (issue 10, set BU's kinds, branch ent108).

The runs of capitalised words stop at "of" after a word with no head of its own (two names, as
"Jane Dorrow of Kelvane Foods" is), so the word before "of" was junk and the rest a law of its
own ("Forces Agreement"). After "the", one or two capitalised words with no head, title or
function word among them, "of" and a run of at most four words ending in a law's or a treaty's
head (kg/data/nlp/boundaries.toml [laws] `heads`) are one name, a work: the name's head is its
law's word, not the word before "of" that a head-word reading would take. kg.nlp.entities.spans.
regionsteps runs `of_laws` after the laws' other joins (kg.nlp.entities.spans.laws).
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_THE = re.compile(r"(?<![\w’'-])[Tt]he $")
_OPENING_WORDS = 2  # "the Prevention of …", "the Fair Treatment of …"
_TITLE_WORDS = 4  # "… of Kelvo Evictions Act", "… of Dorrow Rail Workers Act"


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["laws"]["heads"])


def _opening(run: Run, cues: Cues) -> bool:
    """A run that may open a law's title: nothing typed it, one or two words, none a head, a
    title or a function word ("the Minister of …", "the Committee of …" stay two names)."""
    return run.kind is None and not run.title and not run.same_as and not run.absorbed \
        and len(run.words) <= _OPENING_WORDS \
        and not any(w in cues.heads or w in cues.titles or w in cues.function_words
                    for (_b, _e, w) in run.words)


def _law(run: Run) -> bool:
    """A run that may end a law's title: at most four words, the last a law's head."""
    return run.kind in (None, "work") and not run.title and bool(run.words) \
        and len(run.words) <= _TITLE_WORDS and run.words[-1][2] in _heads()


def of_laws(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs with each "the <Word> of <…Head>" made one run, a work."""
    out: list[Run] = []
    for run in sorted(runs, key=lambda x: x.begin):
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:run.begin] == " of " and _opening(prev, cues) \
                and _law(run) and textwindow.before(_THE, text, prev.begin, 4):
            out[-1] = Run(prev.begin, run.end,
                          prev.words + [(prev.end + 1, run.begin - 1, "of")] + run.words,
                          absorbed=list(run.absorbed), kind="work")
            continue
        out.append(run)
    return out
