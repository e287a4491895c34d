"""A body's name that spells a small word with a digit ("Justice 4 Kelvo Dorrow Coalition",
"Books 2 Prisoners Committee"; set BT's junk, branch ent107).

Campaigns and defence committees write "for" as "4" and "to" as "2" in their names. The runs of
capitalised words stop at the digit, so such a name was cut to its tail ("Kelvo Dorrow
Coalition", junk naming no body) and the word before the digit dropped. Where a capitalised word
stands right before one of these digits (kg/data/nlp/boundaries.toml `[digit_links] digits`) and
one space, and the run after it ends in a body's head word, the word and the digit open the
run's name. The word's own run, if any, is dropped.

kg.nlp.entities.spans.regionsteps runs `digit_links` after the laws' joins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run, span_words


@cached
def _before() -> re.Pattern[str]:
    """"Justice 4 " right before a run: one capitalised word, one of the digits, one space."""
    digits = phrase_pattern(load("boundaries")["digit_links"]["digits"])
    return re.compile(r"(?<![\w’'-])[A-Z][a-z’'-]+ (?:" + digits + r") \Z")


def digit_links(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, each body's name opened at the word and digit right before it (module
    docstring)."""
    out = list(runs)
    for run in runs:
        if run.title or run.kind is not None or not run.words \
                or cues.heads.get(run.words[-1][2]) != "organization":
            continue
        m = textwindow.before(_before(), text, run.begin, 24)
        if m is None:
            continue
        grown = replace(run, begin=m.start(), words=span_words(text, m.start(), run.end, r"\S+"))
        out = [grown if x is run else x for x in out
               if x is run or not (m.start() <= x.begin and x.end <= run.begin)]
    return out
