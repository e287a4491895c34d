"""A plural unit's head before a run of bare numbers ("members of Locals 12, 40 and 77 will
vote"): the scanner read the head and the first number as one name ("Locals 12"), a union's
local nobody can look up, for the list names several locals and no union. The bench's convention
(set BK, branch ent96) lists no name from such a run; a local printed with its union ("Kelvo
Dockers Local 12") is read by the union's own steps. A run that is only a plural head
(kg/data/nlp/boundaries.toml `[plural_units] heads`) and the number after it is dropped; a run
with a union's words before the head ("Kelvo Dockers Locals 12 and 40") stays. A declared step
of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run

_HEAD_NUMBER = re.compile(r"([^\W\d_]+)\s+[A-Z]?-?\d+[A-Z]?")


@cached
def _heads() -> frozenset[str]:
    """The plural heads of a union's numbered units ("Locals", "Lodges")."""
    return frozenset(load("boundaries")["plural_units"]["heads"])


def bare_plural_units(text: str, runs: list[Run]) -> list[Run]:
    """The runs but those that are a plural unit's head and its first number alone."""
    heads = _heads()
    return [run for run in runs if not _bare_plural(text, run, heads)]


def _bare_plural(text: str, run: Run, heads: frozenset[str]) -> bool:
    """A run of one word, a plural unit's head, before a number (the scanner may hold the
    number inside the word's span, or leave it out of the run: the head is read from the
    text)."""
    if run.title or len(run.words) != 1:
        return False
    m = _HEAD_NUMBER.match(text, run.begin)
    return m is not None and m.group(1) in heads and m.end() >= run.end
