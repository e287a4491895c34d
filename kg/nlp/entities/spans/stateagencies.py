"""A state's agency named as the national one it mirrors: "the Kelvia Occupational Safety and
Health Administration". The registry matches the region ("Kelvia", a place inside a country)
and the national agency apart, so the state's body was cut in two and the text said to name
the national agency, which it does not. A registry region glued by one space before a registry
organisation whose label ends in an agency's head (kg/data/nlp/boundaries.toml
`[state_agencies] heads`) is one new organisation holding both, neither a mention of its own;
an agency of that region or of no region's country prefix ("U.S.", a country, is no region)
stays the registry's. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`;
the heads are data, the agencies and places are not."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["state_agencies"]["heads"])


def _region(m: Match) -> bool:
    """A registry place inside a country (a state, a province), matched by its name."""
    return m.how == "name" and m.entry.kind == "place" and bool(m.entry.place)


def _agency(m: Match, region: Match) -> bool:
    """A registry organisation matched by its label's name, ending in an agency's head, and
    of no place of the region's own."""
    return m.how == "name" and m.entry.kind == "organization" \
        and m.entry.label.split()[-1] in _heads() and not m.entry.place \
        and m.entry.label != region.entry.label


def state_agencies(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs and a run for each state's agency of the module docstring's shape."""
    regions = {m.end: m for m in known if r.begin <= m.begin < r.end and _region(m)}
    inside = {(b, e) for run in runs for (b, e, _w) in run.words}
    for m in known:
        p = regions.get(m.begin - 1)
        if p is None or text[p.end:m.begin] != " " or not _agency(m, p) or (p.begin, p.end) in inside \
                or p.begin > 0 and (text[p.begin - 1].isalnum() or text[p.begin - 1] in "-–’'"):
            continue
        runs.append(Run(p.begin, m.end, [(p.begin, p.end, text[p.begin:p.end]),
                                         (m.begin, m.end, text[m.begin:m.end])], False, [p, m]))
    runs.sort(key=lambda run: run.begin)
    return runs
