"""A name opening with the glottal mark (the okina, U+02BB: "ʻOlotele", "Sione ʻUlufonua"):
Tongan, Hawaiian and Samoan spellings write the glottal stop as a letter of the name, and the
name's first capital comes after it. The mark is a letter to Python (`isalpha`) but no capital,
so the scanner read such a word as a lower-case one: the name lost, a given name before it
left alone as a name of its own (set CD).

`past_opening_mark` lets the scanner read the word from its capital (kg.nlp.entities.spans.runwalk
`region_words`); `opening_marks`, the last of capruns' `RUN_STEPS`, gives the run its mark back,
so the name is as printed. A mark inside a word ("Vavaʻu") was never a problem: the word opens
with its capital."""

from __future__ import annotations

import re

from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.runscan import RunScope

# The marks that write a glottal stop as a letter before a capital: the okina (U+02BB). The
# apostrophes and the turned comma are quotation marks too, and stay outside names.
GLOTTAL_MARKS = frozenset("\u02bb")


# A word that writes the glottal stop as an apostrophe inside it before a lower-case letter and
# once more at its end, after a letter no plural's possessive ends in ("K’elvochi’", "T’orrowe’",
# the Mayan peoples' and languages' names as the paper prints them): the last mark is a letter
# of the word, no possessive's nor a closing quotation mark's (sets DJ's and DZ's kind, branch
# junk46b). "Teachers’", "Kelvo’s" and "O’Kelly’" (a capital after the inner mark: an Irish
# surname, a quotation closing after it) have no such shape.
_CLOSING_GLOTTAL = re.compile(r"[^\W\d_]+['’][a-z][^\W\d_]*(?:['’][a-z][^\W\d_]*)*(?<![sSzZxX])['’]")


def closing_glottal(word: str) -> bool:
    """Is the apostrophe ending `word` a glottal stop written as a letter ("K’elvochi’")?"""
    return _CLOSING_GLOTTAL.fullmatch(word) is not None


def past_opening_mark(text: str, begin: int, end: int) -> int:
    """Where a word found at `begin` opens for the scanner: one past a glottal mark before a
    capital ("ʻOlotele" read from "O"), else `begin`."""
    if text[begin] in GLOTTAL_MARKS and begin + 1 < end and text[begin + 1].isupper():
        return begin + 1
    return begin


def opens_next(gap: str) -> bool:
    """The gap between two words of one name where the second opens with a glottal mark the
    scanner read past: one space and the mark ("Sione ʻUlufonua")."""
    return len(gap) == 2 and gap[0] in " \u00a0" and gap[1] in GLOTTAL_MARKS


def opening_marks(s: RunScope, runs: list[Run]) -> list[Run]:
    """Each run whose first word the scanner read past a glottal mark begins at the mark again
    (the name as printed: "ʻOlotele", not "Olotele")."""
    text = s.text
    for run in runs:
        b = run.begin
        if b >= 1 and text[b - 1] in GLOTTAL_MARKS and (b < 2 or not text[b - 2].isalnum()):
            run.begin = b - 1
    return runs
