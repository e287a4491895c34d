"""A paper named by two papers' heads joined with a hyphen: "the Kelvin Clarion-Ledger
reported", "the Dorrow Mirror-Bulletin" (set BT's miss, branch ent117).

Dailies that merged keep both heads, joined ("Star-Ledger", "Post-Gazette"). The head list
(kg/data/nlp/entities.toml `head_types.periodical`) names a few such pairs whole, so any other
pair was left without a head word and the paper untyped. The last word of a name whose parts
either side of its hyphen are both a periodical's heads is such a head: the name is a
periodical (weak: a cue of the text may still type it). A rule of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, with the name's own form.
"""

from __future__ import annotations

from kg.nlp.entities.kinds.namequery import Kind, NameQuery


def joined_paper_heads(q: NameQuery) -> Kind | None:
    """A periodical (weak) where the name's last word is two periodical heads joined by a
    hyphen; None elsewhere."""
    parts = q.words[-1].split("-") if q.words else []
    if len(parts) == 2 and all(q.cues.heads.get(p) == "periodical" for p in parts):
        return "periodical", False
    return None
