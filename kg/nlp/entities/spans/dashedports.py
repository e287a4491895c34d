"""A port named by two towns joined by an en dash: "Port Kelvo–Dorrow" (issue 10, set BB,
branch ent86).

A port authority's terminal that grew over two towns' shores is named by both, the dash printed
without spaces. The en dash ends a word (kg.nlp.entities.spans.runs `WORD` joins one hyphen
only), so the name was read as two places ("Port Kelvo" and the registry's town "Dorrow"),
both junk. A run opening with a port's word (kg/data/nlp/boundaries.toml `[dashed_ports]
openers`: "Port", "Puerto") glued by an en dash to a capitalised name (a registry place or a
run) is one place. An en dash after any other run ("the Kelvo–Dorrow talks", "1989–90") joins
nothing: two towns with a dash are a route, a match or a border as often as one place.

The step `dashed_ports` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

_DASH = "–"


@cached
def _openers() -> frozenset[str]:
    """The words that open a port's name."""
    return frozenset(load("boundaries")["dashed_ports"]["openers"])


def dashed_ports(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<port word> …–<Name>" read as one place."""
    openers = _openers()
    after = {m.begin: m.end for m in known if m.entry.kind in PLACE_KINDS}
    after.update({run.begin: run.end for run in runs if not run.title})
    spans = []
    for run in runs:
        if run.title or run.words[0][2] not in openers or len(run.words) < 2 \
                or not text.startswith(_DASH, run.end):
            continue
        start = run.end + len(_DASH)
        if start < len(text) and text[start].isupper() and (end := after.get(start)) is not None:
            spans.append((run.begin, end))
    return as_runs(text, runs, spans, known, "place")
