"""A count of a work's copies before its title ("Copies of Kelvin Nights, published by …"): the
noun and "of" open the sentence, not the title (kg/data/nlp/cutnames.toml `count_nouns`; sets AR
and AS, branch ent71). Apart from kg.nlp.entities.spans.cutnames so that titles.py, which the
runs' modules import, can call it without a cycle."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern


@cached
def _data() -> dict:
    return load("cutnames")


@cached
def _count_of() -> re.Pattern:
    return re.compile(phrase_pattern(_data()["count_nouns"]) + r" of (?=[A-Z“\"‘])")


def after_count_of(text: str, start: int, end: int) -> int:
    """Where a title found from `start` begins: past a count of its copies and "of" ("Copies of
    Kelvin Nights, published by …": the title is "Kelvin Nights"), else `start`."""
    m = _count_of().match(text, start, end)
    return m.end() if m is not None else start


# "… and 20 of Kelvin Nights", "…, 34 copies of …": a count in figures, a count noun in lower case
# or none, and "of", after "and" or a comma, inside a list of what was sold
_LISTED_COUNT = re.compile(r"(?:,| and) \d[\d,]*(?: [a-z]+)? of (?=[A-Z“\"‘])")


def after_listed_count(text: str, start: int, end: int) -> int:
    """Where a title that ends at `end` begins when a count of another work's copies stands
    inside the stretch from `start` ("Kelvin’s Last Stand and 20 of Nine Nights in Dorrow by
    …": the title is "Nine Nights in Dorrow"): past the last count, else `start`. A title holds
    no figure followed by "of" after its own "and" or comma (branch passW44)."""
    last = None
    for m in _LISTED_COUNT.finditer(text, start, end):
        last = m
    return last.end() if last is not None else start
