"""A building named in apposition with a building's noun: "the pickets took over Kelvo Dorrow
House, the union's old office building," (branch ent124).

A building named for a person opens with the person's given name, so the given-name rule typed
it a person, and a head such as "House" or "Hall" is a surname too, no head word of a place.
An apposition right after the name that ends in a building's noun (kg/data/nlp/kinds.toml
`[apposed_buildings] nouns`: "the old office building", "a student residence"), opened by an
article or a possessive determiner, no preposition before the noun ("a worker at the library"
is a person's role), and closed by a comma, a full stop or a clause's word, says
what the name is: the building, a place, strongly. A noun in the possessive or before another
noun ("the building's owner", "the hall manager") is no such apposition. It runs among the
appositions, before the person's cues; kg.nlp.entities.kinds.namekinds `NAME_RULES` holds it."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _apposition() -> re.Pattern:
    """", the <up to three lower-case words> <building noun>" closed where the phrase ends."""
    nouns = phrase_pattern(load("kinds")["apposed_buildings"]["nouns"])
    return re.compile(r",[ \t]+(?:the|a|an|its|their)[ \t]+"
                      r"(?:(?!(?:at|of|in|on|for|from|with|by|to|and|or)[ \t])[a-z][\w-]*[ \t]+){0,3}?"
                      r"(?:" + nouns + r")(?=[ \t]*[,.;:)]|[ \t]+(?:that|which|where|on|in|at|of|near)\b)")


def building_apposed(q: NameQuery) -> Kind | None:
    """A name in apposition with a building's noun: a place, strong; else None."""
    if q.run.title or len(q.words) < 2 or textwindow.after(_apposition(), q.text, q.run.end, 80) is None:
        return None
    return "place", True
