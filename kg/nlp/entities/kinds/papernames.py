"""A paper named right after its kind and "the": "told the daily El Faro that …", "the newspaper
Dorrow Sentry" (issue 10, set BD's kinds, branch ent87). The phrases are data
(kg/data/nlp/entities.toml `periodical_kind_before`).

kg.nlp.entities.kinds.contextrules `periodical_before` reads the phrases that say where a paper
prints ("an article in …") and lets a given name opening the name make it a person's unless
"the" ends the phrase; a title's frame (kg.nlp.entities.spans.titles) reads "the daily …" only
where the clause ends after the name. The paper's kind with "the" before it is no person's
frame whatever the name's first word ("El", "La" and "Le" are given names too), so a name
right after it is a periodical unless the gazetteer knows it as a place ("the daily Kelvin
Post" keeps its head word's kind first anyway). A rule of kg.nlp.entities.kinds.namekinds
`NAME_RULES`, right before `periodical_before`.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _kind_before() -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'-])" + phrase_pattern(load("entities")["periodical_kind_before"]) + r"\s+\Z",
                      re.IGNORECASE)


def paper_kind_before(q: NameQuery) -> Kind | None:
    """A periodical (weak) right after "the daily", "the newspaper" …; None elsewhere."""
    if textwindow.before(_kind_before(), q.text, q.run.begin, 30) and not q.ev.place_kind(q.label):
        return "periodical", False
    return None
