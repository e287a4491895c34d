"""A government's programme named with "for" inside, before its lower-case noun: "the Deferred
Kelvo for Dorrow Arrivals program", "the Assistance for Kelvo Growers scheme" (set CA's junk at
its first measure, 2026-12-06).

The runs of capitalised words stop at "for": the words before it were left one junk name and the
words after it another. Two plain runs (no kind, no title, no registry name inside) joined by
" for ", with a programme's noun in lower case right after the second (kg/data/nlp/boundaries.toml
[programs] `nouns`), are one name, left untyped: a programme is neither a body, nor a law, nor an
event (bench/quality/README.md reads programmes by name as of any type).
kg.nlp.entities.spans.regionsteps runs `programs_with_for` after the laws' joins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run, plain_run


@cached
def _noun_after() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in load("boundaries")["programs"]["nouns"])
    return re.compile(rf" (?:{nouns})\b")


def _plain(run: Run) -> bool:
    return plain_run(run) and not run.absorbed


def programs_with_for(text: str, runs: list[Run]) -> list[Run]:
    """The runs of one region (sorted), each programme's two runs joined by "for" one run."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if (prev is not None and text[prev.end:run.begin] == " for " and _plain(prev)
                and _plain(run) and _noun_after().match(text, run.end)):
            out[-1] = replace(prev, end=run.end,
                              words=prev.words + [(prev.end + 1, run.begin - 1, "for")] + run.words)
            continue
        out.append(run)
    return out
