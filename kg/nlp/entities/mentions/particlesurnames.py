"""A registry place that is a person's family name after a Spanish or Portuguese particle:
"President Miguel de la Kelvera", "Ana del Dorrow" where the registry lists a town "Kelvera"
(set CN's pass, branch ent132).

Spanish and Portuguese family names are often a particle and a place's name ("de la Madrid",
"de León", "del Río"); the registry's form matched the place, cut the person's name in two and
left the given name a person of its own. A one-word match of a city, place or country is
dropped when the words right before it are a particle (`place_surname_particles`) after a given
name the gazetteer knows (or a given name and a family name: "Ana Kelvo del Dorrow"), and none of
those words, nor the two together, is a place the gazetteer knows: "Santiago de Cuba", "San
Juan de Puerto Kelvo" are towns. The new-name step then reads the person whole. A declared rule
of kg.nlp.entities.mentions.keep `KEEP_RULES`.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.mentions.query import MentionQuery


@cached
def _given_and_particle() -> re.Pattern[str]:
    """A capitalised word or none, a given name and a particle, right before the match."""
    particles = sorted(load("entities")["place_surname_particles"], key=len, reverse=True)
    return re.compile(r"(?:(?<![\w’'.-])([A-Z][^\W\d_]*\.?) )?(?<![\w’'.-])([A-Z][^\W\d_]+) (?:"
                      + "|".join(map(re.escape, particles)) + r") \Z")


def place_after_name_particle(q: MentionQuery) -> bool:
    """The match is a one-word place after a given name and a particle: a family name (module
    docstring)."""
    m, text = q.m, q.text
    word = text[m.begin:m.end]
    if not q.place or " " in word or word.isupper():
        return False
    found = textwindow.before(_given_and_particle(), text, m.begin, 60, cut=True)
    if found is None:
        return False
    g = gazetteer()
    first, last = found.group(1), found.group(2)
    if first is not None and g.place_kind(f"{first} {last}") is not None:
        return False
    if g.is_given_name(last) and g.place_kind(last) is None:
        return True
    # "Ana Kelvo del Dorrow": a given name and a family name before the particle
    return first is not None and g.is_given_name(first) and g.place_kind(first) is None \
        and g.place_kind(last) is None
