"""A body named before "of", a country's possessive and its owner's name ("the Dorrow Brigade of
Kelvia’s Republican Guard"; issue 10, set BV, branch ent109).

The scanner runs a name on over "of" and stops at the "’s": the page got "Dorrow Brigade of
Kelvia", a body of nobody's naming, where the country's possessive belongs to the capitalised
name after it (the brigade is the guard's, the guard Kelvia's). A run ending in "of" and a
registry country it absorbed, right before "’s" or "'s" and a capitalised word, is cut before
"of": the body's own name, the country a mention of its own again. A country's possessive
before a lower-case word ("the Central Bank of Kelvia’s governor") leaves the run whole. A
declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.spans.runs import Run, cut_run

_OWNER_AFTER = re.compile(r"['’]s [A-Z]")


def owner_possessives(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each ending in "of" and a country owning the name after it cut before "of"
    (module docstring)."""
    return [_cut(text, run) for run in runs]


def _cut(text: str, run: Run) -> Run:
    if run.title or not _OWNER_AFTER.match(text, run.end):
        return run
    country = next((m for m in run.absorbed if m.end == run.end and m.entry.kind == "country"), None)
    if country is None:
        return run
    i = next((i for i, w in enumerate(run.words) if w[0] >= country.begin), 0)
    if i < 2 or run.words[i - 1][2] != "of":
        return run
    return cut_run(run, run.words[i - 2][1])
