"""A city called by its initials ("KC" for a "Kelvin City" the article names in full): the paper
writes "LA" in a headline or a worker's words for a city its text names whole. An all-capitals
word of two or three letters, in a line of mixed case, whose letters are the initials of exactly
one registry city or place of as many words that the article names in full (anywhere, since a
deck may abbreviate what the body spells out), names that place. Not after a comma, where two
capitals are a state's postal code ("Baton Rouge, LA"). Read from the article's own matches: no
city is named here (set Z, branch ent41).

A registry organisation of two or three words is called so too, after "the" ("the KR" for a
"Kelvo Railway" the article names in full: the paper's short form for a railroad, a party or a
union in running text and in workers' words), by the same test: exactly one organisation or place
of those initials named in full, a line of mixed case. The article "the" is asked for since two
or three capitals alone are often a state's code or a unit's, and the initials must stand alone:
a capitalised word after them makes them the opening of a longer name ("the KR National
Committee") (branch passW44).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.nlp.entities.registry.surface import Match

_INITIALS = re.compile(r"(?<![\w.’'&-])([A-Z]{2,3})(?![\w.’'&-])")
_LOWER = re.compile(r"[a-z]")
_PLACE_KINDS = ("city", "place")
_BODY_KINDS = ("organization",)
_THE = re.compile(r"(?<![\w’'-])[Tt]he\s\Z")
# a capitalised word or a figure glued after the initials: a longer name they open ("the KR
# National Committee", "the KR Pay Review Body"), not the body alone
_GOES_ON = re.compile(r"[ \u00a0]+[A-Z0-9]|-\w")


def _initials(label: str) -> str:
    words = label.split()
    return "".join(w[0] for w in words) if len(words) > 1 and all(w[:1].isupper() for w in words) else ""


def city_initials(text: str, spans: Iterable[tuple[int, int]], accepted: list[Match]) -> list[Match]:
    """New matches of the places and organisations in `accepted` (named in full) where their
    initials stand alone within `spans` (the regions read), outside every match of `accepted`;
    an organisation's after "the" only."""
    by_initials: dict[str, dict[str, Match]] = {}
    for m in accepted:
        if m.entry.kind in _PLACE_KINDS + _BODY_KINDS and m.how == "name":
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
            if full.entry.kind in _BODY_KINDS \
                    and (not _THE.search(text, max(begin, hit.start() - 5), hit.start())
                         or _GOES_ON.match(text, hit.end())):
                continue  # a body's initials after "the" only, alone: "the KR", not "the KR Council"
            out.append(Match(hit.start(), hit.end(), full.entry, None, "acronym"))
    return out
