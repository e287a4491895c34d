"""A sports team named for its city or state and a nickname: "the Kelvo City Marlins", "the
Dorrow Gales", and the nickname alone after it ("the Marlins"; set EO's kind, branch type47).

Such a name has no head word: its last words are a nickname, a plural noun ("Marlins"), a
weather word ("Gales") or two words ("Red Caps"). The rules read its first words, a city the
gazetteer knows, and the typer, weighing them, made a place of it; the nickname alone was left
untyped. On a page about a sport (kg/data/nlp/kinds.toml [sports_teams] `words`, at least
`min_words` distinct ones in lower case) a name that is a known place and one or two
capitalised words is a team, an organisation, unless those words are a head word ("… County",
"… Times", "… Teamsters"), a group word ("… Democrats") or a newspaper's head
(`periodical_context_heads`: "the Kelvo Star"), or the place is a given name too ("Orlando
Dorrow", "Austin Kelvo": a player, a person). A nickname of one or two words the page writes
after such a place elsewhere is the same team, unless that place is one word spelled as a given
name that the registry does not know and the nickname no plural ("<Given> <Surname>": a
person's surname). A rule of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, after the head words and the periodicals'
context, before the people's and the places' rules.
"""

from __future__ import annotations

import functools
import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_WORD = re.compile(r"[a-z]+")
_NICK = re.compile(r"[A-Z][a-z]+")


@cached
def _data() -> tuple[int, frozenset[str]]:
    c = load("kinds")["sports_teams"]
    return int(c["min_words"]), frozenset(c["words"])


def _sports_page(text: str) -> bool:
    """Whether the page is about a sport: enough distinct sport words in lower case, as the
    bound data folder counts them (a build with its own folder gets its own answer)."""
    least, sport = _data()
    return _enough_sport_words(text, least, sport)


@functools.lru_cache(maxsize=8)
def _enough_sport_words(text: str, least: int, sport: frozenset[str]) -> bool:
    # keyed by the folder's list as well as the page: `@cached` would keep every page's text
    # for the life of the folder, and the rule asks once per candidate name on a page
    return len(sport.intersection(_WORD.findall(text))) >= least


def _nickname(q: NameQuery, words: list[str]) -> bool:
    """One or two plain capitalised words no head word, group word or paper's head types."""
    cues, ev = q.cues, q.ev
    return 1 <= len(words) <= 2 and all(_NICK.fullmatch(w) for w in words) \
        and not any(w in cues.heads or cues.group(w) or w in cues.titles for w in words) \
        and words[-1] not in ev.periodical_context_heads and not ev.place_kind(" ".join(words))


def _place_then(q: NameQuery, words: list[str]) -> int:
    """How many of the first words are a place the gazetteer knows, leaving a nickname (0:
    none)."""
    if q.ev.gazetteer.is_given_name(words[0]):
        return 0  # "Orlando Cepeda", "Austin Dorrow": a person whose given name is a town's
    for k in range(len(words) - 1, 0, -1):
        if q.ev.place_kind(" ".join(words[:k])) and _nickname(q, words[k:]):
            return k
    return 0


def _written_after_place(q: NameQuery) -> bool:
    """The page writes the name right after a place the gazetteer knows somewhere ("the Kelvo
    City Marlins" for "Marlins"), the place's words right before it."""
    for m in re.finditer(rf"((?:[A-Z][\w.’'-]*[ \t]+){{1,3}}){re.escape(q.label)}(?![\w’'-])", q.text):
        before = m.group(1).split()
        for k in range(len(before)):
            # "<Given> <Surname>": a small town spelled as a given name (no registry place) before
            # a surname is a person's name, unless the name is a plural ("<Town> Marlins")
            at = m.start(1) + len(" ".join(before[:k])) + (1 if k else 0)
            given = k == len(before) - 1 and q.ev.gazetteer.is_given_name(before[k]) \
                and not q.label.endswith("s") and not any(x.begin == at for x in q.known)
            if q.ev.place_kind(" ".join(before[k:])) and not given:
                return True
    return False


def sports_team(q: NameQuery) -> Kind | None:
    """A known place and a nickname on a sports page, or the nickname alone where the page
    writes it after such a place: a team, an organisation (weak; module docstring)."""
    if not 1 <= len(q.words) <= 5 or not _sports_page(q.text):
        return None
    if _place_then(q, q.words) or _nickname(q, q.words) and _written_after_place(q):
        return "organization", False
    return None
