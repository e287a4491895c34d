"""A name that holds a lower-case link of its own past "of": "the Church of God in Christ", a
denomination, and a congregation's name ending in it ("Kelvo Temple Church of God in Christ";
set BT's junk, branch ent107).

The runs of capitalised words stop at "in" (a link that joins a name to its place far more often
than it joins a name's own words: "the strike in Kelvo"), so such a name was cut in two, the
head's part ("… Church of God", typed a body) and the tail ("Christ", read as a place by "in"),
two junk names where the page has one. The names that hold such a link are data, whole
(kg/data/nlp/boundaries.toml `[linked_names] names`); where one is printed in full and a run ends
inside it, the run is extended to its end and any run within its tail is dropped.

`sees_in_places`: a church's see named for its city and the state the city stands in ("the
Catholic Archdiocese of Kelvo City in Tallowa"): the run stopped at "in", cutting the see's
name; where a see's head (`[linked_names] see_heads`), "of" and its city end a run, and " in "
and a registry state or province follow that close the name, the place is the see's (set BS,
branch ent131).

kg.nlp.entities.spans.regionsteps runs `linked_names` and `sees_in_places` after the laws' joins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.registry.surface import Match
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


_IN_GAP = re.compile(r"[ \t]+in[ \t]+")
_GOES_ON = re.compile(r"[ \t]+[A-Z]|[\w’'-]")


def sees_in_places(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each see named for its city taking in the state after "in" that
    closes its name (module docstring)."""
    heads = set(load("boundaries")["linked_names"]["see_heads"])
    # a state or province: a registry place that stands in a country (a country after "in" is
    # where the see is far more often than its name: "the Diocese of Kelvo in Dorrovia")
    places = {m.begin: m for m in known if m.how == "name" and m.entry.kind == "place" and m.entry.place}
    out = []
    for run in runs:
        words = [w for (_b, _e, w) in run.words]
        at = next((i for i, w in enumerate(words) if w in heads), None)
        gap = _IN_GAP.match(text, run.end)
        place = places.get(gap.end()) if gap else None
        if at is not None and not run.title and at + 2 < len(words) and words[at + 1] == "of" \
                and place is not None and not _GOES_ON.match(text, place.end):
            run = replace(run, end=place.end, words=span_words(text, run.begin, place.end),
                          absorbed=[*run.absorbed, place], kind=run.kind or "organization")
        out.append(run)
    return out
