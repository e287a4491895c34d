"""A camp or a settlement its people named ("in a protest camp the strikers called Kelvograma", "a
shantytown called Dorrow Hill"; set CF, branch ent119): the name after the verb of naming is the
place's. Nothing in such a coined name says a place: its words are no town the gazetteer knows,
and a name with capitals inside ("KelvoGoGrama") or in a sentence that opens on people staying
"at" a place was read as a firm's by the employer's frame.

`settlement_named` types a name a place, strong, where the words before it, within a sentence,
are a noun of a settlement (kg/data/nlp/namedplaces.toml `nouns`), at most two words and a
verb of naming (`verbs`). kg.nlp.entities.kinds.namekinds runs it beside `colony_named`, before
the frames of a firm.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _before() -> re.Pattern:
    data = load("namedplaces")
    return re.compile(r"(?<![\w’'-])(?:a|an|the|their|our)\s+(?:" + phrase_pattern(data["nouns"])
                      + r")\s+(?:[a-z]+\s+){0,2}?(?:" + phrase_pattern(data["verbs"]) + r")\s+\Z")


def settlement_named(q: NameQuery) -> Kind | None:
    """A name right after "a protest camp the strikers called" and its kin: a place, strong;
    else None."""
    if textwindow.before(_before(), q.text, q.run.begin, 60):
        return q.ev.place_kind(q.label) or "place", True
    return None
