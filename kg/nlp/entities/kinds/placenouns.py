"""A name nothing typed before a lower-case noun only a place takes: "shot against a wall of Kelvo
Hill cemetery", "in the Dorrow Flats neighborhood" (set BY's kind, branch ent112). The bench's
convention reads a site named with a lower-case noun as its bare name, a place; a cemetery or a
neighbourhood is no firm's or body's (kg/data/nlp/sitenouns.toml `after`). A declared step of
`KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


@cached
def _after() -> re.Pattern:
    return re.compile(r"[ \u00a0]+" + phrase_pattern(load("sitenouns")["after"]) + r"(?![\w’'-])")


def place_nouns(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each untyped name a place's lower-case noun follows, a place; so is one typed a person
    only weakly (a given name inside it: "Kelvin Dorrais cemetery", a cemetery named for a man;
    kinds/lessergiven.py typed one so after the two branches met, 2026-12-06)."""
    for run, label, _k in kept:
        if (kinds.of[label][0] == "thing" or kinds.of[label] == ("person", False)) \
                and not run.title and _after().match(ctx.text, run.end):
            kinds.of[label] = ("place", False)
