"""People named beside the body they lead or the office they hold (branch ent21).

The paper names a party by its leader ("the Kelvish Unionist Party of Dana Ortiz"), an official
by the agency's initials and the office ("FRA Administrator Dana Ortiz", "NTSB Chairman Arlo
Venn") and a cabinet member by the portfolio ("Secretary of Transportation Dana Ortiz",
"Minister for Health Aoife Kelvin"). The capitalised run that joins them is two things or one
person, never one name: the party and its leader, the agency and its officer, the person alone
(a portfolio is no name of its own).
kg.nlp.entities.names calls these while it cuts runs of capitalised words into names; the words
are data (`[leaders]` in kg/data/nlp/entities.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.capitals import INITIALS
from kg.nlp.entities.cues.evidence import evidence


@dataclass(frozen=True)
class _Leaders:
    heads: frozenset[str]  # a party's or a body's head before "of" and its leader's name
    rulers: frozenset[str]  # a government's head, after which "of" names its ruler
    portfolio: re.Pattern  # "Secretary of ", "Minister for the " right before a run


@cached
def _leaders() -> _Leaders:
    c = load("entities")["leaders"]
    offices = phrase_pattern(c["portfolio_titles"])
    links = phrase_pattern(c["portfolio_links"])
    return _Leaders(frozenset(c["heads"]), frozenset(c["rulers"]),
                    re.compile(r"(?<![\w’'-])(?:" + offices + r")\s+(?:" + links + r")\s+"
                               r"(?:[A-Z][\w’'-]*(?:,\s+|\s+and\s+))*$"))


def _full_name(ws: list[str], cues: Any) -> bool:
    """A person's full name: a given name and one or two capitalised words, none a head word,
    none a place the gazetteers know ("Virginia Beach" is a town)."""
    ev = evidence()
    return 2 <= len(ws) <= 3 and ev.gazetteer.is_given_name(ws[0]) \
        and all(w[:1].isupper() and w not in cues.heads and w not in cues.titles for w in ws) \
        and ev.place_kind(" ".join(ws)) is None


def leads(word: str) -> bool:
    """A party's or a body's head that a leader's name may follow after "of" (`heads`)."""
    return word in _leaders().heads


def leader_after_of(ws: list[str], cues: Any) -> int:
    """"the Kelvish Unionist Party of Dana Ortiz": where a party's or a body's head (`heads`:
    Party, Union, Front, Movement …) stands before "of" and a person's full name ends the run,
    the index the person's name starts at, or 0. The head list leaves out "University",
    "Bank", "Daughters", a work's "Autobiography": what they are "of" is their own name."""
    for k in range(2, len(ws) - 1):
        if ws[k - 1] == "of" and ws[k - 2] in _leaders().heads and (
                _full_name(ws[k:], cues) or ws[k - 2] in _leaders().rulers and _ruler_name(ws[k:], cues)):
            return k
    return 0


def _ruler_name(ws: list[str], cues: Any) -> bool:
    """After a government's head and "of" ("the Kelvo Regional Government of Masvan Dorzani"),
    two or three capitalised words that are no common English word, no head or title and no
    place the gazetteers know are the ruler's name, though the gazetteer knows no given name in
    them (set BB, branch ent83: the whole was one body). Common words name the government itself
    ("Government of National Unity"); a place names its land ("Government of Nova Scotia")."""
    from kg.nlp.entities.spans.joins import common_word

    return 2 <= len(ws) <= 3 \
        and all(w[:1].isupper() and w not in cues.heads and w not in cues.titles
                and not common_word(w) for w in ws) \
        and evidence().place_kind(" ".join(ws)) is None \
        and all(evidence().place_kind(w) is None for w in ws)


def person_after_portfolio(text: str, begin: int, ws: list[str], cues: Any) -> int:
    """"Secretary of Transportation Dana Ortiz", "Minister of the Interior Arlo Venn", "Minister
    for Health Aoife Kelvin": a run right after an office and "of" or "for" (`portfolio_titles`,
    `portfolio_links`) that ends in a person's full name is the portfolio's words, then the
    person: the index the person's name starts at, or 0. A portfolio of two fields ("Minister
    for Employment and Workplace Relations Dana Ortiz") is read from the office on: the run
    after "and" is its second field and the person."""
    if len(ws) < 3 or not textwindow.before(_leaders().portfolio, text, begin, 90):
        return 0
    for k in range(1, len(ws) - 1):
        if _full_name(ws[k:], cues) and not any(w in cues.heads for w in ws[:k]):
            return k
    return 0


def agency_acronym(word: str) -> bool:
    """"FRA" in "FRA Administrator Dana Ortiz": capitals before an office and a person's name
    are the body the person serves, an organisation of its own (not a place the gazetteers
    know: "NYC Mayor …" is the registry's city, matched before this)."""
    return bool(INITIALS.fullmatch(word)) and evidence().place_kind(word) is None
