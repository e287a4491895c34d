"""A body named by its members' kin or fellowship and "of": "the Daughters of Ana Kelvo", "the
Knights of Dorrow", "the Mothers of Kelvo Square" (set BS's first measure, branch ent118).

"Daughters", "Knights", "Mothers" are no heads (a name ending in them is a people's or a
family's, "the Kelvo Sisters"), and "of" lets the name run on ("of_heads"), so such a name
reached the end of the chain untyped. Opening a name of three words or more with "of" second,
one of `[kin_bodies] openers` (kg/data/nlp/kinds.toml) names a society, an order or a
movement: an organisation, weakly (a cue in the text still wins). A NAME_RULES rule
(kg.nlp.entities.kinds.namekinds), after the leading heads.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _openers() -> frozenset[str]:
    return frozenset(load("kinds")["kin_bodies"]["openers"])


def kin_body(q: NameQuery) -> Kind | None:
    """"the Daughters of Ana Kelvo": an organisation (module docstring)."""
    if len(q.words) >= 3 and q.words[1] == "of" and q.words[0] in _openers():
        return "organization", False
    return None
