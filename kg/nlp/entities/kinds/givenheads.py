"""A person's name whose surname is an event's head word: "Tavo Flood", "Ana March" (set EO's
kind, branch type47).

The head word types a name before the given names do (`NAME_RULES`: "Carter Tire" is a firm,
whatever given name opens it), and for firms and bodies that order is right: a firm is named
for its founder. An event is not named for one person's given name and surname: a name of two
words, a given name the gazetteer knows then a singular event's head ([head_types] event:
"Flood", "March", "Fair", "Trial"), is the person the surname names, unless "the" stands
before it ("the Lena Flood": an event named for a place, "the Johnstown Flood"). A plural head
("… Games", "… Riots") names gatherings and is left to the head word, and so are the heads of
kg/data/nlp/kinds.toml [given_event_heads] `kept`, days and trophies named for a person's
given name ("Victoria Day", "the Stanley Cup"). Heads of other kinds that are surnames as
often (`surnames`: "Field", a ballpark's head) make a person after a given name too. A rule of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked right before the head word's kind.
"""

from __future__ import annotations

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, words
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_THE = r"(?<![\w’'-])[Tt]he\s+\Z"


@cached
def _kept() -> frozenset[str]:
    """The heads that stay events after a given name (kinds.toml [given_event_heads])."""
    return frozenset(words("kinds", "given_event_heads", "kept"))


@cached
def _surnames() -> frozenset[str]:
    """Heads of other kinds that are surnames after a given name ([given_event_heads])."""
    return frozenset(words("kinds", "given_event_heads", "surnames"))


def given_name_event_surname(q: NameQuery) -> Kind | None:
    """"Tavo Flood", "Ana March": a given name and an event's singular head, a person (weak)."""
    names = q.words
    event = q.cues.heads.get(q.head) == "event" and not q.head.endswith("s") and q.head not in _kept()
    if len(names) != 2 or names[1] != q.head or not (event or q.head in _surnames()) \
            or not q.ev.given_name_first(names) \
            or textwindow.before(_THE, q.text, q.run.begin, 5, cut=True):
        return None
    return "person", False
