"""A country's law named with the country first (set BE, branch ent88): "the Kenya Employment
Act", "the Kelvia Labour Code". The registry matched the country and the run of capitalised
words began after it, so the law was cut to its head's part ("Employment Act"), a work another
country's law could share.

`country_laws` opens such a law's run at the country: after "the", a registry country written
out (no abbreviation: "the U.S. Clean Air Act" keeps the country a modifier of a law named
without it), one space, then a run of one to four capitalised words ending in a head of one
country's law (kg/data/nlp/boundaries.toml [laws] `country_heads`: "Act", "Code"). The law is a
work; the country stays a mention of its own inside it, as a treaty's parties do
(kg.nlp.entities.spans.laws, the convention on a name that opens with a country in
bench/quality/README.md).

kg.nlp.entities.spans.regionsteps runs it right after `join_laws`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

_THE = re.compile(r"(?<![\w’'-])[Tt]he \Z")


@cached
def _heads() -> frozenset[str]:
    """The heads of one country's law ([laws] `country_heads`)."""
    return frozenset(load("boundaries")["laws"]["country_heads"])


def _country(m: Match) -> bool:
    """A registry country matched by its name."""
    return m.entry.kind == "country" and m.how == "name"


def country_laws(text: str, runs: list[Run], known: list[Match],
                 opener: Callable[[Match], bool] = _country) -> list[Run]:
    """The runs, each law's opened at the registry country (or the place `opener` accepts: a
    state, kg.nlp.entities.spans.statelaws) right before it (module docstring)."""
    countries = {m.end: m for m in known if opener(m) and "." not in text[m.begin:m.end]}
    return laws_opened_at(text, runs, countries, _heads())


def laws_opened_at(text: str, runs: list[Run], openers: dict[int, Match], heads: frozenset[str]) -> list[Run]:
    """The runs, each law's (a run ending in one of `heads`) opened at the registry match of
    `openers` (by its end) one space before it, after "the": one work from the match's start.
    kg.nlp.entities.spans.namesakelaws opens a law at its namesake so."""
    out: list[Run] = []
    for run in runs:
        c = openers.get(run.begin - 1)
        if c is not None and _law(text, run, heads) and textwindow.before(_THE, text, c.begin, 4) is not None:
            run = replace(run, begin=c.begin, words=[(c.begin, c.end, text[c.begin:c.end])] + list(run.words),
                          kind="work")
        out.append(run)
    return out


def _law(text: str, run: Run, heads: frozenset[str]) -> bool:
    """A plain run of one to four capitalised words, one space after the opener, ending in one
    of `heads`."""
    return run.kind in (None, "work") and not run.title and not run.same_as \
        and 1 <= len(run.words) <= 4 and run.words[-1][2] in heads \
        and text[run.begin - 1] == " " and all(w[:1].isupper() for (_b, _e, w) in run.words)
