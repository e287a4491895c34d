"""A site named for a plural's possessive ("protesters filled Heroes’ Square"; issue 10, set BV,
branch ent109).

The scanner ends a run at a plural's "’" unless the plural is a noun names run on over or an
organisation's head follows (kg.nlp.entities.spans.runbounds `plural_possessive_joins`): the
page got the plural alone ("Heroes"), a name of nothing, and the head, a common word, went. A
run ending in a plural (its last word ends in "s") right before "’" or "'", a space and one of
`[plural_places] heads` (kg/data/nlp/boundaries.toml: "Square", "Park", …) runs on to the head:
one place. A run already holding the head (a registry name, a title) is left as it was, and a
run of the head alone after it is taken in. A land named for one person's possessive ("the
green bans began at Kelvin’s Bush", "Dorrow’s Creek"; set CD, 2026-12-06) is read the same way:
a capitalised word, "’s", a space and one of `[plural_places] possessive_heads` (a bush, a creek,
a point: land, not a building a firm's possessive may stand before), no capitalised word or
"of" after the head ("Kennedy's Bay of Pigs invasion": the possessive is the man's). A
declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run


@cached
def _head_after() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, load("boundaries")["plural_places"]["heads"]))
    return re.compile(r"['’] (" + heads + r")\b")


@cached
def _land_after() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, load("boundaries")["plural_places"]["possessive_heads"]))
    return re.compile(r"['’]s (" + heads + r")\b(?! [A-Z]| of\b| de\b)")


def plural_possessive_places(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each ending in a plural before its possessive and a place's head, or in a
    capitalised word before "’s" and a land's head, run on to the head; a run of the head alone
    so taken in goes (module docstring)."""
    out: list[Run] = []
    taken: set[tuple[int, int]] = set()
    for run in runs:
        plural = _head_after().match(text, run.end)
        m = plural if plural is not None and run.words and run.words[-1][2].endswith("s") \
            else _land_after().match(text, run.end)
        if m is None or run.title or not run.words or not run.words[-1][2][:1].isupper():
            out.append(run)
            continue
        head = (m.start(1), m.end(1), m.group(1))
        taken.add(head[:2])
        out.append(replace(run, end=head[1], words=[*run.words, head]))
    return [run for run in out if (run.begin, run.end) not in taken]
