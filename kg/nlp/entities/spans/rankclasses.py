"""A rank's class between a title and a person's name ("Petty Officer Second Class Arlo Venn",
"Petty Officer 3rd Class Dana Kelvo", "Sergeant First Class Ana Ruiz"; set DI's kind, passH42).

The titles step (`runclose.cut_leading_titles`) cuts the title off the run's start, but the
class after it stayed on the name ("Second Class Arlo Venn"), and a digit ordinal broke the run
so that "Class Dana Kelvo" opened a run of its own: both were junk where the person was the
name. `rank_class_at` says how many words of the class open the run, so the titles step cuts
them too and knows a person follows. Words of the language only, in kg/data/nlp/entities.toml
(`rank_classes`, `rank_class_word`).
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues

_ORDINAL_BEFORE = re.compile(r"(\S+) \d{1,2}(?:st|nd|rd|th) \Z")


@cached
def _classes() -> tuple[frozenset[str], str]:
    d = load("entities")
    return frozenset(d["rank_classes"]), d["rank_class_word"]


def rank_class_at(text: str, begin: int, ws: list[str], after_title: bool, cues: Cues) -> int:
    """How many of the words `ws` (the run from `begin`) are a rank's class to cut off: a
    spelled class ("Second Class") right after a title the run opened with, or the class word
    alone ("Class") after a digit ordinal that a title's last word stands before ("Petty Officer
    3rd Class …"). Two capitalised words must be left for the name; 0 where no class opens it."""
    spelled, word = _classes()
    if after_title and len(ws) > 3 and " ".join(ws[:2]) in spelled:
        return 2
    if len(ws) > 2 and ws[0] == word:
        m = _ORDINAL_BEFORE.search(text, max(0, begin - 40), begin)
        if m and any(t.split()[-1] == m.group(1) for t in cues.titles):
            return 1
    return 0
