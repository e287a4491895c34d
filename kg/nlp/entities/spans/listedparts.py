"""A body named for a list of parts before its head, read as one run: the runs listed right
before a run ("Kelvo City and Dorrow District Council", "the Kelvo, Dorrow and Tallowa Nation")
and the run they and it make.

The runs of capitalised words stop at the commas and at "and", so a name that lists its areas
or its peoples comes out cut to its last part with the others left names of their own.
`listed_parts` walks back from the run over the runs joined to it by " and " (the last gap) and
", " (the ones before), and `joined_run` makes one organisation's run of them. The rules that
decide which runs are such parts and which heads such a body ends on are their own:
kg.nlp.entities.spans.areacouncils (a council by its areas) and
kg.nlp.entities.spans.nationlists (a nation by its peoples).
"""

from __future__ import annotations

from collections.abc import Callable

from kg.nlp.entities.spans.runs import Run


def listed_parts(text: str, out: list[Run], run: Run, most: int, part: Callable[[Run], bool]) -> list[Run]:
    """The runs at the end of `out` listed right before `run`: the last joined to it by " and ",
    the ones before by ", ", each one `part` accepts, `most` at most, in text order (none when
    the run before is no such part)."""
    parts: list[Run] = []
    nxt = run
    while len(parts) < most and len(out) > len(parts):
        prev = out[-1 - len(parts)]
        if text[prev.end:nxt.begin] != (" and " if not parts else ", ") or not part(prev):
            break
        parts.insert(0, prev)
        nxt = prev
    return parts


def joined_run(text: str, parts: list[Run], run: Run) -> Run:
    """`parts` and `run` as one organisation's run, with the "and" between them a word of it."""
    words: list[tuple[int, int, str]] = []
    absorbed = []
    for one, after in zip(parts, [*parts[1:], run], strict=True):
        words += one.words
        absorbed += one.absorbed
        gap = text[one.end:after.begin]
        if gap.strip(" ,"):
            b = one.end + gap.index(gap.strip(" ,"))
            words.append((b, b + len(gap.strip(" ,")), gap.strip(" ,")))
    return Run(parts[0].begin, run.end, words + run.words, False, absorbed + run.absorbed,
               "organization")
