"""A research body named for the field it studies, "in" before the field: "the Dorrow Center
for Research in Kelvan History", "the Kelvo Institute for Studies in Labor Law" (set DV's junk
at its first measure, branch passT44).

The run walk stops at "in", a locative word, so the body's name was cut ("… Center for
Research") and the field after it was read as a place ("Kelvan History"). Where a run ends in
an organisation's head, "for" and one word of kg/data/nlp/cutnames.toml `study_words`
("Research", "Studies"), and " in " and a plain run of one to three capitalised words follow
whose last word is a common English word (kg.nlp.entities.spans.joins `common_word`) that is
no head and no place the gazetteer knows, the two are one organisation's name. "the Kelvo
Institute for Studies in Dorrow" (a town: no common word) stays two. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.joins import common_word
from kg.nlp.entities.spans.runs import Run, plain_run

_MOST_FIELD_WORDS = 3


@cached
def _study_words() -> frozenset[str]:
    return frozenset(load("cutnames")["study_words"])


def _studies(run: Run, cues: Cues) -> bool:
    """`run` ends "<organisation's head> for <study word>" ("… Center for Research")."""
    words = [w for (_b, _e, w) in run.words]
    return len(words) >= 3 and words[-1] in _study_words() and words[-2] == "for" \
        and any(cues.heads.get(w) == "organization" for w in words[:-2])


def _field(run: Run, cues: Cues) -> bool:
    """`run` names a field of study: plain, one to three capitalised words, the last a common
    English word that is no head and no place ("Black Culture", "Kelvan History")."""
    words = [w for (_b, _e, w) in run.words]
    last = words[-1] if words else ""
    return plain_run(run) and 1 <= len(words) <= _MOST_FIELD_WORDS and not run.absorbed \
        and all(w[:1].isupper() for w in words) and common_word(last) and last not in cues.heads \
        and evidence().place_kind(last) is None


def study_fields(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs of one region (sorted), each research body joined to its field after "in"."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:run.begin] == " in " and _studies(prev, cues) \
                and _field(run, cues):
            out[-1] = Run(prev.begin, run.end, prev.words + [(prev.end + 1, run.begin - 1, "in")] + run.words,
                          prev.title, prev.absorbed + run.absorbed, "organization")
            continue
        out.append(run)
    return out
