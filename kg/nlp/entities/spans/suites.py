"""A suite, a room or a flat by its number after an address ("… 34th St., Suite K-12A", "Apt.
4B"): a part of the building the address names, no name of its own (ent111, set BX).

The address's run (kg.nlp.entities.spans.addresses) ends at its street's type; the suite after
the comma opened a run of its own, "Suite K-12A", or one glued over the full stop to the phone's
label ("Suite B. Tel"), kept untyped as junk. A run whose first word is a unit's designator
(kg/data/nlp/cutnames.toml `unit_designators`) and whose second is a code (a digit in it, or
one or two capitals alone) is dropped; a designator alone before a code that opens no run of
its own ("Apt. 4C") goes too; a designator before a word ("Room to Breathe", a title) is left
alone. "Unit" is such a designator only right after an address and its comma
(`unit_designators_after_address`). A floor's word after an ordinal number goes too ("306
Kelvin St., 12th Floor": the scanner read "Floor" as a one-word name, which the places listed
around it typed a place; set BV, ent109). The address convention (bench/quality/README.md)
lists the house number and street; the suite is optional. kg.nlp.entities.spans.regionsteps
runs `suite_numbers` last.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.addresses import compass_codes, street_types
from kg.nlp.entities.spans.runs import Run

_ORDINAL_BEFORE = re.compile(r"\d+(?:st|nd|rd|th) \Z")
_CODE = re.compile(r"(?:[\w-]*\d[\w-]*|[A-Z]{1,2})\.?\Z")


@cached
def _designators() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in load("cutnames")["unit_designators"])


@cached
def _designators_after_address() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in load("cutnames")["unit_designators_after_address"])


@cached
def _address_before() -> re.Pattern[str]:
    """A street's type, its quarter after it or not, a full stop, then a comma and a space,
    right before the unit ("… Central Ave. NE, Unit B", "… Kelvin St., Unit 4")."""
    compass = "|".join(map(re.escape, compass_codes()))
    return re.compile(r"\b(?:" + street_types() + r")\.?(?: (?:" + compass + r")\.?)?, \Z")


_CODE_AFTER = re.compile(r"\.?[ \u00a0]+(?:[\w-]*\d[\w-]*|[A-Z]{1,2})(?![\w’'-])")


def suite_numbers(text: str, runs: list[Run]) -> list[Run]:
    """The runs of one region but those naming a unit of a building by its code."""
    return [run for run in runs if not _is_suite(text, run)]


def _is_suite(text: str, run: Run) -> bool:
    """The designator and a code inside the run ("Suite K-12A"), or the designator alone with
    the code after it, which opens no run ("Apt. 4C": a digit first), or after an ordinal
    ("12th Floor")."""
    words = [w for (_b, _e, w) in run.words]
    if not words or run.kind is not None or run.title:
        return False
    if words[0].rstrip(".") not in _designators() and not (
            words[0].rstrip(".") in _designators_after_address()
            and _address_before().search(text, max(0, run.begin - 40), run.begin)):
        return False
    if len(words) == 1:
        return (_CODE_AFTER.match(text, run.end) is not None
                or _ORDINAL_BEFORE.search(text, max(0, run.begin - 8), run.begin) is not None)
    return _CODE.match(words[1]) is not None
