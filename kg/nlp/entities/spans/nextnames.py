"""A run joined with the name right after it, a plain run or a registry match, into one name:
the walk that kg.nlp.entities.spans.andplaces ("Kelvo and Dorrow"), capitalconnectors ("the
Food Bank For Dorrow") and creedbodies ("the Revolutionary Socialists of Kelvia") share, each
with its own test of the run and the words between (branch ent122).

`join_next` walks the runs left to right; `tail_at` is the name that begins where the words
between end: the next run when it begins there and no step typed it or read it as a title, else
a registry match there (absorbed into the joined run)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run


@dataclass(frozen=True)
class Tail:
    """The name after the words between: where it ends, its words and what it absorbed."""

    end: int
    words: list[tuple[int, int, str]]
    absorbed: list[Match]


def plain(run: Run | None) -> bool:
    """A run no step typed or read as a title: one a join may take."""
    return run is not None and not run.title and run.kind is None


def tail_at(text: str, at: int, nxt: Run | None, matches: dict[int, Match]) -> Tail | None:
    """The plain run `nxt` if it begins at `at`, else the match of `matches` (by where it
    begins) that begins there; None where neither does."""
    if plain(nxt) and nxt is not None and nxt.begin == at:
        return Tail(nxt.end, nxt.words, nxt.absorbed)
    if (m := matches.get(at)) is not None:
        return Tail(m.end, [(m.begin, m.end, text[m.begin:m.end])], [m])
    return None


def join_next(runs: list[Run], join: Callable[[Run, Run | None], Run | None]) -> list[Run]:
    """The runs, each run that `join` joins with what follows it (given the next run, or None
    for the last) replaced by the joined run; the next run is consumed when the joined run ends
    where it does."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        joined = join(run, nxt)
        out.append(joined or run)
        i += 2 if joined is not None and nxt is not None and joined.end == nxt.end else 1
    return out
