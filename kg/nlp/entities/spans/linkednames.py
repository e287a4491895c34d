"""A name that holds a lower-case link of its own past "of": "the Church of God in Christ", a
denomination, and a congregation's name ending in it ("Kelvo Temple Church of God in Christ";
set BT's junk, branch ent107).

The runs of capitalised words stop at "in" (a link that joins a name to its place far more often
than it joins a name's own words: "the strike in Kelvo"), so such a name was cut in two, the
head's part ("… Church of God", typed a body) and the tail ("Christ", read as a place by "in"),
two junk names where the page has one. The names that hold such a link are data, whole
(kg/data/nlp/boundaries.toml `[linked_names] names`); where one is printed in full and a run ends
inside it, the run is extended to its end and any run within its tail is dropped.

kg.nlp.entities.spans.regionsteps runs `linked_names` after the laws' joins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.spans.runs import Run, span_words
from kg.nlp.entities.spans.textspan import Region


@cached
def _names() -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(load("boundaries")["linked_names"]["names"])
                      + r")(?![\w’'-])")


def linked_names(text: str, r: Region, runs: list[Run]) -> list[Run]:
    """The runs of region `r`, each run that ends inside a linked name printed in full extended
    to the name's end, the runs in the rest of the name dropped (module docstring)."""
    out = list(runs)
    for m in _names().finditer(text, r.begin, r.end):
        head = next((x for x in out if x.begin <= m.start() < x.end < m.end() and not x.title), None)
        if head is None:
            continue
        grown = replace(head, end=m.end(), words=span_words(text, head.begin, m.end()))
        out = [grown if x is head else x for x in out
               if x is head or not (head.end <= x.begin and x.end <= m.end())]
    return out
