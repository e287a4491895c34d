"""An organisation's initials the page uses without introducing them: "the Young Socialists …
the YS sold books", "the Communist League … the CL platform", "the Dorrow Miners Federation …
the DMF demands" (real pages of 2002 and 2007 print read through the pipeline, branch real40).

The paper introduces most acronyms in brackets after the name (kg.nlp.entities.spans.initials,
kg.nlp.entities.mentions.find), but for its own movement's bodies and a report's local ones it
often just goes on with the initials. Each such word was a new entity of its own ("YS", an
organisation by its shape, or "CL", untyped), beside the body the page had just named: two
nodes for one body in the graph, the second a junk label. An all-capitals word of two to six
letters that no registry form claims is the body whose capitalised words' initials it spells,
when exactly one organisation the page names (registry or new) spells it and the page names
that body before the word's first use. Two bodies of the same initials leave it alone; so does
a body named only after the word (the initials then introduce nothing), and a place's or a
person's initials ("NSW", "JFK": those kinds are not read here).

kg.nlp.entities.mentions.publish asks it for each new all-capitals name that nothing else
resolved, once every other name of the page is an entity."""

from __future__ import annotations

import re

from kg.annotations import Entity, Mention

# a word that spells a letter: capitalised ("Young", "Miners’"); lower-case words ("of", "and",
# "the") and numbers spell none
_SPELLING_WORD = re.compile(r"[A-Z][\w’'.-]*")


def initials(label: str) -> str:
    """The initials of a name's capitalised words ("Communist League" -> "CL"); "" when fewer
    than two words spell."""
    words = [w for w in label.split() if _SPELLING_WORD.fullmatch(w)]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def spelled_body(acronym: str, first_use: int, entities: dict[str, Entity],
                 mentions: list[Mention]) -> Entity | None:
    """The one organisation among `entities` whose initials are `acronym` and that `mentions`
    name before offset `first_use`, or None (module docstring)."""
    first: dict[str, int] = {}
    for m in mentions:
        if m.span.begin < first.get(m.entity, first_use):
            first[m.entity] = m.span.begin
    found = [e for key, e in entities.items()
             if e.kind == "organization" and initials(e.label) == acronym and key in first]
    spelling_all = [e for e in entities.values()
                    if e.kind == "organization" and initials(e.label) == acronym]
    return found[0] if len(found) == 1 and len(spelling_all) == 1 else None
