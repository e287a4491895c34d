"""A land named after the word for a colony ("the former Dorrish colony of Kelvo Alta, which
won its independence …"): a place, whatever the clause after it says (ent111, set BX).

`contextrules.speaker` types a name of two words a person where ", who" follows it ("…, who
led the peasants"); a colony's name takes such a clause too, for the people who rose in it.
The noun before the name says a land ("colony of", "protectorate of": kg/data/nlp/kinds.toml
`[colonies] before`, case-insensitive, an article may stand between), so the name is a place,
strong. kg.nlp.entities.kinds.namekinds runs `colony_named` right before the speaker's rule.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _before() -> re.Pattern:
    return re.compile(r"(?<![\w’'-])(?i:" + phrase_pattern(load("kinds")["colonies"]["before"])
                      + r")\s+(?:the\s+)?\Z")


def colony_named(q: NameQuery) -> Kind | None:
    """A name right after "colony of" and its kin: a place, strong; else None."""
    if textwindow.before(_before(), q.text, q.run.begin, 40):
        return q.ev.place_kind(q.label) or "place", True
    return None
