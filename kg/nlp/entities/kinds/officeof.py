"""A body by the office a person holds in it ("Ana Ruiz, president of Kelvo Cultural"): an
organisation.

The paper names a union's, a party's or an association's officer as "<office> of <Name>" with no
article when the body's own name follows ("president of Pathfinder Press", "leader of Fatah",
"chairman of Texas Air"); the bodies of another language ("Òmnium …", "Podemos") have no head
word to type them, and the typer's words did not reach its floor. Over the 151 sets' articles
every name the gold types after such an office is an organisation but two countries, which the
registry names first (type48). A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked
right after the gazetteer's, so a town or a region the gazetteer knows ("president of <Region>",
its government's head) stays a place; an office before "the" is `organization_before`'s
(entities.toml)."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _office_before() -> re.Pattern[str]:
    offices = sorted(load("kinds")["office_of"]["offices"], key=len, reverse=True)
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(o) for o in offices) + r") of\s+\Z")


def office_of_body(q: NameQuery) -> Kind | None:
    """An organisation, weak, for a name right after "<office> of" (kinds.toml `[office_of]`)
    that no rule before typed; else None."""
    if textwindow.before(_office_before(), q.text, q.run.begin, 40) is not None:
        return "organization", False
    return None
