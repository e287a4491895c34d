"""A law or a bill named by its number alone after a short head: "SB 8", "HB 1523", "Law
26,618" (set BS's kinds, branch ent106). The heads are data (kg/data/nlp/boundaries.toml
[laws] `bill_number_heads`).

A state legislature's bill is named by its house's initials and its number ("the law known as
SB 8", "HB 2 was signed"), and a Latin American country's law by "Law" and its number, printed
with a thousands comma ("Law 25,871"). The runs stop at the head: the initials alone are a
junk name typed a body ("SB"), "Law" alone names nothing, and the number, which is what tells
one law from another, is lost. So the head's run and the number after it are one name, a work
(a law is a work, as `numbered_laws` types "Law No. 4410"). Only a head alone in its run is
read so: "the Kelvo SB 8 campaign" is left to the other steps.

kg.nlp.entities.spans.regionsteps runs `bill_numbers` right after `numbered_laws`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run, span_words

# " 8", " 1523", " 27,610", " 4-B" after the head; no number runs on into a decimal, a date's
# slash or a word ("SB 8's" keeps its possessive out by `\w` not following the digits)
_NUMBER = re.compile(r" (?:\d{1,3}(?:,\d{3})+|\d{1,5}(?:-[A-Z])?)(?![\w.,/-]?\d|\w)")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["laws"]["bill_number_heads"])


@cached
def _abbreviated() -> frozenset[str]:
    return frozenset(load("boundaries")["laws"]["bill_number_abbreviations"])


def _number_after(text: str, run: Run) -> re.Match[str] | None:
    """The number after a head alone in its run: right after it, or after its full stop for an
    abbreviated head ("Prop. 187")."""
    head = run.words[0][2]
    if head in _abbreviated() and text.startswith(".", run.end):
        return _NUMBER.match(text, run.end + 1)
    return _NUMBER.match(text, run.end) if head in _heads() else None


def bill_numbers(text: str, runs: list[Run]) -> list[Run]:
    """The runs of one region with each bill's or law's head alone before its number made the
    law's name with the number, a work ("SB 8", "Law 27,110", "Prop. 187")."""
    out = []
    for run in runs:
        m = _number_after(text, run) if len(run.words) == 1 else None
        if m and run.kind is None and not run.title:
            run = replace(run, end=m.end(), words=span_words(text, run.begin, m.end(), r"\S+"), kind="work")
        out.append(run)
    return out


def numbered_bill(text: str, run: Run) -> bool:
    """Whether `bill_numbers` made this run: a bill's head and its number, a work ("Prop. 187").
    A title set in Title Case names it too: the number, not the capitals, says it is a name
    (kg.nlp.entities.spans.titleplaces; set DR, branch passQ44)."""
    words = [w for (_b, _e, w) in run.words]
    return run.kind == "work" and len(words) == 2 and words[0].rstrip(".") in _heads() | _abbreviated() \
        and _NUMBER.fullmatch(" " + words[1]) is not None
