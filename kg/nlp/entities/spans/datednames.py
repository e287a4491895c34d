"""A body named for the date of the act it was born in (issue 10, set AA's kinds; branch ent43).
The words are data (kg/data/nlp/entities.toml `date_named_heads`, the months of `calendar`).

"the May 12 Youth Movement" is one organisation's name: the scanner reads the month and its day
as a date and starts the run after them, leaving "Youth Movement" a junk piece. After "the", a
month's full name and a day number (1–31) right before a run that ends in a head of a movement
or a front (`date_named_heads`: bodies named for a strike, an uprising, a massacre) open the
run. Without "the" ("On May 12 Youth Movement members marched") the date is the sentence's,
and a union's or a firm's head after a date ("the May 1 Kelvin Union rally") is not one of
these heads. The day may be written in words, an ordinal the run opens with ("the October First
Movement"), and the name may open a parenthesis (an English gloss: "(October First Movement)"; set
AB, branch ent45). A day as an ordinal in figures with "of" before the month ("the 19th of October
Garment Workers Union") cannot be the sentence's date before a name: there any body's head ends the
run (set CN's pass, branch ent132).

kg.nlp.entities.names calls `dated_bodies` on one region's runs, after the "and" lists.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

# what a dated body's run is, said at once: opening a parenthesis, its month read as a noun
# capitalised by position was cut off ("(March 12 Movement)" → "12 Movement"; set BE, branch ent88)
_BODY = "organization"
# … or after a listing's field label ("Sponsor: July 26 Coalition"): the field names a body, no
# date of the sentence's (ent111, set BX)
_DATE_BEFORE = re.compile(r"(?:(?:^|(?<=\W))(?:[Tt]he |[A-Z][a-z]+s?: )|\()"
                          r"([A-Z][a-z]+) ([1-9]|[12]\d|3[01]) $")
# the day as an ordinal in figures and "of" before the month: "the 19th of October Garment Workers
# Union" (set CN's pass, branch ent132)
_ORDINAL_OF = re.compile(r"(?:(?:^|(?<=\W))[Tt]he |\()((?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)) of "
                         r"([A-Z][a-z]+) $")
# … but not after a preposition of time: "On the 19th of October Kelvo Union members marched"
_TIME_WORD = re.compile(r"(?<![\w’'-])(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]o) \Z")
# the day in words, inside the run: "the October First Movement", "(October First Movement)"
_MONTH_BEFORE = re.compile(r"(?:(?:^|(?<=\W))[Tt]he |\()([A-Z][a-z]+) $")


def _ordinal_day(text: str, run: Run, cues: Cues) -> re.Match | None:
    """"the October First Movement": a month before a run that opens with a day's ordinal in
    words (`day_ordinals`) and goes on to a head; the match of "the <Month> " or "(<Month> "."""
    m = textwindow.before(_MONTH_BEFORE, text, run.begin, 16)
    if m is None or m.group(1) not in cues.months or len(run.words) < 2 \
            or run.words[0][2] not in _day_ordinals():
        return None
    return m


@cached
def _day_ordinals() -> frozenset[str]:
    return frozenset(load("entities")["day_ordinals"])


def dated_bodies(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, each body's run after "the <Month> <day> " opened at the month."""
    out: list[Run] = []
    for run in runs:
        o = _ordinal_day(text, run, cues)
        if o is not None and not run.title and run.kind is None and run.words[-1][2] in cues.date_named \
                and (not out or out[-1].end <= o.start(1)):
            words = [(o.start(1), o.end(1), o.group(1))]
            out.append(Run(o.start(1), run.end, words + run.words, False, run.absorbed, kind=_BODY))
            continue
        f = textwindow.before(_ORDINAL_OF, text, run.begin, 24)
        if f is not None and f.group(2) in cues.months and not run.title and run.kind is None \
                and not textwindow.before(_TIME_WORD, text, f.start(), 8) \
                and run.words and (run.words[-1][2] in cues.date_named
                                   or cues.heads.get(run.words[-1][2]) == "organization") \
                and (not out or out[-1].end <= f.start(1)):
            words = [(f.start(1), f.end(1), f.group(1)), (f.end(1) + 1, f.end(1) + 3, "of"),
                     (f.start(2), f.end(2), f.group(2))]
            out.append(Run(f.start(1), run.end, words + run.words, False, run.absorbed, kind=_BODY))
            continue
        m = textwindow.before(_DATE_BEFORE, text, run.begin, 20)
        if m is not None and m.group(1) in cues.months and not run.title and run.kind is None \
                and run.words and run.words[-1][2] in cues.date_named \
                and (not out or out[-1].end <= m.start(1)):
            words = [(m.start(1), m.end(1), m.group(1)), (m.start(2), m.end(2), m.group(2))]
            out.append(Run(m.start(1), run.end, words + run.words, False, run.absorbed, kind=_BODY))
            continue
        out.append(run)
    return out
