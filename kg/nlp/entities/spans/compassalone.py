"""A compass point or a compass region alone after "the", mid-sentence ("conditions in the South",
"the Midwest"): a region, a place, even where the article writes the word in lower case too ("a
suburb south of Kelvin"). The finder drops a one-word name the article also writes in lower
case as a common noun (kg.nlp.entities.cues.evidence `is_junk`), so "the South" was lost on
every page that also said "south of" (set BL, branch ent97). The run is typed a place here,
which the junk test leaves alone. The words are data (entities.toml `[evidence]
compass_points`, `compass_regions`); kg.nlp.entities.spans.regionsteps runs `compass_alone`."""

from __future__ import annotations

import dataclasses
import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import TextIndex

_THE = re.compile(r"(?<![\w’'-])the $")
# a word, a hyphen or a capitalised word after it: the compass word opens a longer name ("the
# South Africans", "the North-South divide"), not ours
_GOES_ON = re.compile(r"[\w-]|\s+[A-Z]")


@cached
def _words() -> frozenset[str]:
    c = load("entities")["evidence"]
    return frozenset(c["compass_points"]) | frozenset(w for w in c["compass_regions"] if " " not in w)


def compass_alone(text: str, runs: list[Run], tx: TextIndex) -> list[Run]:
    """The runs with each lone compass word after "the", mid-sentence, typed a place."""
    out = []
    for run in runs:
        if len(run.words) == 1 and run.kind is None and not run.title and run.words[0][2] in _words() \
                and _THE.search(text, max(0, run.begin - 4), run.begin) \
                and not tx.is_sentence_start(run.begin) and not _GOES_ON.match(text, run.end):
            run = dataclasses.replace(run, kind="place")
        out.append(run)
    return out
