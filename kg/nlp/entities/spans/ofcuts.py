"""Runs whose "of" glues words that make no one name (set BY's kind, branch ent112).

* A people's adjective after "of the", then a lower-case noun: "the Kelvo Legion of the
  Dorrish air force". The run walk took "of the" and the capitalised adjective after it
  ("Kelvo Legion of the Dorrish"), but the adjective qualifies the lower-case noun after the
  run, no part of a name: the run is cut before "of" ("Kelvo Legion").
* A plural unit's head before "of": "Battalions of the Kelvish Workers Militia moved …". The
  units are many and unnamed (kg/data/nlp/ofcuts.toml `plural_unit_heads`); the body after
  "of" (and "the") is the name, of two words or more.

A run with a title or a kind another step gave it is left as it was. Declared steps of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.cues.nations import is_nation_adjective
from kg.nlp.entities.spans.runs import Run, cut_run, rest_run

_LOWER_AFTER = re.compile(r"[ \u00a0]+[a-z]")


@cached
def _plural_heads() -> frozenset[str]:
    return frozenset(load("ofcuts")["plural_unit_heads"])


@cached
def _endings() -> tuple[str, ...]:
    return tuple(load("ofcuts")["adjective_endings"])


def _adjective(word: str) -> bool:
    """A people's adjective by its ending, not a country's own name ("Congo", "Philippines")."""
    return word.endswith(_endings()) and is_nation_adjective(word) and not gazetteer().place_kind(word)


def adjective_after_of(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each "<name> of the <adjective>" before a lower-case noun cut to the name."""
    out = []
    for run in runs:
        words = [w for (_b, _e, w) in run.words]
        if run.title or run.kind is not None or len(words) < 4 or words[-3:-1] != ["of", "the"] \
                or not _adjective(words[-1]) or not _LOWER_AFTER.match(text, run.end):
            out.append(run)
            continue
        out.append(cut_run(run, run.words[-4][1]))
    return out


def units_of_bodies(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each "<plural unit head> of (the) <body>" cut to the body."""
    heads = _plural_heads()
    out = []
    for run in runs:
        words = [w for (_b, _e, w) in run.words]
        start = 3 if words[2:3] == ["the"] else 2
        if run.title or run.kind is not None or words[:1] == [] or words[0] not in heads \
                or words[1:2] != ["of"] or len(words) - start < 2:
            out.append(run)
            continue
        out.append(rest_run(run, start))
    return out
