"""An event named for its date alone, its head right after the day (set BM, branch ent98).

"the March 14 Incident", "the June 4 Massacre", "the April 19 Revolution": the scanner reads the
month and its day as a date and starts the run after them, leaving the head ("Incident") a junk
event of one word. After "the" (or an opening bracket), a month's name and a day number (1–31)
right before a run that is one such head (kg/data/nlp/entities.toml `date_named_event_heads`)
open the run: the whole is the event's name. A run of more words ("the June 4 Kelvo Massacre")
names the event without its date and is left as it is; so is a head outside the list ("the
May 3 Election": the election's date, no name of its own). Dated bodies ("the May 12 Youth
Movement") are kg.nlp.entities.spans.datednames'.

kg.nlp.entities.spans.regionsteps runs `dated_events` after `dated_bodies`."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_DATE_BEFORE = re.compile(r"(?:(?:^|(?<=\W))[Tt]he |\()([A-Z][a-z]+) ([1-9]|[12]\d|3[01]) $")


@cached
def _event_heads() -> frozenset[str]:
    return frozenset(load("entities")["date_named_event_heads"])


def _date_before(text: str, run: Run, cues: Cues) -> re.Match | None:
    """The match of "the <Month> <day> " right before a lone event head's run, else None."""
    if run.title or run.kind is not None or len(run.words) != 1 or run.words[0][2] not in _event_heads():
        return None
    m = textwindow.before(_DATE_BEFORE, text, run.begin, 20)
    return m if m is not None and m.group(1) in cues.months else None


def dated_events(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, each lone event head after "the <Month> <day> " opened at the month."""
    out: list[Run] = []
    for run in runs:
        m = _date_before(text, run, cues)
        if m is not None and (not out or out[-1].end <= m.start(1)):
            words = [(m.start(1), m.end(1), m.group(1)), (m.start(2), m.end(2), m.group(2))]
            out.append(Run(m.start(1), run.end, words + run.words, False, run.absorbed, kind="event"))
            continue
        out.append(run)
    return out
