"""A gathering named "for" the person it is held for (set BP's junk, branch ent102): "organizing
a Militant Labor Forum for Kelvo-Dorrani on March 14" is the forum and the candidate, two names;
the runs glue them over "for", as they rightly do in "National Committee for Organizing …".

A run is cut before "for" when the word before it is a gathering's head (kg/data/nlp/
boundaries.toml `[honoree_for] heads`) and every word after it is a name: no common English word
("Forum for Democracy", "Rally for Jobs" stay whole) and no place of the registry or the
gazetteer ("March for Kelvia" stays whole). The words after "for" are a name of their own, typed
afresh. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, cut_run, rest_run


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["honoree_for"]["heads"])


def _honoree(text: str, run: Run, start: int) -> bool:
    """The run's words from `start` on are a person's name: each a capitalised word that is no
    common English word, none in a registry place the run absorbed, and not a gazetteer place."""
    words = run.words[start:]
    if not words:
        return False
    begin = words[0][0]
    if any(m.begin >= begin and m.entry.kind in (*PLACE_KINDS, "state") for m in run.absorbed):
        return False
    if evidence().place_kind(text[begin:run.end]) is not None:
        return False
    return all(w[:1].isupper() and not common_words().common(w) for _b, _e, w in words)


def _for_at(run: Run) -> int | None:
    """The index of the run's "for" after a gathering's head, or None."""
    for i in range(1, len(run.words) - 1):
        if run.words[i][2] == "for" and run.words[i - 1][2] in _heads():
            return i
    return None


def gathering_honorees(text: str, runs: list[Run]) -> list[Run]:
    """The runs with a gathering and the person it is held for, glued over "for", cut in two."""
    out: list[Run] = []
    for run in runs:
        i = None if run.title or run.kind is not None else _for_at(run)
        if i is None or not _honoree(text, run, i + 1):
            out.append(run)
            continue
        out += [cut_run(run, run.words[i - 1][1]), rest_run(run, i + 1)]
    return out
