"""A river named by what it does in a flood ("the Dorra burst its banks and flooded Kelvapur";
set BK's kinds, branch ent96): only a river breaks, bursts or overflows its banks, and the
name before it, no place the gazetteer knows, was typed a firm by the shape "<name> <verb>
its …" ("Kelvane dropped its bid"). After "the", a name whose next words are one or two verbs
and "its" and one of a river's nouns (kg/data/nlp/kinds.toml `[river_banks] nouns`) is a place,
strongly. kg.nlp.entities.kinds.namekinds runs `river_banks` among the text's cues, before the
firm's shapes."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_THE = re.compile(r"(?<![\w’'-])[Tt]he\s+\Z")


@cached
def _after() -> re.Pattern[str]:
    """" burst its banks", " has overflowed its banks" right after a name."""
    nouns = phrase_pattern(load("kinds")["river_banks"]["nouns"])
    return re.compile(r"\s+(?:[a-z]+\s+){1,2}?its\s+(?:" + nouns + r")(?![\w’'-])")


def river_banks(q: NameQuery) -> Kind | None:
    """A place where the name, after "the", bursts its banks; else None."""
    if textwindow.before(_THE, q.text, q.run.begin, 5) and _after().match(q.text, q.run.end) \
            and not q.ev.given_name_first(q.words):
        return q.place or "place", True
    return None
