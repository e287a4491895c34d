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
