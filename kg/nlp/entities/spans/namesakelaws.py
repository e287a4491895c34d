"""A law named for a person, the person first (set BT's junk, branch ent107): "the Emmett Dorrow
Antilynching Act", "the Lena Kelvin Fair Pay Act". Congress names laws for the victim or the
worker whose case moved them; the registry matched the person, and the run of capitalised words
began after them, so the law was cut to its tail ("Antilynching Act"), junk that names no law.

`namesake_laws` opens such a law's run at the person, as `country_laws` opens one at its country
(kg.nlp.entities.spans.countrylaws): after "the", a registry person written out, one space, then
a plain run of one to four capitalised words ending in a head of a law named so
(kg/data/nlp/boundaries.toml [laws] `namesake_heads`). The law is a work; the person stays a
mention of their own inside it.

kg.nlp.entities.spans.regionsteps runs it right after `country_laws`.
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
    """The heads of a law named for a person ([laws] `namesake_heads`)."""
    return frozenset(load("boundaries")["laws"]["namesake_heads"])


def namesake_laws(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each law's opened at the registry person right before it (module docstring)."""
    people = {m.end: m for m in known if m.entry.kind == "person" and m.how == "name"}
    out: list[Run] = []
    for run in runs:
        p = people.get(run.begin - 1)
        if p is not None and _law(text, run) and textwindow.before(_THE, text, p.begin, 4) is not None:
            run = replace(run, begin=p.begin, words=[(p.begin, p.end, text[p.begin:p.end])] + list(run.words),
                          kind="work")
        out.append(run)
    return out


def _law(text: str, run: Run) -> bool:
    """A plain run of one to four capitalised words, one space after the person, ending in a
    head of a law named for someone."""
    return run.kind in (None, "work") and not run.title and not run.same_as \
        and 1 <= len(run.words) <= 4 and run.words[-1][2] in _heads() \
        and text[run.begin - 1] == " " and all(w[:1].isupper() for (_b, _e, w) in run.words)
