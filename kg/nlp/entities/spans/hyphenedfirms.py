"""A firm named for two towns joined by a hyphen: "the Canton-Kelvo Steel mill", "Dorrow-Tallis
Foods" (issue 10, set AZ's kinds, branch ent81; docs/entities.md "Set AZ's names").

Steel and rail firms took the names of the two towns they joined. When the town after the
hyphen is a registry place, its match opens a run of its own ("Pittsburgh Steel", a head word
closing it) and the town before the hyphen, glued to it, is dropped: the firm was cut in two, a
piece of it junk. `hyphened_firms` puts the word before the hyphen back on a run that ends in an
organisation's head, where that word is capitalised in Title Case (no acronym: "AFL-CIO"
is two bodies' letters), glued by the hyphen alone, and stands in no other run or registry
mention. A run of no organisation's head ("Kelvo-Dorrow border") is left as it is.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run
from kg.nlp.textwindow import before

# "Canton-" right before a run: one Title Case word opening after a space or an opening mark
_BEFORE_HYPHEN = re.compile(r"(?:(?<=[\s(“\"‘])|^)([A-Z][a-z]+)-\Z")


def hyphened_firms(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs, each that ends in an organisation's head and follows "<Town>-" glued to it
    starting at that word."""
    taken = [(r.begin, r.end) for r in runs] + [(m.begin, m.end) for m in known]
    for run in runs:
        if run.title or run.kind not in (None, "organization") or len(run.words) < 2 \
                or cues.heads.get(run.words[-1][2]) != "organization" or text[run.begin - 1:run.begin] != "-":
            continue
        m = before(_BEFORE_HYPHEN, text, run.begin, 40)
        if m is None:
            continue
        b, e = m.start(1), m.end(1)
        if any(x < e and b < y for x, y in taken):
            continue
        run.words.insert(0, (b, e, m.group(1)))
        run.begin = b
    return runs
