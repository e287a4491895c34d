"""A Korean name written family name first, its given name as two syllables with no hyphen:
"Kim Dae Jung", "Roh Moo Hyun" as the press of their years printed them (issue 10, set BU's
kinds, branch ent108).

No given name the gazetteer knows opens or ends such a name, and no family name's ending, so it
was left untyped. Such a name is what kg.nlp.entities.kinds.shortforms `family_first` reads
(a family name of kg/data/reader/east-asian-family-names.txt, then two romanised syllables); it
is a person when none of the syllables is a place the gazetteer knows, a head word, a title or
a function word ("Park Lane Hall", "Han River Park" are places) and no "the" stands before it.
The syllables may be English words ("Sun", "Son", "Moo"): the family name and the shape decide.
A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked after the given names and the
family names' endings.
"""

from __future__ import annotations

from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.kinds.shortforms import family_first


def syllable_given_name(q: NameQuery) -> Kind | None:
    """"Kim Dae Jung": a Korean family name, then two short syllables, a person."""
    if q.place or not family_first(q.words):
        return None
    given = q.words[1:]
    cues = q.cues
    if any(q.ev.place_kind(w) or w in cues.heads or w in cues.titles or w in cues.function_words
           for w in given) or q.ev.the_before_head(q.text, q.run.begin, q.run.end):
        return None
    return "person", False
