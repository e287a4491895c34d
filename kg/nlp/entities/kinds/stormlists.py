"""Storms named in a list after their kind in the plural: "hurricanes Kelva and Dorra",
"typhoons Arlo, Bessa and Cato". The singular kind before one name ("Hurricane Kelva") is a
word of that name, typed by its head (entities.toml `[head_types] event`); the plural, in lower
case, stands before bare names that nothing else types, so each is typed here as the event it
is. The kinds are the entities stage's `storm_kinds` (a kind added to the data reaches this
rule too); a plural is the kind in lower case with "s".
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.spans.runs import Run

# a name of the list and the separator to the next: ", ", " and ", ", and "
_NEXT = re.compile(r",\s+and\s+|,\s+|\s+and\s+")


@cached
def _plural_before() -> re.Pattern[str]:
    """The storm kinds in the plural, lower case, ending right before a name."""
    plurals = [k.lower() + "s" for k in load("entities")["storm_kinds"]]
    return re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(plurals) + r")\s+$")


def storm_list_runs(text: str, runs: list[Run]) -> None:
    """Type as events the untyped runs of one word each that follow a storm kind in the plural,
    the first right after it and each next one after a comma or "and" (the module's docstring)."""
    before = _plural_before()
    ordered = sorted(runs, key=lambda r: r.begin)
    i = 0
    while i < len(ordered):
        run = ordered[i]
        if not textwindow.before(before, text, run.begin, 40):
            i += 1
            continue
        while i < len(ordered):
            run = ordered[i]
            if run.kind is None and len(run.words) == 1:
                run.kind = "event"
            if i + 1 < len(ordered) and _NEXT.fullmatch(text[run.end:ordered[i + 1].begin]):
                i += 1
                continue
            break
        i += 1
