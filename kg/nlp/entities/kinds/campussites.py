"""A hospital's or a college's site by its own name before "campus" ("Kelvo Health’s Dorrow
campus", "the Tallow campus"): a place, its bare name, as a mine by name is (bench/quality/
README.md's convention on a site by name with a lower-case noun).

Systems of hospitals and colleges name their sites after a benefactor, a street or a district,
and the name is often one word a given name spells too ("Tallis", "Weiler"), which the rules
after would make a person of, or leave untyped. A name with no head word of its own (a head
types it: "the Kelvo University campus" stays the university), after "the" or an owner's
possessive and right before a noun of kinds.toml `[campus_sites] nouns`, is a place, weakly. A
rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked with the other sites' nouns after a
name (set CJ, branch ent126)."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

# "the ", or an owner's possessive ("Kelvo Health’s "), right before the name
_OWNED = re.compile(r"(?:(?<![\w’'-])the|[A-Z][\w.-]*[’']s)[ \t]+\Z")


@cached
def _after() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, load("kinds")["campus_sites"]["nouns"]))
    return re.compile(r"[ \t]+(?:" + nouns + r")(?![\w’'-])")


def campus_site(q: NameQuery) -> Kind | None:
    """A place, weak, for a head-less name between "the" or a possessive and "campus"; else None."""
    if not _after().match(q.text, q.run.end) or q.head in q.cues.heads:
        return None
    if textwindow.before(_OWNED, q.text, q.run.begin, 60) is None:
        return None
    return "place", False
