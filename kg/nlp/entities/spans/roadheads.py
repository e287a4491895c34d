"""A road named with its head first that English also writes as a function word: "the Via
Kelvina", "blockades on the Via Dorrow" (issue 10, branch ent99).

"Via" is a preposition to the scanner (kg/data/nlp/entities.toml `function_words`: "Via satellite
…" opens a sentence), so the run began after it and the page got the road's second word alone
("Kelvina"), typed nothing. After a lower-case "the", capitalised, right before a run of
capitalised words, a word of `[road_heads] after_the` is the road's head: the run takes it in
and names a place. Other road heads ("Rua", "Avenida") are no function words and are read by
the leading heads already.
kg.nlp.entities.spans.regionsteps runs `road_heads`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run


@cached
def _head_before() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, load("entities")["road_heads"]["after_the"]))
    return re.compile(r"(?<![\w’'-])the (" + heads + r") \Z")


def road_heads(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each right after "the" and a road's head word made one place with the head."""
    out = []
    for run in runs:
        m = _head_before().search(text, max(0, run.begin - 12), run.begin)
        if m is not None and not run.title and run.kind in (None, "place"):
            head = (m.start(1), m.end(1), m.group(1))
            run = Run(m.start(1), run.end, [head, *run.words], absorbed=list(run.absorbed), kind="place")
        out.append(run)
    return out
