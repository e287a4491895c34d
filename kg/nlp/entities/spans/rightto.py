"""A body named for a right, "for the Right to" and what the right is to: "the Kelvo Committee
for the Right to Organize", "the Campaign for the Right to Safe, Legal and Free Housing" (set
BS's first measure, branch ent118).

The runs of capitalised words stop at "to", so such a name came out as "… for the Right" and
the right's object (each word of a comma list a name of its own: "Safe", "Free Housing"), junk
all. Where a plain run ends "for the <noun>" (kg/data/nlp/boundaries.toml `[right_to_names]`)
and " to " and a capitalised run follow, the body's name runs on to that run's end, or, where
that run opens a list of capitalised words joined by commas, to the item after its closing
"and". A comma list no "and" closes is no part of the name (the words after the first item
may be other names); the name's head and type are found as every body's are.

kg.nlp.entities.spans.regionsteps runs `right_to_names` after `purpose_links`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run, span_words

_TO = " to "
_JOINER = re.compile(r",? and |, ")


@cached
def _nouns() -> frozenset[str]:
    return frozenset(load("boundaries")["right_to_names"]["nouns"])


def right_to_names(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each "… for the Right" run grown over "to" and the right's object, the
    runs of the object dropped (module docstring)."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        n = _object_runs(text, runs, i) if _for_the_right(run) else 0
        if n:
            last = runs[i + n]
            absorbed = [a for x in runs[i:i + n + 1] for a in x.absorbed]
            out.append(Run(run.begin, last.end, span_words(text, run.begin, last.end), False, absorbed))
            i += n + 1
            continue
        out.append(run)
        i += 1
    return out


def _for_the_right(run: Run) -> bool:
    """A plain run of a name ending "for the <noun>" (`[right_to_names] nouns`)."""
    words = [w for (_b, _e, w) in run.words]
    return not run.title and run.kind is None and len(words) >= 4 \
        and words[-3:-1] == ["for", "the"] and words[-1] in _nouns()


def _object_runs(text: str, runs: list[Run], i: int) -> int:
    """How many runs after `runs[i]` make the right's object: the one run after " to ", or the
    runs of a comma list closed by "and"; 0 where no capitalised run follows " to "."""
    def plain(k: int) -> bool:
        return k < len(runs) and not runs[k].title and runs[k].kind is None

    if not (plain(i + 1) and text[runs[i].end:runs[i + 1].begin] == _TO):
        return 0
    k = i + 1
    while plain(k + 1):
        joiner = _JOINER.fullmatch(text, runs[k].end, runs[k + 1].begin)
        if joiner is None:
            break
        k += 1
        if "and" in joiner.group(0):
            return k - i
    return 1
