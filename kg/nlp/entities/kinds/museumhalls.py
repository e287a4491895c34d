"""A museum named with its hall: "the Kelvo Museum and Cultural Center", "the Dorrow Museum and
Visitor Centre" (set BY, branch ent123).

"Center" ends a body's name (`[head_types] organization`), so such a museum was typed an
organisation, though the page has people walk its rooms and volunteer there: the building, a
place, as the convention on museums reads it where the page stands in it. The museum's word,
"and", at most one word and a hall's word (kg/data/nlp/kinds.toml `[museum_halls]`) ending the
name say so; "Cultural Center" alone is left to the other rules (a body as often). A rule of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked before the compound heads."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _museum_hall() -> re.Pattern:
    c = load("kinds")["museum_halls"]
    return re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["museums"]) + r") and (?:[A-Z][\w’'-]* )?(?:"
                      + phrase_pattern(c["halls"]) + r")\Z")


def museum_hall(q: NameQuery) -> Kind | None:
    """A name ending in "Museum and <Word> Center": a place; else None."""
    if len(q.words) >= 4 and _museum_hall().search(q.label):
        return "place", False
    return None
