"""A law printed with its initials in brackets inside its name (set CG, branch ent120): "the
Kelvian Influenced and Corrupt Dorrows (KICD) Act". The runs stop at each bracket, so the words
before it were read as a body's name the initials define ("… Dorrows" an organisation), the
head ("Act") was dropped and the initials alone took the body's kind: no law at all.
`join_brackets` (kg.nlp.entities.spans.brackets) joins a qualifier in brackets, never initials.

`acronym_laws` joins a plain run of two words or more, " (", two to eight capitals, ") " and a
law's head of kg/data/nlp/boundaries.toml `[laws] year_heads` ("Act", "Law", …) into one work's
name, as printed. The initials alone elsewhere ("the state's KICD law") are left to the other
rules. The step `acronym_laws` of `REGION_STEPS`, after the steps that join a name its initials spell
("… Influenced and Corrupt …": the "and" inside)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import Run


@cached
def _after() -> re.Pattern:
    """" (KICD) Act" right after a run."""
    heads = "|".join(re.escape(h) for h in load("boundaries")["laws"]["year_heads"])
    return re.compile(rf" \([A-Z]{{2,8}}\) (?:{heads})(?![\w’'-])")


def acronym_laws(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<name> (INITIALS) Act" read as one work."""
    spans = []
    for run in runs:
        if run.title or run.kind is not None or len(run.words) < 2:
            continue
        if (m := _after().match(text, run.end)) is not None:
            spans.append((run.begin, m.end()))
    return as_runs(text, runs, spans, known, "work") if spans else runs
