"""A name between a verb of choosing and "as" an office ("After the vote the assembly picked
Tanor Velaskeri as president"): the one chosen for an office is a person, where nothing else
typed the name (a given name the gazetteer does not know, a surname of another language). The
verbs and offices are data (kg/data/nlp/kinds.toml `[chosen_as]`); the verb must stand right
before the name and "as" right after it, so "joined Dorrow Mills as a clerk" (no verb of
choosing; a clerk no office) and "named Kelvo Street as the route" (no office) type nothing.
Only an untyped name of two or three capitalised words that no place of the gazetteer's is
(set AY, branch ent79). Apart from kg.nlp.entities.kinds.namekinds: a declared step of
`KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


@cached
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """The verb right before a name, and "as" with an office right after it."""
    c = load("kinds")["chosen_as"]
    verb = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["verbs"]) + r")\s+\Z")
    office = re.compile(r"\s+as\s+(?:(?:" + phrase_pattern(c["qualifiers"]) + r")\s+){0,2}(?:"
                        + phrase_pattern(c["offices"]) + r")(?![\w’'-])")
    return verb, office


def chosen_as(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name of two or three capitalised words between a verb of choosing and "as"
    an office is a person."""
    verb, office = _patterns()
    for run, label, _k in kept:
        if not kinds.untyped_capitalised(run, label, ctx.ev.place_kind, most=3) \
                or not office.match(ctx.text, run.end) \
                or not textwindow.before(verb, ctx.text, run.begin, 24):
            continue
        kinds.of[label] = ("person", True)
