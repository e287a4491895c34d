"""A name with a work's head that an apposition calls a body: "the Dorrow Mine Safety Program,
the state agency that inspects the pits," (set CB, branch ent113).

A government's programme, plan or service is often the office that runs it, and the paper
says so in the apposition after the name. The head word ("Program": a work, kg/data/nlp/
entities.toml `[head_types]`) typed it weakly before the apposition's rule
(kg.nlp.entities.kinds.contextrules `org_apposition`) could speak, so the agency was read as a
document. A name whose head word is a work's, not a law's shape ("… Act" stays a law: a law is
no agency whatever the apposition says), with an organisation's noun in apposition after it
(the same cue, `Cues.org_apposition`) is an organisation. A declared rule of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, right before `head_word_kind`."""

from __future__ import annotations

from kg.nlp.entities.kinds.namequery import Kind, NameQuery, past_acronym
from kg.nlp.entities.spans.laws import law_shape


def work_head_apposed_body(q: NameQuery) -> Kind | None:
    """An organisation where a work's head is apposed to a body's noun; else None."""
    if q.cues.heads.get(q.head) == "work" and not law_shape(q.label) \
            and q.cues.org_apposition.match(q.text, past_acronym(q.text, q.run.end)):
        return "organization", True
    return None
