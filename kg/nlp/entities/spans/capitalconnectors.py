"""A body's name whose "for" or "of" is printed with a capital: "the Food Pantry For Dorrow
County", "the Tenants Fund Of Kelvo City" (set CI, branch ent122).

Some bodies print every word of their name with a capital, the connector too. Mid-sentence a
capitalised "For" or "Of" is no sentence's opener, so it says the words on both sides are one
name. The runs stopped at a registry place after it ("the Kelvo Pantry For" then the registry's
"New York City"), leaving the body's head alone ("Kelvo Pantry": a piece, junk) and the place
for the name; and where no registry name stood after it the run went whole but was typed by its
last head ("County": a place) instead of the body's head before the connector.

The step: a plain run whose last word is an organisation's head (`[head_types] organization`),
then one capitalised connector of kg/data/nlp/entities.toml `capital_connectors` and a plain
run or a registry match right after it, are one organisation, the registry name absorbed; a run
holding such a connector after a body's head is typed an organisation. A headline's Title Case
capitalises every connector, so a headline's runs are left as they are.

The step `capital_connectors` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.nextnames import join_next, plain, tail_at
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region


@cached
def _connectors() -> frozenset[str]:
    """The connectors a body's name may print with a capital."""
    return frozenset(load("entities")["capital_connectors"])


def capital_connectors(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs of region r with each "<body> For <name>" made one organisation (module
    docstring); `known`: the registry's matches."""
    if r.kind == "headline":
        return runs
    starts = {m.begin: m for m in known if r.begin <= m.begin and m.end <= r.end}
    typed = [replace(run, kind="organization") if plain(run) and _inner_connector(run, cues) else run
             for run in runs]
    return join_next(typed, lambda run, nxt: _joined(text, run, nxt, starts, cues))


def _body_head(word: str, cues: Cues) -> bool:
    return cues.heads.get(word) == "organization"


def _inner_connector(run: Run, cues: Cues) -> bool:
    """A run with a capitalised connector after a body's head inside it ("Kelvo Fund For
    Dorrow County")."""
    words = [w for (_b, _e, w) in run.words]
    return any(w in _connectors() and _body_head(words[k - 1], cues) for k, w in enumerate(words[1:-1], 1))


def _joined(text: str, run: Run, nxt: Run | None, starts: dict[int, Match], cues: Cues) -> Run | None:
    """`run`, its capitalised connector and the name after it as one organisation, or None."""
    if not plain(run) or not _body_head(run.words[-1][2], cues):
        return None
    word_at = run.end + 1
    connector = text[word_at:word_at + 4].split(" ", 1)[0]
    if text[run.end:word_at] != " " or connector not in _connectors():
        return None
    at = word_at + len(connector) + 1
    if text[at - 1:at] != " ":
        return None
    tail = tail_at(text, at, nxt, starts)
    if tail is None:
        return None
    words = run.words + [(word_at, word_at + len(connector), connector)] + tail.words
    return Run(run.begin, tail.end, words, False, run.absorbed + tail.absorbed, kind="organization")
