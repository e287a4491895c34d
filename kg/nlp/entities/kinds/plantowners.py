"""A firm named like a town, by the plant it owns elsewhere (set CF, branch ent119): "a strike at
Dorrowa’s factory in the export zone", "Tallvik’s mill at Kelvo". A firm named
for a town or sharing its name with one (the gazetteer's) was typed a place; a town owns no
plant in another place, so a name the article writes with a possessive before a works' noun
(kg/data/nlp/kinds.toml `[sites] works_nouns`, "plant", "factory"; a lower-case word or two
between) and "in" or "at" a place after it is the firm. A country keeps its kind ("India’s
plants in the south" are the country's), and so does a name the article also writes after a
locative of its own ("in Tallvik"). A declared step of kg.nlp.entities.kinds.resolve
`KIND_STEPS`, before `firms_not_places`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import PLACE_KINDS


@cached
def _owned_plant() -> re.Pattern[str]:
    """A possessive, a works' noun and "in" or "at" before a capital or "the"."""
    nouns = phrase_pattern(load("kinds")["sites"]["works_nouns"])
    return re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + nouns + r")\s+(?:in|at)\s+(?:the\s+)?[A-Z]")


def _placed(text: str, label: str) -> bool:
    """The article writes the name after "in", "at", "near" or "from" somewhere."""
    return re.search(r"(?<![\w’'-])(?:in|near|from|outside)\s+" + re.escape(label) + r"(?![\w-])",
                     text) is not None


def plant_owners(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"Dorrowa’s factory in the export zone": the firm, an organisation (module docstring)."""
    text, owned = ctx.text, _owned_plant()
    for run, label, _k in kept:
        kind = kinds.of[label][0]
        if kind not in PLACE_KINDS or kind == "country" or run.title \
                or ctx.ev.place_kind(label) == "country" \
                or owned.match(text, run.end) is None or _placed(text, label):
            continue
        kinds.of[label] = ("organization", True)
        # the steps after this one read the typed spans: the name's own are the firm's now
        kinds.typed[:] = [(b, e, "organization" if text[b:e] == label else k) for b, e, k in kinds.typed]
