"""A place's or a body's nickname in quotation marks, filling them whole (issue 10, branch
ent70): "the Dorrow district known across the state as “Little Kelvin Row.”".

A noun for a place or a body, "known … as" (up to four lower-case words between: "known across
the country as") or "called"/"nicknamed"/"dubbed", then a quotation that holds only capitalised
words (a full stop or comma may close it inside the marks): the quotation is one name, the
nickname of the thing the noun names, typed by that noun. Without this the run of it was cut:
a group word opening it dropped ("Little"), a registry name inside it ("Kelvin Row") read
alone, a mention of another thing. The registry names inside are absorbed into it. The nouns
are the data of kg/data/nlp/kinds.toml [phrases] `known_as_place_nouns` and entities.toml
[evidence] `organization_apposition`.

kg.nlp.entities.spans.regionsteps runs `quoted_nicknames` on each region's runs.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words

_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")


@cached
def _nicknamed() -> re.Pattern[str]:
    places = phrase_pattern(load("kinds")["phrases"]["known_as_place_nouns"])
    bodies = phrase_pattern(load("entities")["evidence"]["organization_apposition"])
    return re.compile(
        rf"(?<![\w’'-])(?:(?P<place>{places})|(?P<body>{bodies})),?\s+"
        r"(?:known(?:\s+[a-z]+){0,4}\s+as|called|nicknamed|dubbed)\s+[“\"]"
        r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,5})[.,]?[”\"]")


def quoted_nicknames(text: str, begin: int, end: int, runs: list[Run], covered: list[Match]) -> list[Run]:
    """The region's runs with each quoted nickname of text[begin:end] one run (typed a place's
    or a body's by the noun before it), the runs and registry names inside it absorbed."""
    for m in _nicknamed().finditer(text, begin, end):
        b, e = m.span("name")
        words = span_words(text, b, e, _NAME_WORD)
        kind = "place" if m.group("place") else "organization"
        runs = [r for r in runs if not (b <= r.begin and r.end <= e)]
        runs.append(Run(b, e, words, kind=kind, absorbed=[c for c in covered if b <= c.begin and c.end <= e]))
        runs.sort(key=lambda r: r.begin)
    return runs
