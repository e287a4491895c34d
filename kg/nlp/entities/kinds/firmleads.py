"""A firm called by one word of its full name, where only a bare "at" had typed the word a place
(branch ent89): "a contract with Kelvo Permanente … a minimum wage at Kelvo facilities", "which
bargains for Walter Kelvane Co. … a rally at Kelvane’s studios". The article names the firm in
full (a registry organisation or a new name typed one) and then by its first word, or by the
founder's surname a given name opens it with ("Walter Kelvane Co." → "Kelvane"); a locative word
alone ("at") made a place of the short form, an entity apart from the firm.

A one-word name typed a place only weakly, that the gazetteer does not know as a place and that
the article never writes after a word that says only a place (kg.nlp.entities.cues.framing
`placed`: "workers in Kelvo"), is the firm's when an organisation of the article opens with it,
or opens with a given name and it and ends in a firm's general suffix (`[namecues]
firm_whole_suffixes`: "Co.", "Inc."), and the full name has no head word but such a suffix
("the Kelvo Workers Union … at Kelvo" names the town the union is of), nor a head of two words
(`compound_heads`: "the Kelvosh First Nation … into Kelvosh", its land; set BO, branch ent101).

A firm named for its founder by initials and a surname is called by the surname alone so too:
"the lockout at B.K. Dorrell … what we saw at Dorrell" (set BP's kinds, branch ent102, its own
step `initial_firms` until branch gath45 made the two one step: the same weak place, the same
test, another word of the full name). A declared step of kg.nlp.entities.kinds.resolve
`KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_INITIALS_SURNAME = re.compile(r"(?:[A-Z]\.\s?){1,3}([A-Z][\w’'-]+)")


def _firm_labels(ctx: NameContext, kinds: Kinds) -> set[str]:
    """Each organisation the article names in full: registry's and new."""
    labels = {m.entry.label for m in ctx.covered if m.entry.kind == "organization"}
    return labels | {label for label, (kind, _s) in kinds.of.items() if kind == "organization"}


def _leads(ctx: NameContext, words: list[str]) -> str | None:
    """The word a firm's full name is called by alone, or None (a head word inside)."""
    cues = ctx.cues
    if any(w in cues.heads and w not in cues.firm_whole for w in words[1:]):
        return None
    if " ".join(words[-2:]) in cues.compound_heads:
        return None  # "the Kelvosh First Nation … called into Kelvosh": a body's head of two words
    if len(words) == 3 and ctx.ev.gazetteer.is_given_name(words[0]) and words[-1] in cues.firm_whole:
        return words[1]  # "Walter Kelvane Co.": the founder's surname
    return words[0]


def firm_leads(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"a contract with Kelvo Permanente … at Kelvo facilities", "a lockout at B.K. Dorrell … at
    Dorrell": the firm, not a place."""
    weak = [label for label, kind in kinds.of.items()
            if kind == ("place", False) and " " not in label and ctx.ev.place_kind(label) is None]
    if not weak:
        return
    labels = _firm_labels(ctx, kinds)
    leads = {_leads(ctx, label.split()) for label in labels if 2 <= len(label.split()) <= 4}
    leads |= {m.group(1) for label in labels if (m := _INITIALS_SURNAME.fullmatch(label))}
    for label in weak:
        if label in leads and not framing().placed(ctx.text, label):
            kinds.of[label] = ("organization", True)
