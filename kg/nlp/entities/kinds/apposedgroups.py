"""A body whose apposition opens with a person's role as a modifier (set CC, ent114): "Kelvora,
a student group,", "Dorrow Now, a tenant organization.". The role rule
(kg.nlp.entities.kinds.textrules `role_apposition`) reads ", a student" and types the name a
person, before the body's apposition (kg.nlp.entities.kinds.contextrules `org_apposition`) is
asked; but the role word is the modifier of the body's noun there, which heads the apposition.

`role_modified_body` answers first, for the narrow shape only: an article, at most one word
(lower case, or a capitalised people's or nation's adjective: "Kelvora, the Haitian student
group,"; branch ent141), a person's role (entities.toml `person_roles`) and right after it a
body's noun (kinds.toml [role_modified_bodies]) that ends the apposition (a comma, a stop,
"that", "which"), after a name that opens with no given name and that the gazetteer knows as no
place. "a union organizer", "a student group leader" (a role after the noun) stay a person's. A
rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked right before `role_apposition`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _apposition() -> re.Pattern[str]:
    """", a student group," right after a name: a role modifying a body's noun."""
    roles = phrase_pattern(load("entities")["person_roles"])
    nouns = phrase_pattern(load("kinds")["role_modified_bodies"]["nouns"])
    return re.compile(rf",[ \t]+(?:a|an|the)[ \t]+(?:[^\W\d][\w-]*[ \t]+)?(?:{roles})[ \t]+(?:{nouns})"
                      rf"(?=[ \t]*[,.;:)]|[ \t]+(?:that|which)\b)")


def role_modified_body(q: NameQuery) -> Kind | None:
    """"Kelvora, a student group,": the body's noun heads the apposition, an organisation."""
    if _apposition().match(q.text, q.run.end) is not None and not q.ev.place_kind(q.label) \
            and not q.ev.given_name_first(q.words):
        return "organization", True
    return None
