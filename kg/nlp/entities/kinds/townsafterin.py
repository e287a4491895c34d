"""A town after a lower-case "in" and before a comma: "At a rally in Kelvo, a group of nurses
marched", "“Every docker in Kelvo, every docker in Dorrow knows it”" (branch ent124).

What follows the comma there is most often the rest of the sentence (its subject after a
fronted phrase, the next member of a list), not an apposition of the town: the appositions'
rules read "a group of …" as a body's apposition and "every docker in …" as a person's role,
and typed a town a body or a person. A name of one to three capitalised words that the
gazetteer knows as a place, right after "in" and right before a comma, is that place, strongly,
where every mention of it in the article follows a preposition of place (kg.nlp.entities.kinds.
openingframes' `every_mention_placed`, the guard the fronted "In …," places share: "Dorrow
said" elsewhere makes the name no place). It runs before the appositions, as
kg.nlp.entities.kinds.frontedplaces' `fronted_place` does for a sentence opened by "In";
kg.nlp.entities.kinds.namekinds `NAME_RULES` holds it."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.kinds.openingframes import every_mention_placed

_IN = re.compile(r"(?<![\w’'-])in[ \t]+\Z")


def town_after_in(q: NameQuery) -> Kind | None:
    """A gazetteer's place after "in", before a comma, placed wherever it stands; else None."""
    if q.run.title or q.place is None or not q.text.startswith(",", q.run.end) \
            or not 1 <= len(q.words) <= 3 or not all(w[:1].isupper() for w in q.words):
        return None
    if textwindow.before(_IN, q.text, q.run.begin, 8) is None or not every_mention_placed(q.text, q.label):
        return None
    return q.place, True
