"""A province named like a paper, a body or a work: "families in Kelvora province", "Dorrow and
Kelvora provinces were hit", "crossed Kelvora, Dorrow and Tallo provinces" (set BZ, branch
ent116).

Papers, parties and books are often named for a province or a region ("Granma", a province of
Cuba and its daily), and the registry holds the paper. A province's noun right after the name,
or after a list of capitalised names the match opens or stands in (kg.nlp.entities.cues.provinces),
says the province: the match is no mention of the registry's entry (a KEEP_RULES step of
kg.nlp.entities.mentions.keep), and the new-name step types the name by the place noun after it
or the places listed with it. A registry place or person keeps its match (a person's name before
"province" names no province).
"""

from __future__ import annotations

from kg.nlp.entities.cues.provinces import province_after
from kg.nlp.entities.mentions.query import MentionQuery

_KEPT_KINDS = frozenset({"person", "country", "city", "place"})


def province_named(q: MentionQuery) -> bool:
    """A paper's, a body's or a work's name before a province's noun, alone or in a list of
    names the noun closes: the province."""
    return q.kind not in _KEPT_KINDS and province_after(q.text, q.m.end)
