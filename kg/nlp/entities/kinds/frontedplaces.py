"""A place in a fronted "In …," phrase opening a sentence (set BP's kinds, branch ent102): "In
Kelvin Falls, the candidate visited a plant" says where; the comma closes the phrase, and "the
candidate" after it is the sentence's subject, no apposition of the name. A town named like a
person ("Albert Dorrow") was typed a person by the role after the comma
(kg.nlp.entities.kinds.textrules `role_apposition`). A name of one to three capitalised words
right after a sentence's opening "In", right before a comma, is a place, strongly, where every
mention of it follows a preposition of place (kg.nlp.entities.kinds.openingframes'
`every_mention_placed`, the guard of set BG's `opening_places`: "Later Velmachung told
reporters …" makes a name no place), its opener and window that rule's too: the same frame,
read as a name rule here so that it runs before the appositions, where BG's step runs after them.
kg.nlp.entities.kinds.namekinds runs `fronted_place` before the appositions."""

from __future__ import annotations

from kg.nlp import textwindow
from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.kinds.openingframes import OPENER_WINDOW, every_mention_placed, opener


def fronted_place(q: NameQuery) -> Kind | None:
    """A place where the name follows a sentence's opening "In" and a comma follows it."""
    if q.run.title or not q.text.startswith(",", q.run.end) or not 1 <= len(q.words) <= 3 \
            or not all(w[:1].isupper() for w in q.words):
        return None
    if textwindow.before(opener(), q.text, q.run.begin, OPENER_WINDOW) is None \
            or not every_mention_placed(q.text, q.label):
        return None
    return q.place or "place", True
