"""A person's name whose surname is an event's head word: "Tavo Flood", "Ana March" (set EO's
kind, branch type47).

The head word types a name before the given names do (`NAME_RULES`: "Carter Tire" is a firm,
whatever given name opens it), and for firms and bodies that order is right: a firm is named
for its founder. An event is not named for one person's given name and surname: a name of two
words, a given name the gazetteer knows then a singular event's head ([head_types] event:
"Flood", "March", "Fair", "Trial"), is the person the surname names, unless "the" stands
before it ("the Lena Flood": an event named for a place, "the Johnstown Flood"). A plural head
("… Games", "… Riots") names gatherings and is left to the head word. A rule of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked right before the head word's kind.
"""

from __future__ import annotations

from kg.nlp import textwindow
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_THE = r"(?<![\w’'-])[Tt]he\s+\Z"


def given_name_event_surname(q: NameQuery) -> Kind | None:
    """"Tavo Flood", "Ana March": a given name and an event's singular head, a person (weak)."""
    words = q.words
    if len(words) != 2 or q.cues.heads.get(q.head) != "event" or words[1] != q.head \
            or words[1].endswith("s") or not q.ev.given_name_first(words) \
            or textwindow.before(_THE, q.text, q.run.begin, 5, cut=True):
        return None
    return "person", False
