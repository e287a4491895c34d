"""A city called by its initials ("KC" for a "Kelvin City" the article names in full): the paper
writes "LA" in a headline or a worker's words for a city its text names whole. An all-capitals
word of two or three letters, in a line of mixed case, whose letters are the initials of exactly
one registry city or place of as many words that the article names in full (anywhere, since a
deck may abbreviate what the body spells out), names that place. Not after a comma, where two
capitals are a state's postal code ("Baton Rouge, LA"). Read from the article's own matches: no
city is named here (set Z, branch ent41).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.nlp.entities.registry.surface import Match

_INITIALS = re.compile(r"(?<![\w.’'&-])([A-Z]{2,3})(?![\w.’'&-])")
_LOWER = re.compile(r"[a-z]")
_PLACE_KINDS = ("city", "place")


def _initials(label: str) -> str:
    words = label.split()
    return "".join(w[0] for w in words) if len(words) > 1 and all(w[:1].isupper() for w in words) else ""


def city_initials(text: str, spans: Iterable[tuple[int, int]], accepted: list[Match]) -> list[Match]:
    """New matches of the places in `accepted` (named in full) where their initials stand
    alone within `spans` (the regions read), outside every match of `accepted`."""
    by_initials: dict[str, dict[str, Match]] = {}
    for m in accepted:
        if m.entry.kind in _PLACE_KINDS and m.how == "name":
            ini = _initials(m.entry.label)
            if ini:
                by_initials.setdefault(ini, {})[m.entry.key] = m
    if not by_initials:
        return []
    out: list[Match] = []
    for begin, end in spans:
        for hit in _INITIALS.finditer(text, begin, end):
            places = by_initials.get(hit.group(1), {})
            if len(places) != 1 or re.search(r",\s*$", text[max(begin, hit.start() - 3):hit.start()]):
                continue
            line_start = text.rfind("\n", 0, hit.start()) + 1
            line_end = text.find("\n", hit.end())
            if not _LOWER.search(text[line_start:line_end if line_end >= 0 else len(text)]):
                continue  # a line of capitals: a heading's or a dateline's
            if any(m.begin < hit.end() and hit.start() < m.end for m in accepted):
                continue
            full = next(iter(places.values()))
            out.append(Match(hit.start(), hit.end(), full.entry, None, "acronym"))
    return out
