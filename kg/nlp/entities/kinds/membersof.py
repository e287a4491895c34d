"""A body named with an event's head word ("the bishops of the Kelvian Episcopal Conference",
"the affiliates of the Kelvo Teachers Conference"): the head ("Conference", "Congress") typed
the name an event, unsure of it, but a meeting has no bishops or affiliates; those the text
says belong to it make it a body. The nouns are data (kg/data/nlp/kinds.toml `[members_of]
nouns`; "delegates" and plain "members", who also go to meetings, are left out). Only a label
an event's head word typed without certainty (set AY, branch ent79). Apart from
kg.nlp.entities.kinds.namekinds: a declared step of `KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


@cached
def _members_before() -> re.Pattern:
    """"the bishops of the ", "affiliates of the " right before a name."""
    return re.compile(r"(?<![\w’'-])(?i:" + phrase_pattern(load("kinds")["members_of"]["nouns"])
                      + r")\s+of\s+the\s+\Z")


def members_of(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A label typed an event without certainty, one of whose mentions follows "<bishops, affiliates …> of
    the", is an organisation."""
    for run, label, _k in kept:
        if kinds.of[label] != ("event", False) or run.title \
                or not textwindow.before(_members_before(), ctx.text, run.begin, 40):
            continue
        kinds.of[label] = ("organization", True)
