"""A floor's or a suite's word inside a street address ("Write to 306 Kelvin St., 12th Floor,
Dorrow"; issue 10, set BV, branch ent109).

The scanner reads "Floor" after an ordinal as a one-word name, and the places listed around it
(the street, the town) typed it a place: a name of nothing. After an ordinal number ("12th
Floor") or between the address's comma and its number (", Suite 210") such a word
(`[address_units] words`, kg/data/nlp/boundaries.toml) is part of the address, never a name of
its own; a run that is only that word goes. "Unit" and "Level" are left out: "Unit 731" names
a body. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run

_ORDINAL_BEFORE = re.compile(r"\d+(?:st|nd|rd|th) \Z")
_COMMA_BEFORE = re.compile(r", \Z")
_NUMBER_AFTER = re.compile(r" \d")


@cached
def _words() -> frozenset[str]:
    return frozenset(load("boundaries")["address_units"]["words"])


def address_units(text: str, runs: list[Run]) -> list[Run]:
    """The runs but those that are an address's floor or suite word alone (module docstring)."""
    return [run for run in runs if not _address_unit(text, run)]


def _address_unit(text: str, run: Run) -> bool:
    if run.title or len(run.words) != 1 or run.words[0][2] not in _words():
        return False
    before = text[max(0, run.begin - 8):run.begin]
    return bool(_ORDINAL_BEFORE.search(before)) \
        or bool(_COMMA_BEFORE.search(before) and _NUMBER_AFTER.match(text, run.end))
