"""Cue lists of the reader, kept as data in kg/data/reader/ (see docs/reader.md)."""

from __future__ import annotations

import re
from functools import cache

from kg.config import DATA_DIR

READER_DATA = DATA_DIR / "reader"


def _entries(name: str) -> list[str]:
    out = []
    for line in (READER_DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def continuation_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _entries("continuation-words.txt"))


@cache
def closings() -> frozenset[str]:
    return frozenset(w.lower() for w in _entries("closings.txt"))


@cache
def salutation_words() -> tuple[str, ...]:
    return tuple(_entries("salutations.txt"))


@cache
def chrome_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _entries("chrome.txt"))


@cache
def part_headings() -> dict[str, str]:
    """Lower-cased heading line → part kind ('notes', 'related')."""
    table = {}
    for entry in _entries("sections.txt"):
        kind, heading = entry.split("\t", 1)
        table[heading.strip().lower()] = kind.strip()
    return table


def is_chrome(text: str) -> bool:
    return any(p.search(text) for p in chrome_patterns())
