"""A name followed by the noun it is known by: "cleaners at Kelvo, as the university is called,"
(branch ent124).

A short or familiar name ("Kelvo" for the University of Kelvo) said right after "at" is read
as a place by the locative frame, though the clause after it says what it is. ", as the <noun>
is known" (or "called", "nicknamed") right after the name gives the noun's kind, as "the
airport, known here as KJTA" does for the name after it (kg.nlp.entities.cues.phrases
`named_as`, whose nouns this reads: kg/data/nlp/kinds.toml `[phrases] known_as_place_nouns`, a
place; entities.toml `[evidence] organization_apposition`, a body; `person_roles`, a person).
kg.nlp.entities.kinds.namekinds `NAME_RULES` holds it among the appositions."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _as_known() -> re.Pattern:
    """", as the <up to two words> <noun> is known" right after a name, the noun in its group."""
    e = load("entities")
    places = phrase_pattern(load("kinds")["phrases"]["known_as_place_nouns"])
    bodies = phrase_pattern(e["evidence"]["organization_apposition"])
    roles = phrase_pattern(e["person_roles"])
    return re.compile(r",?[ \t]+as[ \t]+(?:the|this|that|its|their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"
                      rf"(?:(?P<place>{places})|(?P<body>{bodies})|(?P<role>{roles}))"
                      r"[ \t]+is[ \t]+(?:known|called|nicknamed)(?![\w’'-])")


def known_by_noun_after(q: NameQuery) -> Kind | None:
    """The kind of the noun ", as the <noun> is known" after the name gives; else None."""
    m = textwindow.after(_as_known(), q.text, q.run.end, 80)
    if q.run.title or m is None:
        return None
    if m.group("place"):
        return q.place or "place", True
    return ("organization" if m.group("body") else "person"), True
