"""A paper named in apposition after its noun: "the miners printed Tallmo’s weekly paper, Kelvo
Dorrada, on a borrowed press", "the union’s monthly, Dorrow Voice," (set BZ, branch ent116).

Papers are often named for a place, a mountain range or a hero ("Sierra Maestra", Santiago de
Cuba's weekly), and the gazetteer or a leading head word would type the name a place. Set off
by commas right after a paper’s noun (entities.toml `[evidence] periodical_apposition`: "paper", "weekly",
"daily" …) that a possessive, "the", "its" or "their" opens (one lower-case word may stand
between: "weekly paper", "local daily"), the name is that paper: the apposition renames the
noun. A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, before the gazetteer's and the
head words' readings.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_COMMA_AFTER = re.compile(r"[ \t]*,")


@cached
def _noun_before() -> re.Pattern[str]:
    nouns = phrase_pattern(load("entities")["evidence"]["periodical_apposition"])
    return re.compile(r"(?:[’']s|(?<![\w’'-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur))"
                      r"[ \t]+(?:[a-z][a-z-]*[ \t]+)?(?:" + nouns + r"),[ \t]+\Z")


def paper_apposed(q: NameQuery) -> Kind | None:
    """"Tallmo’s weekly paper, Kelvo Dorrada,": the paper (strong); None elsewhere."""
    if _COMMA_AFTER.match(q.text, q.run.end) and not q.label.isupper() \
            and textwindow.before(_noun_before(), q.text, q.run.begin, 40):
        return "periodical", True
    return None
