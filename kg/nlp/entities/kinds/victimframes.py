"""A person by the words around the name that only a person takes (set CG, branch ent120):
an age in years right before it ("a deputy fatally wounded 17-year-old Arla Dorrow") and a
violent act done to the one named, right after it ("Signs named Tomas Kelvane, shot by police
in June, and …"). The paper names the dead of police killings year after year, often once, with
given names no list holds: the names were left untyped.

`aged_people`: an untyped name of two to four words right after "<number>-year-old " with no
article before the age ("the 100-year-old Kelvo Bridge" is a thing's age) is a person.
`victims_after`: an untyped name of two to four words followed by a comma and a word of
kg/data/nlp/kinds.toml `[victim_frames] after` ("shot by", "killed by") is a person. Both skip a
name with a title, in capitals, one the gazetteer or the registry knows as a place, or one with a
head word. Declared steps of `KIND_STEPS` (kg.nlp.entities.kinds.resolve), beside `victims`
(kg.nlp.entities.kinds.victims), which reads the act's words before the name."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import Run

# "16-year-old " right before the name, no article or determiner before the age
_AGE = re.compile(r"(?<![\w’'-])(?:(?:the|a|an|this|that|its|their|his|her) )?\d{1,3}-year-old \Z", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an|this|that|its|their|his|her) ", re.I)


@cached
def _after() -> re.Pattern:
    """", shot by", ", killed by" right after a name."""
    return re.compile(r",\s+(?:" + phrase_pattern(load("kinds")["victim_frames"]["after"]) + r")(?![\w’'-])")


def _plain(ctx: NameContext, run: Run, label: str, kinds: Kinds) -> bool:
    """An untyped name of two to four words with no title, capitals only, place or head word."""
    words = label.split()
    return kinds.of[label][0] == "thing" and not run.title and run.kind is None \
        and not label.isupper() and 2 <= len(words) <= 4 and ctx.ev.place_kind(label) is None \
        and not any(w in ctx.cues.heads or ctx.cues.group(w) for w in words)


def aged_people(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name right after a person's age ("16-year-old"): a person."""
    for run, label, _k in kept:
        if not _plain(ctx, run, label, kinds):
            continue
        age = _AGE.search(ctx.text, max(0, run.begin - 24), run.begin)
        if age is not None and not _ARTICLE.match(age.group(0)):
            kinds.of[label] = ("person", True)


def victims_after(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name a comma and a violent act done to it follow: a person."""
    for run, label, _k in kept:
        if _plain(ctx, run, label, kinds) and _after().match(ctx.text, run.end):
            kinds.of[label] = ("person", True)
