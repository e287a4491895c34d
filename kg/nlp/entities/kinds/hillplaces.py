"""A hill or a grove named by one common word ("Assembly Hill", "Market Grove"): a place.

"Hill", "Grove" and "Ridge" are surnames as often as places' nouns, so they are no head words
(entities.toml `[head_types]`), and "Assembly Hill" was left untyped ("Assembly" is a body's
head, but not the name's last word). A name of two words whose last is one of kinds.toml
`[hill_places] ends` and whose first is a common English word, capitalised, that is no given
name, no title and no head word of another kind is a place, weakly, as a head word would make
it; "Anita Hill", "Joe Grove" stay people, "Kelvo Hill" (no common word) is left to the rules
after. A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked right before the
gazetteer's (set CJ, branch ent126)."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _ends() -> frozenset[str]:
    return frozenset(load("kinds")["hill_places"]["ends"])


def hill_place(q: NameQuery) -> Kind | None:
    """A place, weak, for a common word before a hill's noun; else None."""
    words = q.words
    if len(words) != 2 or words[1] not in _ends():
        return None
    first = words[0]
    if not first[:1].isupper() or first.isupper() or not common_words().common(first) \
            or q.ev.gazetteer.is_given_name(first) or first in q.cues.titles \
            or q.cues.heads.get(first) not in (None, "organization", "place"):
        return None
    return "place", False
