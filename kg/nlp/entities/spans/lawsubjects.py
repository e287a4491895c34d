"""A law named by its subject after "on": "the Kelvo Labor Law on Fair Wages", "the
Emergency Decree on Public Order" (set BR's junk, branch ent105).

The runs of capitalised words stop at "on", and left the law's head a work of its own ("Kelvo
Labor Law") and its subject a name of no kind ("Fair Wages", typed a person by its shape). A run of
one to three words ending in a law's head (kg/data/nlp/boundaries.toml [laws] `subject_heads`),
" on " and a run of one to four capitalised common English words (a subject: "Job Creation",
"Public Order"), with no capital after it, are one name, typed a work, where "the" stands
before the head's run ("spoke with Dana Law on Health Care": a person and her topic). A subject of a name's
words ("the Labor Law on Kelvo Dorrow") or a calendar word ("the Labor Law on Monday") is no
subject and leaves both alone. kg.nlp.entities.spans.laws `_accord_on` reads an accord's head
alone before "on"; this step reads a law's longer name. kg.nlp.entities.spans.regionsteps runs
it right after the laws' own joins.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.oflaws import THE, linked_laws
from kg.nlp.entities.spans.runs import Run

_MOST_HEAD = 3
_MOST_SUBJECT = 4
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+(?:of |and )?[A-Z]")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["laws"]["subject_heads"])


def _plain(run: Run) -> bool:
    return run.kind in (None, "work") and not run.same_as and not run.title


def _subject(text: str, run: Run, cues: Cues) -> bool:
    """`run` is a law's subject: plain, short, common English words only, none a calendar
    word, and no capitalised word after it."""
    words = [w for (_b, _e, w) in run.words]
    return run.kind is None and not run.title and len(words) <= _MOST_SUBJECT \
        and all(common_words().common(w) and w not in cues.calendar for w in words) \
        and _CAPITAL_AFTER.match(text, run.end) is None


def laws_on_subjects(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs of one region (sorted), each law's name and its subject after "on" one work."""
    heads = _heads()

    def joins(prev: Run, run: Run) -> bool:
        return _plain(prev) and len(prev.words) <= _MOST_HEAD and prev.words[-1][2] in heads \
            and textwindow.before(THE, text, prev.begin, 4) is not None and _subject(text, run, cues)

    return linked_laws(text, runs, "on", joins)
