"""A body named for a date, glossed in English after its acronym: "(KKU, May First Movement)",
"(FDK, October 12 Front)" (set BR's junk, branch ent105).

kg.nlp.entities.spans.datednames `dated_bodies` opens such a body's run at its month after
"the" or an opening parenthesis; a parenthesis that gives the body's acronym first, then a comma
and the English name, put ", " before the month, so the scanner read the month and its day as
a date and the run began after them ("First Movement", a movement no one founded). Right after
"(", an acronym in capitals and ", ", a month's full name before a run that opens with a day's
ordinal in words (`day_ordinals`) or follows a day number (1–31), and ends in a dated body's
head (`date_named_heads`), open the run at the month, an organisation. A month after an
acronym outside a parenthesis ("KKU, May 1 rally") is the sentence's date and is left alone.
kg.nlp.entities.spans.regionsteps runs it right after `dated_bodies`.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

# "(KKU, May " before the run, or "(KKU, May 12 " with the day in digits
_GLOSS_BEFORE = re.compile(r"\([A-Z]{2,8}, ([A-Z][a-z]+) (?:([1-9]|[12]\d|3[01]) )?$")


@cached
def _day_ordinals() -> frozenset[str]:
    return frozenset(load("entities")["day_ordinals"])


def _dated(run: Run, m: re.Match, cues: Cues) -> bool:
    """The run after the gloss's month (and day) is a dated body's name."""
    if m.group(1) not in cues.months or run.title or run.kind is not None or not run.words \
            or run.words[-1][2] not in cues.date_named:
        return False
    return m.group(2) is not None or (len(run.words) >= 2 and run.words[0][2] in _day_ordinals())


def acronym_glossed_dated_bodies(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, each dated body's run glossed after an acronym opened at its month."""
    out: list[Run] = []
    for run in runs:
        m = textwindow.before(_GLOSS_BEFORE, text, run.begin, 24)
        if m is not None and _dated(run, m, cues) and (not out or out[-1].end <= m.start(1)):
            words = [(m.start(1), m.end(1), m.group(1))]
            if m.group(2) is not None:
                words.append((m.start(2), m.end(2), m.group(2)))
            out.append(Run(m.start(1), run.end, words + run.words, False, run.absorbed, kind="organization"))
            continue
        out.append(run)
    return out
