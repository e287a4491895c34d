"""A building named for its city by a head that is a surname too: "Kelvo Castle" where the
registry knows the city Kelvo (set BS's first measure, branch ent118).

"Castle" is no place head (kg/data/nlp/entities.toml leaves it out: "Ana Castle" is a person),
so the registry's city ended the name and the head alone, no name, was dropped: the building
a miss, its city a mention in its stead. After a registry city or place glued to it by one
space, the head (kg/data/nlp/boundaries.toml `[city_buildings] heads`) makes one place with it,
a run that absorbs the city. A head that goes on into a capitalised word ("Castle Rock", a
town) and a run that already holds the city or the head are left as they are.

kg.nlp.entities.spans.regionsteps runs `city_buildings` after `affiliates`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, span_words


@cached
def _head() -> re.Pattern[str]:
    return re.compile(r" (?:" + phrase_pattern(load("boundaries")["city_buildings"]["heads"])
                      + r")(?![\w’'-])(?! [A-Z])")


def city_buildings(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs and, for each registry place glued before a building's head, a place run of
    the two (module docstring)."""
    taken = [(r.begin, r.end) for r in runs]
    out = list(runs)
    for m in known:
        if m.entry.kind not in PLACE_KINDS or (head := _head().match(text, m.end)) is None:
            continue
        if any(b <= m.begin < e or b < head.end() <= e for b, e in taken) \
                or any(k.begin < head.end() and k.end > head.start() + 1 for k in known):
            continue  # a run or another registry name ("Castle Rock") holds the head
        out.append(Run(m.begin, head.end(), span_words(text, m.begin, head.end()), False, [m],
                       kind="place"))
    return sorted(out, key=lambda r: r.begin)
