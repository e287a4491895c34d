"""A state's or a country's charter named by the place and one word ("the Kelvia Constitution",
"violated the Ohio Constitution"): one name, a work (branch ent134).

kg.nlp.entities.kinds.charters types "the U.S. Constitution" a work where the run walk absorbed
the registry country into the run. A registry state or city (no country) cuts the run instead,
and the charter's word alone was no name: the charter was lost and the place named only. A
registry place (a country, a state, a city) glued (one space) before a word of
kg/data/nlp/rejoins.toml `[charters] words` that ends there (no capitalised word after it) is one
run of both, typed a work, the place absorbed (no mention of its own, as in "the U.S.
Constitution"). A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_KINDS = ("country", "city", "place")  # a registry place: a state is a "place"


@cached
def _charter() -> re.Pattern[str]:
    words = "|".join(map(re.escape, load("rejoins")["charters"]["words"]))
    return re.compile(r" (" + words + r")(?![\w’'-])(?! [A-Z])")


def state_charters(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<registry place> <charter's word>" one work's run."""
    out = list(runs)
    for p in known:
        if not (r.begin <= p.begin < r.end) or p.how != "name" or p.entry.kind not in _KINDS:
            continue
        m = _charter().match(text, p.end)
        if m is None or any(x.begin <= p.begin < x.end for x in out):
            continue
        out = [x for x in out if not (x.begin < m.end() and m.start(1) < x.end)]
        out.append(Run(p.begin, m.end(), [(p.begin, p.end, text[p.begin:p.end]),
                                          (m.start(1), m.end(1), m.group(1))], False, [p], kind="work"))
    return sorted(out, key=lambda x: x.begin)
