"""A name set in apposition after a noun for a body ("A council of officers, the Kelvo, seized
the palace"; "the ruling junta, the Dorrow Council, …"): the noun says what the name names, an
organisation, where nothing typed it (a name the article never frames otherwise, often one word
of another language). The nouns are data (kg/data/nlp/kinds.toml `[bodies_apposed] nouns`, with
entities.toml `[evidence] organization_apposition`); the noun phrase may run on with "of" and
lower-case words ("a council of officers"), and the apposition must close with a comma or a
bracket (set AU, branch ent74). Apart from kg.nlp.entities.kinds.namekinds: a declared step of
`KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


@cached
def _noun_before() -> re.Pattern:
    nouns = list(load("kinds")["bodies_apposed"]["nouns"]) \
        + list(load("entities")["evidence"]["organization_apposition"])
    return re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?:"
                      + phrase_pattern(nouns) + r")(?:\s+of\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})?"
                      + r",\s+the\s+\Z")


_CLOSED = re.compile(r"\s*[,)]")


def bodies_apposed(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name after "<a noun for a body>, the" and closed by a comma or a bracket is an
    organisation."""
    for run, label, _k in kept:
        if kinds.of[label][0] != "thing" or run.title or not _CLOSED.match(ctx.text, run.end) \
                or not textwindow.before(_noun_before(), ctx.text, run.begin, 80):
            continue
        kinds.of[label] = ("organization", False)
