"""A bill named for its sponsor, its head in lower case: "the Dorrowby bill" (issue 10, branch
ent70).

"the Dorrowby bill" names a bill by the surname of the member of Congress or Parliament who
moved it; the paper prints the head in lower case. The name is the surname with its head, one
work: the surname alone is no person there (a run typed a work by "bill" after it,
kg.nlp.entities.kinds.namekinds, left "Dorrowby" as a name of its own). Only one capitalised
word after "the", no acronym ("the KELVA law" keeps its own convention: the acronym is the
name), no hyphenated pair ("the Dorrow-Kelvin bill": two sponsors, named without the head by
kg.nlp.entities.kinds.namekinds' convention) and no common word ("the Farm bill"). The gazetteer
is not asked: a surname is a town's name as often, and a town passes no bills. The heads are
data (kg/data/nlp/kinds.toml [short_names] `sponsor_bill_heads`).

kg.nlp.entities.spans.regionsteps runs `sponsor_bills` on each region's runs.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.spans.runs import Run

_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+\Z")


@cached
def _head_after() -> re.Pattern[str]:
    heads = phrase_pattern(load("kinds")["short_names"]["sponsor_bill_heads"])
    return re.compile(rf"[ \u00a0]({heads})(?![\w’'-])(?!\s+(?:{_not_after()}))")


def _not_after() -> str:
    return phrase_pattern(load("entities")["work_after_not"])


def sponsor_bills(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each sponsor's surname before a bill's lower-case head taking the head, a
    work."""
    common = common_words()
    for run in runs:
        if run.kind is not None or run.title or len(run.words) != 1:
            continue
        word = run.words[0][2]
        if word.isupper() or not word[:1].isupper() or "-" in word or common.common(word):
            continue
        m = _head_after().match(text, run.end)
        if m is None or not textwindow.before(_THE_BEFORE, text, run.begin, 6):
            continue
        run.words = run.words + [(m.start(1), m.end(1), m.group(1))]
        run.end, run.kind = m.end(1), "work"
    return runs
