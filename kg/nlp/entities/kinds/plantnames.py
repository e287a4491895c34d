"""An auto plant named by its town and what it does ("a welder at Kelvport Assembly", "Kelvane’s
Kelvport Assembly Plant"): the automakers name their works so, and the paper with them. The head
word "Assembly" types a body (a legislature: "the Kelvport Assembly voted"), so the plant was
read as an organisation. A name of a town the gazetteer knows as a city and one word of
kg/data/nlp/kinds.toml `[plant_names] heads`, that the article never writes after "the", is the
plant, a place, as a mine by name is (bench/quality/README.md). A declared step of
kg.nlp.entities.kinds.resolve `KIND_STEPS` (branch ent89)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("kinds")["plant_names"]["heads"])


def _after_the(text: str, label: str) -> bool:
    """The article writes the name after "the" somewhere ("the Kelvport Assembly"): a body."""
    return re.search(r"(?<![\w’'-])[Tt]he\s+" + re.escape(label) + r"(?![\w’'-])", text) is not None


def plant_names(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"a welder at Kelvport Assembly": the plant, a place."""
    heads = _heads()
    for run, label, _k in kept:
        words = label.split()
        if len(words) < 2 or words[-1] not in heads or run.title or kinds.of[label][0] != "organization" \
                or ctx.ev.place_kind(" ".join(words[:-1])) != "city" or _after_the(ctx.text, label):
            continue
        kinds.of[label] = ("place", False)
