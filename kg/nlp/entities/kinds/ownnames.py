"""A name a person gives as their own: "a welder who gave her name only as Tavo", "a worker who
asked to be identified only as Dorra" (set CN's pass, branch ent132).

Workers and students who fear the boss or the police give the paper a first name only, and the
paper says so right before it. The name is one word no rule types (a given name the gazetteer
may not know), so it was left untyped and the quotation it closes had no speaker. The phrases
are data (kg/data/nlp/kinds.toml `[own_names] phrases`, case-sensitive, the name right after
them). A declared rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, beside `role_before`.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _given_as() -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(load("kinds")["own_names"]["phrases"])
                      + r")\s+\Z")


def own_name_given(q: NameQuery) -> Kind | None:
    """"who gave her name only as Tavo": the name a person gives as their own, a person."""
    if len(q.words) <= 3 and textwindow.before(_given_as(), q.text, q.run.begin, 60):
        return "person", True
    return None
