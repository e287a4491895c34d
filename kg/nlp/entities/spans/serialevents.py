"""A gathering held again and again, named with its ordinal and an "of … and …" part: "the
16th World Festival of Youth and Students", "the 3rd Kelvo Conference of Dockers and Seafarers"
(branch ent124).

The run walk stops at "and", so "World Festival of Youth" was kept alone (a piece of the name)
and "Students" dropped; the ordinal before it was no part of any run. Where a run holds a
gathering's head (kg/data/nlp/cutnames.toml `serial_event_heads`) before "of", and " and " and
one capitalised plural word (a run of its own, no capitalised word after it) follow, the two
are one name; an ordinal glued before a run so headed ("the 16th ") opens it, as the ordinal
of an army's unit does (kg.nlp.entities.spans.cutnames `numbered_names`). A run that is a
title of a work or has a kind is left alone. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run

_ORDINAL = re.compile(r"(?<![\w’'.-])\d{1,3}(?:st|nd|rd|th)[ \t]\Z")
_AND = " and "


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("cutnames")["serial_event_heads"])


def _serial(run: Run) -> bool:
    """A gathering's head before "of" inside the run; no title, no kind."""
    words = [w for (_b, _e, w) in run.words]
    return not run.title and run.kind is None \
        and any(w in _heads() and nxt == "of" for w, nxt in zip(words, words[1:], strict=False))


def _closing_plural(text: str, run: Run, nxt: Run) -> bool:
    """`nxt` is one capitalised plural word right after `run` and " and "."""
    return len(nxt.words) == 1 and not nxt.title and nxt.kind is None and text[run.end:nxt.begin] == _AND \
        and nxt.words[0][2][:1].isupper() and nxt.words[0][2].endswith("s") \
        and not re.match(r"[ \t]+[A-Z]", text[nxt.end:nxt.end + 2])


def serial_events(text: str, runs: list[Run]) -> list[Run]:
    """The runs, a gathering's name joined to its "and <Plurals>" end and opened by its ordinal."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        if _serial(run) and i + 1 < len(runs) and _closing_plural(text, run, runs[i + 1]):
            nxt = runs[i + 1]
            run = Run(run.begin, nxt.end, run.words + nxt.words, False, run.absorbed + nxt.absorbed)
            i += 1
        if _serial(run) and (m := textwindow.before(_ORDINAL, text, run.begin, 6)) is not None:
            run.words.insert(0, (m.start(), m.end() - 1, m.group(0).strip()))
            run.begin = m.start()
        out.append(run)
        i += 1
    return out
