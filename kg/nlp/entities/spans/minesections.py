"""A mine's sections, named by a direction and printed with a lower-case head ("the Ninth West
section", "the Main North panel"; issue 10, set AX's kinds, branch ent78).

Underground, a coal mine names its workings by the way they run from the main entries: an
ordinal or a word ("Ninth", "Main", "Old") and a compass word ("West"), or a compass word and a
word for the ground ("North Pillar"), before a lower-case head ("section", "panel", "entries").
Read as a run of capitals, the two words came out as a place of their own ("Ninth West"), a
piece of no name. The section is a place: the run takes its head, so "the Ninth West section"
is one place. A run with no compass word ("the Kelvo section of the union") or one the
gazetteer knows as a place ("the South Side section": the district keeps its own name, the
head stays out) is left as it was. The words are data (kg/data/nlp/kinds.toml
[mine_sections]).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.spans.runs import Run, run_label

_LOWER_HEAD = re.compile(r"[ \u00a0\n]([a-z]+)(?![\w’'-])")
MAX_WORDS = 3  # "Ninth West", "Old Main North": longer runs are names of something else


@dataclass(frozen=True)
class _Words:
    heads: frozenset[str]
    compass: frozenset[str]


@cached
def _words() -> _Words:
    c = load("kinds")["mine_sections"]
    return _Words(frozenset(c["heads"]), frozenset(c["compass"]))


def mine_sections(text: str, runs: list[Run], ev: Evidence) -> list[Run]:
    """The runs, each of two or three words with a compass word among them and a section's
    head in lower case after it, taking the head: a place."""
    w = _words()
    for run in runs:
        if run.title or run.kind is not None or not 2 <= len(run.words) <= MAX_WORDS:
            continue
        m = _LOWER_HEAD.match(text, run.end)
        if m is None or m.group(1) not in w.heads:
            continue
        if not any(word in w.compass for (_b, _e, word) in run.words):
            continue
        if ev.place_kind(run_label(text, run)):
            continue
        run.words = run.words + [(m.start(1), m.end(1), m.group(1))]
        run.end, run.kind = m.end(1), "place"
    return runs
