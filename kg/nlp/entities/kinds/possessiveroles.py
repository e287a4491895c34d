"""A person named in an apposition after another name's possessive and a role: "Venn’s mother,
Ada Kelvo, said …", "Dorrow Steel’s president, Tomas Hale, …" (set BT's kinds, branch ent107).

`role_apposed_before` (kg.nlp.entities.kinds.textrules) reads a role after a determiner ("the
union’s president, …", "a striker, …"); a possessive of a name stands where the determiner
would, most often at a sentence's start, and the name after it stayed untyped where its given
name is not known. After a capitalised name's possessive ("’s", or "’" after an "s"), a role
noun (entities.toml `person_roles`) and a comma, a plain name of two to four words closed by a
comma or a full stop is a person, strongly. kg.nlp.entities.kinds.namekinds runs
`possessive_role` right after `role_apposed_before`.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_CLOSED_AFTER = re.compile(r"\s*[,.;]")


@cached
def _before() -> re.Pattern[str]:
    """"Venn’s mother, ", "Dorrow Steel’s president, " right before the name."""
    roles = phrase_pattern(load("entities")["person_roles"])
    return re.compile(r"(?<![\w’'-])[A-Z][\w-]*(?:[’']s|s[’'])\s+(?:" + roles + r"),\s+\Z")


def possessive_role(q: NameQuery) -> Kind | None:
    """A person where a name's possessive and a role stand in an apposition before it; else None."""
    if 2 <= len(q.words) <= 4 and not q.label.isupper() and _CLOSED_AFTER.match(q.text, q.run.end) \
            and textwindow.before(_before(), q.text, q.run.begin, 60) is not None \
            and q.cues.heads.get(head_word(q.label, q.cues)) is None and not q.ev.place_kind(q.label):
        return "person", True
    return None
