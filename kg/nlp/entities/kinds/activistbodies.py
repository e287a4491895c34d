"""A party or a movement named right before the noun for its member ("Tom Dorr, a Kelvo Lavo
activist"): the body, an organisation (ent111, set BX).

A listing sets a speaker's affiliation so ("Speaker: Ana Ruiz, Kelvo Lavo activist"), and a
report the same way ("a Kelvo Lavo activist told the rally"); with no head word ("Party",
"Union") the name was left untyped. A town says where the activist lives ("a Portland
activist"): a name the gazetteer knows as a place is left to it, and a name a given name opens
to the person rules. The nouns are data (kg/data/nlp/kinds.toml `[members_by_body] nouns`).
kg.nlp.entities.kinds.namekinds runs `body_of_activist` right after `contextrules.org_after`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _after() -> re.Pattern:
    return re.compile(r"\s+(?:" + phrase_pattern(load("kinds")["members_by_body"]["nouns"]) + r")(?![\w’'-])")


def body_of_activist(q: NameQuery) -> Kind | None:
    """A name right before an activist's noun, no place and no person's: an organisation, weak;
    else None."""
    if not _after().match(q.text, q.run.end) or q.ev.place_kind(q.label) \
            or q.ev.given_name_first(q.label.split()):
        return None
    return "organization", False
