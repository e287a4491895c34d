"""A place after "in the" with an apposition that describes the clause's subject, not the place:
"She grew up in the Kelvo Highlands, the daughter of a miner" (set BN, branch ent100). The role
after the comma ("the daughter of", "a teacher") made the name a person (textrules'
`role_apposition`); but a person is never named after "in the", "at the" or "near the": the
article there says the name is a place's or a region's, and the apposition goes back to "she".

`place_before_apposition` types such a name a place (weakly: a stronger cue elsewhere in the
text still wins) when a role follows it; kg.nlp.entities.kinds.namekinds runs it right before
`role_apposition`. A body's head ("in the Kelvo Workers Union, a member since 1990") is left to
the head-word rules."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

# "in the ", "at the ", "near the " right before the name (any case of the preposition)
_IN_THE = re.compile(r"(?<![\w’'-])(?:[Ii]n|[Aa]t|[Nn]ear)\s+the\s+\Z")


def place_before_apposition(q: NameQuery) -> Kind | None:
    """A place where the name, after "in the" (or "at the", "near the"), has a role apposed after
    it and no body's head; else None."""
    if q.cues.role_after.match(q.text, q.run.end) and textwindow.before(_IN_THE, q.text, q.run.begin, 12) \
            and q.cues.heads.get(head_word(q.label, q.cues)) is None:
        return q.place or "place", False
    return None
