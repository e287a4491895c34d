"""A body whose apposition opens with a person's role as a modifier (set CC, ent114): "Kelvo
Pora, a student group,", "Dorrow Now, a workers' association,". The role rule
(kg.nlp.entities.kinds.textrules `role_apposition`) reads ", a student" and types the name a
person, before the body's apposition (kg.nlp.entities.kinds.contextrules `org_apposition`) is
asked; but the role word is the modifier of the body's noun there, which heads the apposition.

`role_modified_body` answers first: where the body's apposition (`Cues.org_apposition`, whose
noun no role word follows: "a union organizer" stays a person's) and the role's both match, the
name is an organisation. A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked right
before `role_apposition`.
"""

from __future__ import annotations

from kg.nlp.entities.kinds.namequery import Kind, NameQuery, past_acronym


def role_modified_body(q: NameQuery) -> Kind | None:
    """"Kelvo Pora, a student group,": the body's noun heads the apposition, an organisation."""
    if q.cues.role_after.match(q.text, q.run.end) is not None \
            and q.cues.org_apposition.match(q.text, past_acronym(q.text, q.run.end)) is not None \
            and not q.ev.place_kind(q.label):
        return "organization", True
    return None
