"""A body named for the date of the act it was born in (issue 10, set AA's kinds; branch ent43).
The words are data (kg/data/nlp/entities.toml `date_named_heads`, the months of `calendar`).

"the May 12 Youth Movement" is one organisation's name: the scanner reads the month and its day
as a date and starts the run after them, leaving "Youth Movement" a junk piece. After "the", a
month's full name and a day number (1–31) right before a run that ends in a head of a movement
or a front (`date_named_heads`: bodies named for a strike, an uprising, a massacre) open the
run. Without "the" ("On May 12 Youth Movement members marched") the date is the sentence's,
and a union's or a firm's head after a date ("the May 1 Kelvin Union rally") is not one of
these heads.

kg.nlp.entities.names calls `dated_bodies` on one region's runs, after the "and" lists.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_DATE_BEFORE = re.compile(r"(?:^|(?<=\W))[Tt]he ([A-Z][a-z]+) ([1-9]|[12]\d|3[01]) $")


def dated_bodies(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, each body's run after "the <Month> <day> " opened at the month."""
    out: list[Run] = []
    for run in runs:
        m = _DATE_BEFORE.search(text, max(0, run.begin - 20), run.begin)
        if m is not None and m.group(1) in cues.months and not run.title and run.kind is None \
                and run.words and run.words[-1][2] in cues.date_named \
                and (not out or out[-1].end <= m.start(1)):
            words = [(m.start(1), m.end(1), m.group(1)), (m.start(2), m.end(2), m.group(2))]
            out.append(Run(m.start(1), run.end, words + run.words, False, run.absorbed))
            continue
        out.append(run)
    return out
