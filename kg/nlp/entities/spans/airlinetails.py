"""An airline whose brand writes its head in lower case ("the budget airline KELVO air", "the
carrier Dorrjet air"): the scanner's run stopped at the lower-case word, leaving the brand alone,
a piece of the airline's name. Right after an airline's noun (entities.toml
`airline_nouns_before`: "airline", "carrier") a run of one word followed by an airline's head
in lower case (`airline_heads`, lower-cased: "air") is the airline's whole name, an
organisation. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS` (set BW,
branch ent110)."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run


@cached
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    c = load("entities")
    nouns = "|".join(map(re.escape, c["airline_nouns_before"]))
    heads = "|".join(re.escape(h.lower()) for h in c["airline_heads"])
    return (re.compile(r"(?<![\w’'-])(?:" + nouns + r")\s+\Z"),
            re.compile(r" (?:" + heads + r")(?![\w’'-])"))


def airline_tails(text: str, runs: list[Run]) -> list[Run]:
    """The region's runs with each such brand run on over its lower-case head."""
    noun, head = _patterns()
    out: list[Run] = []
    for run in runs:
        tail = None if run.title or run.kind is not None or len(run.words) != 1 else head.match(text, run.end)
        if tail is not None and textwindow.before(noun, text, run.begin, 20):
            word = (tail.start() + 1, tail.end(), text[tail.start() + 1:tail.end()])
            run = Run(run.begin, tail.end(), [*run.words, word], absorbed=run.absorbed, kind="organization")
        out.append(run)
    return out
