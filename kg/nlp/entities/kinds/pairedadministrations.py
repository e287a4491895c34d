"""The first of two heads of government named by surname before one plural noun: "the Harlan
and Dorrow administrations" (set BS's first measure, branch ent118).

"The Harlan administration" types Harlan a person (`contextrules.person_noun_after`, the
convention on a president's administration in bench/quality/README.md), but with a second
surname between them the noun is no longer right after the first name, which stayed untyped.
A one-word name, not a place the gazetteer knows, followed by " and ", one or two capitalised
words and a plural of `[paired_administrations] nouns` (kg/data/nlp/kinds.toml) is a person.
A NAME_RULES rule (kg.nlp.entities.kinds.namekinds), beside `person_noun_after`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_WINDOW = 60


@cached
def _after() -> re.Pattern[str]:
    nouns = phrase_pattern(load("kinds")["paired_administrations"]["nouns"])
    return re.compile(r" and [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:" + nouns + r")(?![\w-])")


def paired_administration(q: NameQuery) -> Kind | None:
    """"the Harlan and Dorrow administrations": Harlan (module docstring)."""
    if len(q.words) != 1 or q.place is not None:
        return None
    if _after().match(q.text[q.run.end:q.run.end + _WINDOW]) is None:
        return None
    return "person", True
