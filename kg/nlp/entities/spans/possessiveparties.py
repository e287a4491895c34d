"""A party named for the people it speaks for, in the plural possessive, before a registry
party's name: "the Peoples’ Democratic Party", "the Farmers’ Labor Party" (issue 10, set BB,
branch ent83).

The registry holds parties by their bare names ("Democratic Party"), and its match is found
wherever the words stand; a capitalised plural with its apostrophe glued before it ("Peoples’ ")
was then a one-word run typed nothing, and the page's party was read as the registry's. A
plural possessive before a party's name is part of that name (no other party is "the Peoples’"
the registry's), so the two are one new organisation, and the registry's match is absorbed.
A registry place before a party is kg.nlp.entities.spans.nested `place_before_party`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp.entities.cues import edges
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

# a capitalised plural and its apostrophe, one space before the party: "Peoples’ ", "Farmers' "
_PLURAL_POSSESSIVE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+s)[’'] \Z")
# a capitalised word and its singular possessive, one space before the party: "People’s "
_SINGULAR_POSSESSIVE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)[’']s \Z")
_LOOKBACK = 40  # characters read before the party: a plural word and its apostrophe


def possessive_before_party(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """Runs and, for each registry party in region r with a capitalised plural possessive glued
    before it, one run holding both (the party's match absorbed); a run of the plural alone
    goes."""
    return _possessive_joined(text, r, runs, known, _PLURAL_POSSESSIVE, lambda word: True)


def common_possessive_before_party(text: str, r: Region, runs: list[Run], known: list[Match],
                                   lower: set[str]) -> list[Run]:
    """As `possessive_before_party`, for a singular possessive of a word the article also writes
    in lower case: "the People’s Democratic Party", the article saying "people" (ent99). A
    leader's possessive ("Dorrovic’s Socialist Party") names the party's leader, not the party:
    a name is never written in lower case, and a registry person's match is left alone."""
    return _possessive_joined(text, r, runs, known, _SINGULAR_POSSESSIVE, lambda word: word.lower() in lower)


def _possessive_joined(text: str, r: Region, runs: list[Run], known: list[Match], pattern: re.Pattern[str],
                       accept: Callable[[str], bool]) -> list[Run]:
    """Runs and, for each registry party in region r with a possessive of `pattern` glued before
    it whose word `accept`s, one run holding both."""
    for m in known:
        if not (r.begin <= m.begin < r.end) or m.how != "name" or m.entry.kind != "organization" \
                or not edges.party_name_head(m.entry.label.split()[-1]):
            continue
        before = pattern.search(text, max(r.begin, m.begin - _LOOKBACK), m.begin)
        if before is None or not accept(before.group(1)):
            continue
        b, e = before.start(1), before.end() - 1  # the word and its apostrophe ("’s")
        if any(k.begin <= b < k.end for k in known):
            continue  # "the Teamsters’ …": a registry body's own possessive
        runs = [run for run in runs if not (b <= run.begin and run.end <= e)]
        runs.append(Run(b, m.end, [(b, e, text[b:e]), (m.begin, m.end, text[m.begin:m.end])], False, [m]))
    return runs
