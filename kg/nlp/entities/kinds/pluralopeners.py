"""A plural common noun opening a sentence is no surname: "Marchers on a later coach were
beaten" after "the Liberty Marchers" (set BT's junk, branch ent117).

A run of a plural common noun after a capitalised word ("Liberty Marchers") may be typed a
person by the page's repeated capitals, and its last word then reads as that person's surname:
the same noun opening a sentence, capitalised by its place, was taken for the surname alone
(kg.nlp.entities.kinds.shortforms `_one_surname`, junk). A plural word the article also
writes in lower case ("beat the marchers") is the common noun there, unless the name it would
be the surname of opens with a given name ("Dana Banks" … "Banks said", the article writing
"banks" too): no short form of a name.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.nlp.entities.cues.evidence import Evidence


def common_plural(word: str, fulls: Iterable[str], lower: set[str], ev: Evidence) -> bool:
    """A plural word the article writes in lower case too, whose full names (`fulls`: the new
    names' labels it is the surname of) open with no given name and hold no registry person."""
    if not (len(word) > 3 and word.endswith("s") and word.lower() in lower):
        return False
    # a registry person's key (no space) is a person's surname for sure
    return not any(" " not in full or ev.gazetteer.is_given_name(full.split()[0]) for full in fulls)
