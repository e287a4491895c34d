"""A multinational's arm in one country, named by the firm, the country and a legal form
("Kelvo Motors India Ltd.", "Dorrowtech Kenya Limited").

The registry knows the firm ("Kelvo Motors") and the country, so the walk stopped between them:
the firm stood as a mention apart and the country with the form ("India Ltd.") as a firm of its
own, junk. `country_arms` reads a run of two words, a registry country and a legal form of
kg/data/nlp/boundaries.toml `[bracketed_forms] forms`, one space after a registry name that is
no place or after a run, as one organisation: the firm's arm, the names inside it absorbed.
Frame over the 115 sets' articles: one (set DF's kind, branch passF42). The step `country_arms`
of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run


@cached
def _forms() -> frozenset[str]:
    return frozenset(load("boundaries")["bracketed_forms"]["forms"])


def country_arms(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<firm> <country> <form>" read as one organisation (module
    docstring)."""
    countries = {(m.begin, m.end) for m in known if m.entry.kind == "country"}
    countries |= {(m.begin, m.end) for run in runs for m in run.absorbed if m.entry.kind == "country"}
    firms = {m.end: m.begin for m in known if m.entry.kind not in PLACE_KINDS}
    firms.update({run.end: run.begin for run in runs if not run.title})
    spans = []
    for run in runs:
        if run.title or len(run.words) != 2 or run.words[1][2] not in _forms() \
                or (run.words[0][0], run.words[0][1]) not in countries:
            continue
        if (begin := firms.get(run.begin - 1)) is not None and text[run.begin - 1] == " ":
            spans.append((begin, run.end))
    return as_runs(text, runs, spans, known, "organization") if spans else runs
