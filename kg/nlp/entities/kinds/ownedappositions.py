"""A body named in apposition after an owner's possessive and a body's noun ("Kelvia’s state
copper company, Dorrocobre, lent the drills"; set BK's kinds, branch ent96).

kg.nlp.entities.cues.phrases `body_before` reads the apposition after an article or a pronoun
("the state oil company, Petrokelvo."); a country's or a town's possessive stands in that place
as often, and the name after the comma was left untyped. The body's nouns are the apposition's
(kg/data/nlp/entities.toml `organization_apposition`); the owner is one capitalised word with
"’s"; up to three words between it and the noun; the name must be closed right after (a comma,
a full stop, a dash), open with no given name and be no place the gazetteer knows.
kg.nlp.entities.kinds.namekinds runs `owner_body_apposed` right after `body_noun_before`.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached
from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.cues.phrases import CLOSED_BY_MARK, apposition_before
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _apposed() -> re.Pattern[str]:
    """"Kelvia’s state copper company, " right before a name: `body_before`'s apposition with a
    capitalised word's possessive for the article, the words between it and the noun in lower
    case."""
    return apposition_before(r"[A-Z][\w-]*[’']s", r"[a-z][\w’'-]*")


def owner_body_apposed(q: NameQuery) -> Kind | None:
    """The body a possessive's apposition names right before the name, strongly; else None."""
    if not textwindow.before(_apposed(), q.text, q.run.begin, 80) \
            or not CLOSED_BY_MARK.match(q.text, q.run.end):
        return None
    if q.place or q.ev.given_name_first(q.words) \
            or q.cues.heads.get(head_word(q.label, q.cues)) not in (None, "organization"):
        return None
    return "organization", True
