"""A firm by the words of owning or closing around its name, where nothing in the name says so.

- "Renault bought a 30 percent stake in Kelvomatic": a name right after "stake in", "shares in"
  is a firm one owns part of, not the place "in" made of it.
- "400 workers lost their jobs when Dorvaneos shut the refinery": a name right before a verb of
  closing and the site it closed is the owner, not the site a site's noun made of it.

Only names no rule typed but a locative or a site's noun (a weak place) or none, and no place of
the gazetteer's. Words are data (kg/data/nlp/kinds.toml `[firm_frames]`; set BG, branch ent91);
a declared step of `KIND_STEPS` (kg.nlp.entities.kinds.resolve)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

# the kinds a frame here may overturn: none, or a place only a locative or a site's noun gave
_WEAK = (("thing", False), ("place", False))


@cached
def _owned_before() -> re.Pattern:
    """"a stake in ", "shares of " right before a name."""
    words = phrase_pattern(load("kinds")["firm_frames"]["owned_before"])
    return re.compile(r"(?<![\w’'-])(?:" + words + r")\s+\Z")


@cached
def _closing_after() -> re.Pattern:
    """" shut the refinery", " closed its plant" right after a name."""
    data = load("kinds")["firm_frames"]
    return re.compile(r"\s+(?:" + phrase_pattern(data["closing_verbs"]) + r")\s+(?:the|its)\s+(?:"
                      + phrase_pattern(data["closed_sites"]) + r")(?![\w’'-])")


def firm_frames(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A weakly typed name that is owned in part or that closed a site: an organisation."""
    for run, label, _k in kept:
        if kinds.of[label] not in _WEAK or run.title or ctx.ev.place_kind(label) is not None:
            continue
        if _owned_before().search(ctx.text[max(0, run.begin - 20):run.begin]) \
                or _closing_after().match(ctx.text, run.end):
            kinds.of[label] = ("organization", True)
