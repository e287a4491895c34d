"""Short names the text itself says are short names (issue 10, branch ent70).

A lone acronym seen once is dropped unless a cue stands by it (kg.nlp.entities.names
`_no_name_alone`); two cues of that kind were missed:

- "known by its Kelvish acronym KUF", "known by its initials KUF": the phrase says the word is
  a body's acronym whatever noun came before it ("the border brigade, known by its …"), so the
  acronym names one body; an organisation unless a place noun before the phrase makes it a
  place's (kg.nlp.entities.cues.phrases `named_as`).
- "the Sindicato Kelvano (Kelvish Builders Union), known as SIKEL": ", known as" after a
  bracket that closes a name's English gloss ties the acronym to the name before the bracket,
  as ", known as" right after a name already does (`_short_form_known_as` in names).
Initials before a number ("known as KC 204-15": a court's ruling by its code) name no body.

The phrases are data (kg/data/nlp/kinds.toml [short_names]). kg.nlp.entities.spans.regionsteps
runs `acronyms_said_to_be` on each region's runs (step "acronyms_said_to_be").
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.phrases import phrases
from kg.nlp.entities.spans.runs import Run

_ACRONYM = re.compile(rf"[{UPPER}][{UPPER}&.-]{{1,11}}")


@cached
def _said_acronym() -> re.Pattern[str]:
    """"known by its (Kelvish) acronym " right before a word."""
    c = load("kinds")["short_names"]
    return re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["acronym_said"]) + r")\s+\Z")


@cached
def _gloss_known_as() -> re.Pattern[str]:
    """"(Kelvish Builders Union), known as " right before a word: a bracket closed by a
    capitalised word, a comma, a phrase of "known as"."""
    c = load("kinds")["short_names"]
    return re.compile(r"\(\s*[A-Z][^()]{2,120}?[A-Za-z]\s*\)\s*,\s*(?:"
                      + phrase_pattern(c["known_as_after_gloss"]) + r")\s+\Z")


def acronym_said_to_be(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each lone acronym that a phrase before it says is an acronym typed: a place's
    where the phrase's noun is a place's, else an organisation's."""
    for run in runs:
        if run.kind is not None or len(run.words) != 1 or not _ACRONYM.fullmatch(run.words[0][2]) \
                or framing().code_after(text, run.end):
            continue  # "known as KC 204-15": a ruling's code by its court's initials, no body
        head = text[max(0, run.begin - 160):run.begin]
        if _said_acronym().search(head) or _gloss_known_as().search(head):
            run.kind = "place" if phrases().named_as(text, run.begin) == "place" else "organization"
    return runs
