"""A firm named for its founder by initials and surname, then called by the surname alone (set
BP's kinds, branch ent102): "the lockout at B.K. Dorrell … what we saw at Dorrell". The full name
is typed a firm (a frame around it); the surname alone after a bare "at" was typed a place, an
entity apart from the firm. kg.nlp.entities.kinds.firmleads takes a firm's first word or the
surname after a given name; initials before the surname are this module's.

A one-word name typed a place only weakly, that the gazetteer does not know as a place and that
the article never writes after a word that says only a place (kg.nlp.entities.cues.framing
`placed`), is the firm's when an organisation of the article is initials and it ("B.K.
Dorrell", "B. K. Dorrell"). A declared step of kg.nlp.entities.kinds.resolve `KIND_STEPS`, after
`firm_leads`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_INITIALS_SURNAME = re.compile(r"(?:[A-Z]\.\s?){1,3}([A-Z][\w’'-]+)")


def _founders(ctx: NameContext, kinds: Kinds) -> set[str]:
    """The surnames of the article's organisations named by initials and a surname."""
    labels = {m.entry.label for m in ctx.covered if m.entry.kind == "organization"}
    labels |= {label for label, (kind, _s) in kinds.of.items() if kind == "organization"}
    return {m.group(1) for label in labels if (m := _INITIALS_SURNAME.fullmatch(label))}


def initial_firms(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"a lockout at B.K. Dorrell … at Dorrell": the firm, not a place."""
    weak = [label for label, kind in kinds.of.items()
            if kind == ("place", False) and " " not in label and ctx.ev.place_kind(label) is None]
    if not weak:
        return
    founders = _founders(ctx, kinds)
    for label in weak:
        if label in founders and not framing().placed(ctx.text, label):
            kinds.of[label] = ("organization", True)
