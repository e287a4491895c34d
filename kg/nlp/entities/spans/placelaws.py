"""A country's or a state's law named with the place first: "the Kenya Employment Act", "the
Kelvia Labour Code" (set BE, branch ent88), "the Tallowa Clean Water Act", "the Kelvo Labor
Code" after a registry state or province (set BS's kinds, branch ent106; one step since gath45).
The registry matched the place and the run of capitalised words began after it, so the law was
cut to its head's part ("Employment Act", "Abortion Control Act"), a work another country's or
state's law could share, while the page names one place's statute.

`place_laws` opens such a law's run at the place: after "the", a registry country written out
(no abbreviation: "the U.S. Clean Air Act" keeps the country a modifier of a law named without
it), or a registry place inside a country (its `place` field set: a state, a province) matched
by its name, one space, then a run of one to four capitalised words ending in a head of one
country's law (kg/data/nlp/boundaries.toml [laws] `country_heads`: "Act", "Code"). Where a
country and a state end at one offset, the country is read. The law is a work; the place stays
a mention of its own inside it, as a treaty's parties do (kg.nlp.entities.spans.laws, the
convention on a name that opens with a country in bench/quality/README.md).

kg.nlp.entities.spans.regionsteps runs it right after `laws_on_subjects`.
"""

from __future__ import annotations

import re
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


def _state(m: Match) -> bool:
    """A registry place inside a country (a state, a province), matched by its written-out name."""
    return m.how == "name" and m.entry.kind == "place" and bool(m.entry.place)


def place_laws(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each law's opened at the registry country or state right before it (module
    docstring)."""
    states = {m.end: m for m in known if _state(m) and "." not in text[m.begin:m.end]}
    countries = {m.end: m for m in known if _country(m) and "." not in text[m.begin:m.end]}
    return laws_opened_at(text, runs, states | countries, _heads())


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
