"""A union named right after its noun ("The dockworkers union KLV Dorrwerk said 9,000 members
joined"): a name of two words that a verb of saying follows read as a speaker, a person, though
the words before it say what it is (set BW, branch ent110).

An article or a possessive determiner, up to four words (the trades it organises), then a body's
noun of `[evidence] union_nouns_before_name` (entities.toml: "union", "federation") and the
name, nothing between: the name is that body, unless a given name opens it ("the union Dana
Ortiz leads": the person who leads it; a union's member or leader is named after the role
otherwise: "union steward Ana Ruiz"). A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`,
asked before the speaker's."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _noun_before() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, load("entities")["evidence"]["union_nouns_before_name"]))
    return re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w’'-]*,?\s+(?:and\s+)?){0,4}"
                      r"(?:" + nouns + r")\s+\Z")


def union_after_noun(q: NameQuery) -> Kind | None:
    """An organisation (strongly) where a union's noun stands right before the name; else None."""
    if q.ev.gazetteer.is_given_name(q.words[0]):
        return None  # "the union Maria Ortiz leads": the person who leads it
    if textwindow.before(_noun_before(), q.text, q.run.begin, 80) is not None:
        return "organization", True
    return None
