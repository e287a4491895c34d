"""A Korean name written family name first, its given name as two syllables with no hyphen:
"Kim Dae Jung", "Roh Moo Hyun" as the press of their years printed them (issue 10, set BU's
kinds, branch ent108).

No given name the gazetteer knows opens or ends such a name, and no family name's ending, so it
was left untyped. Three plain capitalised words, the first a common Korean family name
(kg/data/nlp/syllablenames.toml `family_names`), the other two short syllables (two to five
letters), none a place the gazetteer knows nor a head word, title or function word ("Park
Lane Hall", "Han River Park" are places), with no "the" before the name, are a person. The
syllables may be English words ("Sun", "Son", "Moo"): the family name and the shape decide.
A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked after the given names and the
family names' endings.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_SYLLABLE = re.compile(r"[A-Z][a-z]+")


@cached
def _data() -> tuple[frozenset[str], int, int]:
    d = load("syllablenames")
    low, high = d["syllable_letters"]
    return frozenset(d["family_names"]), int(low), int(high)


def syllable_given_name(q: NameQuery) -> Kind | None:
    """"Kim Dae Jung": a Korean family name, then two short syllables, a person."""
    if len(q.words) != 3 or q.place:
        return None
    family, low, high = _data()
    first, *given = q.words
    if first not in family or not all(_SYLLABLE.fullmatch(w) and low <= len(w) <= high for w in given):
        return None
    cues = q.cues
    if any(q.ev.place_kind(w) or w in cues.heads or w in cues.titles or w in cues.function_words
           for w in given) or q.ev.the_before_head(q.text, q.run.begin, q.run.end):
        return None
    return "person", False
