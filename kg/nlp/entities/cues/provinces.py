"""A province's noun after a name, alone or closing a list of names: "Kelvora province",
"Kelvora and Dorrow provinces", "Kelvora, Dorrow and Tallo provinces" (set BZ, branch ent116).

Read by two steps: kg.nlp.entities.mentions.provinces (a registry paper's or body's name there is
the province, no mention of the entry) and kg.nlp.entities.names (a one-word name opening a
sentence there is a name, not a capital by position). Nouns: kg/data/nlp/entities.toml
`[provinces]`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern

# a capitalised name of one to three words ("Kelvora", "Tallo Alto")
_NAME = r"[A-ZÀ-Þ][\w’'-]*(?:[ \t][A-ZÀ-Þ][\w’'-]*){0,2}"
# where the name stands in a list: ", Dorrow", " and Dorrow", ", and Dorrow"
_NEXT = r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)" + _NAME


@cached
def _after() -> re.Pattern[str]:
    nouns = phrase_pattern(load("entities")["provinces"]["nouns"])
    return re.compile(r"(?:" + _NEXT + r")*[ \t]+(?:" + nouns + r")(?![\w’'-])")


def province_after(text: str, end: int) -> bool:
    """A province's noun right after `end`, or after a list of names it closes."""
    return _after().match(text, end) is not None
