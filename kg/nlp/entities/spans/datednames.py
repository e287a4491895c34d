"""A body or an event named for its date: the month and the day before the run open it, the
run's head saying which (one step since branch gath45, for three that read one shape: set AA's
`dated_bodies`, branch ent43; set BR's `acronym_glossed_dated_bodies`, branch ent105; set BM's
`dated_events`, branch ent98). The words are data (kg/data/nlp/entities.toml `date_named_heads`,
`date_named_event_heads`, the months of `calendar`).

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

A parenthesis may give the body's acronym first, then a comma and the English name: "(KKU, May
First Movement)", "(FDK, October 12 Front)". Right after "(", an acronym in capitals and ", ",
the month (and the day in figures, or the day's ordinal opening the run) before a dated body's
head open the run too; a month after an acronym outside a parenthesis ("KKU, May 12 marchers")
is the sentence's date and is left alone.

An event is named for its date alone, its head right after the day: "the March 14 Incident",
"the June 4 Massacre", "the April 19 Revolution". After "the" (or an opening bracket), a month
and a day right before a run that is one such head alone (`date_named_event_heads`) open the
run: the whole is the event's name. A run of more words ("the June 4 Kelvo Massacre") names the
event without its date and is left as it is; so is a head outside the list ("the May 3
Election": the election's date, no name of its own).

kg.nlp.entities.spans.regionsteps runs `dated_names` on one region's runs, after the "and" lists.
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
# an acronym's gloss: "(KKU, May " before the run, or "(KKU, May 12 " with the day in digits
_GLOSS_BEFORE = re.compile(r"\([A-Z]{2,8}, ([A-Z][a-z]+) (?:([1-9]|[12]\d|3[01]) )?$")
# the day in words, inside the run: "the October First Movement", "(October First Movement)"
_MONTH_BEFORE = re.compile(r"(?:(?:^|(?<=\W))[Tt]he |\()([A-Z][a-z]+) $")


def _ordinal_day(text: str, run: Run, cues: Cues) -> re.Match | None:
    """"the October First Movement": a month before a run that opens with a day's ordinal in
    words (`day_ordinals`) and goes on to a head; the match of "the <Month> " or "(<Month> "."""
    m = textwindow.before(_MONTH_BEFORE, text, run.begin, 16)
    if m is None or m.group(1) not in cues.months or len(run.words) < 2 \
            or run.words[0][2] not in day_ordinals():
        return None
    return m


@cached
def day_ordinals() -> frozenset[str]:
    """A day of the month in words (`day_ordinals`): read here and by runbounds' building named
    for a person, where a day after the month makes it a date."""
    return frozenset(load("entities")["day_ordinals"])


@cached
def _event_heads() -> frozenset[str]:
    return frozenset(load("entities")["date_named_event_heads"])


def _opened(run: Run, begin: int, words: list, kind: str) -> Run:
    """The run opened at `begin` by the date's words, one name of `kind`."""
    return Run(begin, run.end, words + run.words, False, run.absorbed, kind=kind)


def _dated(text: str, run: Run, cues: Cues) -> Run | None:
    """The run opened at the date before it where its head names a dated body or event, else
    None (module docstring)."""
    if run.title or run.kind is not None or not run.words:
        return None
    head = run.words[-1][2]
    o = _ordinal_day(text, run, cues)
    if o is not None and head in cues.date_named:
        return _opened(run, o.start(1), [(o.start(1), o.end(1), o.group(1))], _BODY)
    f = textwindow.before(_ORDINAL_OF, text, run.begin, 24)
    if f is not None and f.group(2) in cues.months and not textwindow.before(_TIME_WORD, text, f.start(), 8) \
            and (head in cues.date_named or cues.heads.get(head) == "organization"):
        words = [(f.start(1), f.end(1), f.group(1)), (f.end(1) + 1, f.end(1) + 3, "of"),
                 (f.start(2), f.end(2), f.group(2))]
        return _opened(run, f.start(1), words, _BODY)
    m = textwindow.before(_DATE_BEFORE, text, run.begin, 20)
    if m is not None and m.group(1) in cues.months:
        words = [(m.start(1), m.end(1), m.group(1)), (m.start(2), m.end(2), m.group(2))]
        if head in cues.date_named:
            return _opened(run, m.start(1), words, _BODY)
    g = textwindow.before(_GLOSS_BEFORE, text, run.begin, 24)
    if g is not None and g.group(1) in cues.months and head in cues.date_named \
            and (g.group(2) is not None or (len(run.words) >= 2 and run.words[0][2] in day_ordinals())):
        words = [(g.start(1), g.end(1), g.group(1))]
        if g.group(2) is not None:
            words.append((g.start(2), g.end(2), g.group(2)))
        return _opened(run, g.start(1), words, _BODY)
    if m is not None and m.group(1) in cues.months and m.group(0).startswith(("the ", "The ", "(")) \
            and len(run.words) == 1 and head in _event_heads():
        return _opened(run, m.start(1), words, "event")
    return None


def dated_names(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, each dated body's or event's run opened at its month (module docstring)."""
    out: list[Run] = []
    for run in runs:
        dated = _dated(text, run, cues)
        if dated is not None and (not out or out[-1].end <= dated.begin):
            out.append(dated)
            continue
        out.append(run)
    return out
