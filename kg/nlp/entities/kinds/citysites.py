"""A firm's establishment named by the firm and its city (set BE, branch ent88): "the Kelvo
Chicago", "the Dorrow Regency Toledo" beside "Kelvo Hotels Corp." and "Dorrow Hotels". Chains
name their hotels, stores and plants so; the employer's frame ("worked at the …") typed the
name the firm, where it is the building the workers work in.

`firm_city_sites` types a place such a name that only a weak cue typed an organisation, or none
did: two words or more, its last a city the gazetteer knows, its first the first word of another
name of the article typed an organisation (the chain named in full), the whole no city or
registry name of its own.

kg.nlp.entities.kinds.resolve runs it in `KIND_STEPS` after the firms' short forms.
"""

from __future__ import annotations

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


def firm_city_sites(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"the Kelvo Chicago" beside "Kelvo Hotels Corp.": the chain's establishment, a place."""
    ev = ctx.ev
    firms = {label.split()[0] for label, kind in kinds.of.items()
             if kind[0] == "organization" and len(label.split()) >= 2}
    for run, label, _k in kept:
        words = label.split()
        weak = kinds.of[label] == ("organization", False) or kinds.of[label][0] == "thing"
        if not weak or run.title or run.kind is not None or len(words) < 2 or run.absorbed \
                or words[0] not in firms or ev.place_kind(words[-1]) != "city" \
                or ev.place_kind(label) is not None:
            continue
        if any(other != label and other.split()[0] == words[0] and kind[0] == "organization"
               for other, kind in kinds.of.items()):
            kinds.of[label] = ("place", False)
