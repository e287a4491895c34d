"""A name's last word that types it as a head word does, but decides no boundary: "Kelvo County
Health" (a health system), "Dorrow Bus" (a bus line), "Tallow Properties" (a landlord), "the
Kelvo Dorrow Trail" (a place).

The head words of entities.toml `[head_types]` are read by the boundary steps too (a head closes
a name before "and" or a comma), and "Health" or "Bus" there cut a body's list ("Office of
Miners’ Health, Safety and Training") on the first sweep of branch type48. So these words are
kinds.toml `[tail_heads]`, asked right after the head word's rule of kg.nlp.entities.kinds.
namekinds `NAME_RULES`: weak, as a head word's kind is."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _kinds() -> dict[str, str]:
    return {word: kind for kind, words in load("kinds")["tail_heads"].items() for word in words}


def tail_head(q: NameQuery) -> Kind | None:
    """The kind of a name of two words or more whose last word is in `[tail_heads]`; else None.
    Not where every word before it is a head word ("Motor Bus"): a trade's words, the piece of
    a longer name a registry place opens ("<Country> Motor Bus"), left untyped for the learned
    bounder to join (set EK lost the firm so at type48's sweep)."""
    if len(q.words) < 2 or (kind := _kinds().get(q.words[-1])) is None:
        return None
    if all(w in q.cues.heads for w in q.words[:-1]):
        return None
    return kind, False
