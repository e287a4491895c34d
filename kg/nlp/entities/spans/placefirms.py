"""A firm named for a place, written again without its legal form ("Orrin Gale, chairman of
Idaho Air Corp. … Idaho Air had cut wages"; set BQ, branch ent103).

Written with its legal form, the firm's name is one run: the form ends it and the registry
place inside it is absorbed. Written without it, the registry place (a state, a city) stands
before the rest and the runs part them: the place became a mention of its own and the rest
("Air") a name no one can look up. A run glued by one space after a registry place's match is
the firm again when the page prints the place, the run and a legal form (entities.toml
`registry_firm_forms`) together: the place is absorbed and the run is the firm's. A declared
step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run


@cached
def _forms() -> str:
    """The legal forms that end a firm's name, as one alternation."""
    return "|".join(map(re.escape, sorted(load("entities")["registry_firm_forms"], key=len, reverse=True)))


def place_firms(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs with each that a registry place opens, printed elsewhere with a legal form,
    made the firm's name whole."""
    ends = {m.end: m for m in known
            if m.entry.kind in (*PLACE_KINDS, "state") and m.how == "name"}
    for run in runs:
        m = ends.get(run.begin - 1)
        if m is None or run.title or run.kind is not None or text[m.end:run.begin] != " " \
                or m in run.absorbed:
            continue
        name = text[m.begin:run.end]
        if re.search(rf"(?<![\w’'-]){re.escape(name)},? (?:{_forms()})(?![\w-])", text):
            run.begin = m.begin
            run.words.insert(0, (m.begin, m.end, text[m.begin:m.end]))
            run.absorbed.append(m)
            run.kind = "organization"
    return runs
