"""Two capitalised runs joined by a function word no English text writes: "the Mur des
Kelvoises", "the Place aux Dorrow" (set BY's kind, branch ent112).

kg.nlp.entities.spans.foreign reads a name in French or Spanish over its lower-case words when a
head of those languages opens it ("Syndicat des …"); a place or a monument English text names
in French opens with a word that is no such head ("Mur", "Pont", "Porte"), so the runs stopped at
"des": each half was left a name of its own, both junk. Two runs with no kind or title another
step gave them, joined by one of kg/data/nlp/boundaries.toml `[foreign_names] crossing_words` and single
spaces, are one name (its kind left to the typing steps). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.spans.runs import Run


@cached
def _joint() -> re.Pattern:
    words = load("boundaries")["foreign_names"]["crossing_words"]
    return re.compile(r"[ \u00a0]" + phrase_pattern(words) + r"[ \u00a0]\Z")


def crossed_joins(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each pair joined by a crossing function word read as one."""
    return join_pairs(text, runs, lambda prev, run: _joint().fullmatch(text, prev.end, run.begin) is not None)


def join_pairs(text: str, runs: list[Run], joins: Callable[[Run, Run], bool]) -> list[Run]:
    """The runs, each two in a row with no kind or title another step gave them that `joins`
    accepts (the gap between them read by the caller: a crossing word here, Māori function words
    in kg.nlp.entities.spans.maorijoins) read as one name, the gap's words inside it."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and _plain(prev) and _plain(run) and prev.end < run.begin and joins(prev, run):
            gap = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text[:run.begin])
                   if m.start() >= prev.end]
            out[-1] = Run(prev.begin, run.end, prev.words + gap + run.words,
                          absorbed=prev.absorbed + run.absorbed)
            continue
        out.append(run)
    return out


def _plain(run: Run) -> bool:
    return not run.title and run.kind is None
