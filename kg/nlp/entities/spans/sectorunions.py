"""A union of a government's own workers named for its sector and trades: "the Kelvia
Government and General Employees’ Union". The runs part at "and" (kg.nlp.entities.spans.andlists
keeps "Kelvia Government" apart, "Government" being a body's head of its own), so the sector's
run was left a body ("Kelvia Government", junk) and the union cut ("General Employees’ Union").
A run ending in a sector (kg/data/nlp/boundaries.toml `[sector_unions] sectors`) right before
" and ", and a run after it of common words (no name: "Dorrow Workers Union" is a union of its
own), a workers' noun and a union's head, are one organisation's name. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`; the words are data, the places are not."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans import joins
from kg.nlp.entities.spans.runs import Run

_AND = " and "


@cached
def _data() -> dict:
    return load("boundaries")["sector_unions"]


def _bare(word: str) -> str:
    """A word without its plural's possessive mark ("Employees’" → "Employees")."""
    return word.rstrip("’'")


def _sector_end(text: str, run: Run) -> bool:
    """Does the run end in a sector ("… Government", "… Public Service"), untitled and untyped?"""
    label = text[run.begin:run.end]
    return not run.title and run.kind is None and any(
        label == s or label.endswith(" " + s) for s in _data()["sectors"])


def _trades_union(run: Run) -> bool:
    """Is the run common words, a workers' noun and a union's head ("General Employees’
    Union"), no name among them?"""
    words = [_bare(w) for (_b, _e, w) in run.words]
    d = _data()
    return not run.title and run.kind is None and not run.absorbed and len(words) >= 3 \
        and words[-1] in d["heads"] and words[-2] in d["workers"] \
        and all(w[:1].isupper() and joins.common_word(w) for w in words[:-2])


def sector_unions(text: str, runs: list[Run]) -> list[Run]:
    """The region's runs with each sector's run, " and " and a trades' union after it joined
    into one organisation's run."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:run.begin] == _AND and _sector_end(text, prev) \
                and _trades_union(run):
            out[-1] = Run(prev.begin, run.end, prev.words + run.words, False, prev.absorbed + run.absorbed,
                          kind="organization")
            continue
        out.append(run)
    return out
