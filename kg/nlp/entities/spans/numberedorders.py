"""A law or an order of several words named with its number: "Executive Order No. 9066",
"General Order No. 11", "the Kelvo Land Act No. 3" (set BT's kinds, branch ent107).

`numbered_laws` (kg.nlp.entities.spans.lawparts) reads a law's head alone before "No." and a
number ("Law No. 4410"). A head after words of its own ("Special Field Order", "Executive
Order") is cut the same way: the run stops before "No." and the number is lost, so the run names
a different, shorter thing that no page and no catalogue names, junk beside the gold's name. The
number is part of the name (the order is known and looked up by it), so the run takes it and is
a work. The heads are `numbered_laws`' own data (kg/data/nlp/boundaries.toml [laws]
`number_heads`); a run of a body ("Fraternal Order of Police", its head not last) or a title is
left alone.

kg.nlp.entities.spans.regionsteps runs `numbered_orders` right after `numbered_laws`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run, span_words

_NUMBER_AFTER = re.compile(r" No\. ?\d{1,6}(?:[/-]\d{1,4})?(?![\w,.-]\d|\w)")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["laws"]["number_heads"])


def numbered_orders(text: str, runs: list[Run]) -> list[Run]:
    """The runs of one region with each run of two words or more that ends in a law's head
    before "No." and a number taking the number, typed a work ("General Order No. 11")."""
    out = []
    for run in runs:
        m = _NUMBER_AFTER.match(text, run.end)
        if m and len(run.words) > 1 and run.words[-1][2] in _heads() and run.kind in (None, "work") \
                and not run.title:
            run = replace(run, end=m.end(), words=span_words(text, run.begin, m.end(), r"\S+"), kind="work")
        out.append(run)
    return out
