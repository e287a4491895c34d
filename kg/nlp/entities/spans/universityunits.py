"""A university's unit named after the university and its place: "the University of Kelvia
Medical Branch", "the University of Dorrow Health Science Center" (set CB, branch ent113).

The run of "University of" and a registry place ends at the place, so the unit's words after it
were a name of their own ("Medical Branch", a name nobody bears) and the university was named
where the text names its hospital or school. A run whose head opens it before "of" (a
university's, kg/data/nlp/boundaries.toml `[university_units] heads`), right before a run that
is one of the units (`units`, the whole run), one space between, is one name. A declared step
of kg.nlp.entities.spans.regionsteps `REGION_STEPS`; the heads and units are data."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.pairjoins import join_pairs
from kg.nlp.entities.spans.runs import Run


@cached
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    c = load("boundaries")["university_units"]
    return frozenset(c["heads"]), frozenset(c["units"])


def _university(run: Run) -> bool:
    heads, _units = _cues()
    words = [w for (_b, _e, w) in run.words]
    return not run.title and len(words) >= 3 and words[0] in heads and words[1] == "of"


def university_units(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each university's run joined to the unit's run right after it."""
    _heads, units = _cues()
    return join_pairs(runs, lambda a, b: text[a.end:b.begin] == " " and _university(a) and not b.title
                      and " ".join(w for (_b, _e, w) in b.words) in units, None)
