"""An officeholder's residence by the office's title (set CF, branch ent119): "crowds stormed the
President’s House", "outside the Governor’s Mansion". The title before the possessive opens no
name (the run scanner reads it as a person's title and finds no person after it) and the head
after it is a common word alone, so the building was lost.

`office_residences` makes one run typed a place of a title (kg/data/nlp/officeresidences.toml
`titles`), its possessive and a residence's head (`heads`) in capitals, in place of the runs it
covers, where no capitalised word goes on after the head (a longer name is the other steps'). A
declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.spans.runs import Run, span_words
from kg.nlp.entities.spans.textspan import Region


@cached
def _residence() -> re.Pattern[str]:
    data = load("officeresidences")
    return re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(data["titles"]) + r")[’']s (?:"
                      + phrase_pattern(data["heads"]) + r")(?![\w’'-])(?![ \t]+[A-Z])")


def office_residences(text: str, region: Region, runs: list[Run]) -> list[Run]:
    """The runs of `region`, each residence by an office's title one run typed a place, the runs
    inside it dropped (module docstring)."""
    found = [m for m in _residence().finditer(text, region.begin, region.end)]
    if not found:
        return runs
    kept = [r for r in runs if not any(r.begin < m.end() and m.start() < r.end for m in found)]
    if len(kept) + len(found) < len(runs):  # a run reached past a residence: leave it to the run
        return runs
    added = [Run(m.start(), m.end(), span_words(text, m.start(), m.end()), False, [], kind="place")
             for m in found]
    return sorted(kept + added, key=lambda r: r.begin)
