"""A government's programme named with "for" inside, before its lower-case noun: "the Deferred
Kelvo for Dorrow Arrivals program", "the Assistance for Kelvo Growers scheme" (set CA's junk at
its first measure, 2026-12-06).

The runs of capitalised words stop at "for": the words before it were left one junk name and the
words after it another. Two plain runs (no kind, no title, no registry name inside) joined by
" for ", with a programme's noun in lower case right after the second (kg/data/nlp/boundaries.toml
[programs] `nouns`), are one name, left untyped: a programme is neither a body, nor a law, nor an
event (bench/quality/README.md reads programmes by name as of any type).
kg.nlp.entities.spans.regionsteps runs `programs_with_for` after the laws' joins.

`programs_with_places` reads a programme named with a registry land inside ("the Pacific Kelvia
Seasonal Worker scheme", set CA's junk, branch ent127): the runs stopped at the land, the word
before it was dropped and the words after it left one untyped piece. A plain run, one space, a
registry country or other land matched by its name, one space and a plain run with a programme's
noun right after it are one name, untyped as above; the land stays a mention of its own inside
it, as a country inside a law's or a pact's name does (kg.nlp.entities.spans.placelaws).
A land opening the words ("the Kelvia Jobs program") is a modifier and no part of a name: only a
land between capitalised words joins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, plain_run

_LANDS = ("country", "place", "state")


@cached
def _noun_after() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in load("boundaries")["programs"]["nouns"])
    return re.compile(rf" (?:{nouns})\b")


def _plain(run: Run) -> bool:
    return plain_run(run) and not run.absorbed


def programs_with_for(text: str, runs: list[Run]) -> list[Run]:
    """The runs of one region (sorted), each programme's two runs joined by "for" one run."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if (prev is not None and text[prev.end:run.begin] == " for " and _plain(prev)
                and _plain(run) and _noun_after().match(text, run.end)):
            out[-1] = replace(prev, end=run.end,
                              words=prev.words + [(prev.end + 1, run.begin - 1, "for")] + run.words)
            continue
        out.append(run)
    return out


def programs_with_places(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs of one region (sorted), each programme's words around a registry land one run
    (module docstring): "the", a capitalised word (a run's or one the walk let go, as it lets a
    lone word before a land go), one space, the land, one space and a plain run before a
    programme's noun."""
    lands = {m.end: m for m in known if m.entry.kind in _LANDS and m.how == "name"}
    out: list[Run] = []
    for run in runs:
        land = lands.get(run.begin - 1)
        word = land and _WORD_BEFORE.search(text, max(0, land.begin - 40), land.begin)
        if not (word and text[land.end] == " " and _plain(run) and _noun_after().match(text, run.end)):
            out.append(run)
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.end > word.start(1):
            if not (_plain(prev) and prev.end == word.end(1) and prev.begin == word.start(1)):
                out.append(run)
                continue
            out.pop()
        opener = (word.start(1), word.end(1), word.group(1))
        named = (land.begin, land.end, text[land.begin:land.end])
        out.append(replace(run, begin=word.start(1), words=[opener, named, *run.words]))
    return out


# "the Pacific " right before a land: the word that opens the programme's name
_WORD_BEFORE = re.compile(r"(?<![\w’'-])the ([A-Z][a-z][\w’'-]*) \Z")
