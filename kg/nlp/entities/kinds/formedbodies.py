"""A body by the words saying who formed it, right after its name: "Kelvo Solidarity, set up by
laid-off miners in 2003,", "the Dorrow Tenants Circle, formed after the flood," (set BM, branch
ent98).

People are born and towns founded, but a group is formed or set up: an untyped name (no rule
typed it, no title, no acronym in capitals, no place the gazetteer or the registry knows) right
before a comma and one of these participles (kg/data/nlp/kinds.toml `[formed_bodies] after`) is
an organisation. "founded by" is left out: towns and papers are founded too. A declared step of
`KIND_STEPS` (kg.nlp.entities.kinds.resolve)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


@cached
def _formed_after() -> re.Pattern:
    """", formed by", ", set up in" right after a name."""
    return re.compile(r",\s+(?:" + phrase_pattern(load("kinds")["formed_bodies"]["after"]) + r")(?![\w’'-])")


def formed_bodies(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name a group's participle follows after a comma: an organisation."""
    for run, label, _k in kept:
        if kinds.of[label][0] != "thing" or run.title or run.kind is not None or label.isupper() \
                or ctx.ev.place_kind(label) is not None:
            continue
        if _formed_after().match(ctx.text, run.end):
            kinds.of[label] = ("organization", True)
