"""A name with the apposition "one of the … districts" (issue 10, set BV, branch ent109):
"the ruins of Kelvo Dorra, one of the poorer quarters by the old harbor,".

textrules' `placed_by_apposition` reads a settlement's noun in the singular after "a", "an" or
"the" (", an industrial city near Cairo,"); the apposition that makes the name one of several
("one of the … districts") went unread, and a given name opening the name ("Dorra") made it a
person. "one of" and "the" (or a possessive determiner, or a name's possessive), up to three
words and a plural noun of `[one_of_places] nouns` (kg/data/nlp/kinds.toml) after the name's
comma say a place. A body's head ending the name ("Kelvo Workers Union, one of the …") leaves
it to the head-word rules. A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, tried right
after `placed_by_apposition`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _one_of() -> re.Pattern[str]:
    nouns = phrase_pattern(load("kinds")["one_of_places"]["nouns"])
    return re.compile(r",\s+one\s+of\s+(?:the|its|their|his|her|our|[A-Z][\w-]*[’']s)\s+"
                      r"(?:(?!(?:of|at|in|for|with|by|to|on|from|and|or)\s)[\w’'-]+\s+){0,3}?"
                      r"(?:" + nouns + r")(?![\w’'-])")


def one_of_places(q: NameQuery) -> Kind | None:
    """A place where "one of the … <places>" is apposed to the name and no body's head ends
    it; else None."""
    if _one_of().match(q.text, q.run.end) and q.cues.heads.get(head_word(q.label, q.cues)) is None:
        return q.ev.place_kind(q.label) or "place", True
    return None
