"""A body's name closed by its country's code in brackets: "the Methodist Church (USA)", "the
Kelvo League (U.S.A.)" (set CH, branch ent121).

A national body of a church or a movement that spans countries prints its country after its
name, in brackets, as part of the name it goes by. The scanner stops the run at the bracket,
so the page got the body without its code and the code alone, a mention of the country that
the text does not make (junk). A run whose last word is an organisation's head, then one space
and a code of kg/data/nlp/wholenames.toml `[country_suffixed_bodies] codes` in brackets, is one
organisation's name as printed; the country's registry match inside it is absorbed. An
acronym in brackets ("the Kelvo League (KL)") is no code and is left to the acronym steps.

A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`; `as_runs`
(kg.nlp.entities.spans.capruns) puts one run in place of the pieces."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import Run


@cached
def _code_after() -> re.Pattern[str]:
    codes = load("wholenames")["country_suffixed_bodies"]["codes"]
    return re.compile(r" \((?:" + "|".join(map(re.escape, codes)) + r")\)")


def country_suffixes(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs with each "<… organisation's head> (<country code>)" read as one
    organisation."""
    spans = []
    for run in runs:
        code = _code_after().match(text, run.end)
        if code is not None and not run.title and run.kind in (None, "organization") \
                and cues.heads.get(run.words[-1][2]) == "organization":
            spans.append((run.begin, code.end()))
    return as_runs(text, runs, spans, known, "organization")
