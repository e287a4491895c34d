"""A name in a verb of saying's subject position speaks, whatever kind the entities stage gave it.

"“…,” said Ona Marsh, who drove a school bus …" or "Ona Marsh, a retired teacher, said": the
words the verb names are a whole name in capitals, one mention the entities stage found, but
typed a kind that speaks for nobody (an Event, a Place) because of its last word ("Marsh",
"Battle", "Hill"). Only a person speaks there, so the mention's entity is the speaker, not an
unidentified description of its words. The entities stage keeps its kind (typing is its
business); the speaker is the entity, so the quotation names the one the article names.

A declared rule of kg.nlp.quotations.speakerrules `QUOTE_RULES`, tried right before
`said_phrase`: it gives `Attribution.appositive`, which `said_phrase` takes as the speaker.
"""

from __future__ import annotations

import re

from kg.nlp import agents
from kg.nlp.quotations.attribution import Attribution

# two to four capitalised words, each a name's word ("Ona Marsh", "Ona B. Marsh", "Ona Marsh-Lee")
_NAME = re.compile(r"[A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*){1,3}")


def name_of_any_kind(a: Attribution) -> None:
    """The verb's subject words are exactly one mention of a kind no agent has, written as a
    person's name (two to four capitalised words, no function word among them): its entity
    speaks."""
    who = a.who_span
    if who is None or a.appositive is not None or a.source is not None:
        return
    phrase = who.of(a.text)
    lead = len(phrase) - len(phrase.lstrip())
    words = phrase.strip()
    if not _NAME.fullmatch(words) or any(w.lower() in agents.function_words() for w in words.split()):
        return
    begin, end = who.begin + lead, who.begin + lead + len(words)
    name = next((m for m in a.doc.annotations.mentions if m.span.begin == begin and m.span.end == end), None)
    if name is None or agents.is_agentive(a.doc, name.entity) \
            or agents.kind_of(a.doc, name.entity) in agents.person_kinds():
        return
    a.appositive = agents.entity_agent(a.doc, name.entity)
