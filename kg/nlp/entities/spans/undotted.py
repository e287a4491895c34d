"""A country's initials printed without their points in a line of mixed case: "No to US strikes!".

The registry holds the United States as "U.S." and "USA", and the acronym list keeps "US" from
becoming an organisation of its own, since in a line of capitals "US" is the pronoun ("LOOK US
UP"). Headlines and decks of the later years print the country's initials without points ("new
US border rules"), and a frame after them ("US strikes", "US base") could make an organisation of
the word. Where an all-capitals word of two or three letters, with its points put back ("U.S."),
is a form the registry gives exactly one country, and the line it stands in holds lower-case
letters (no line of capitals), the word names that country (set S). kg.nlp.entities.mentions asks
only where the new-name step made a name of the word: a body's frame read a country ("US
strikes"); where nothing named it ("new US border rules") it stays unnamed, as before. The rule
reads the registry's own forms: no country is named here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.nlp.entities.registry.surface import FormIndex, Match

_INITIALS = re.compile(r"(?<![\w.’'&-])([A-Z]{2,3})(?![\w.’'&-])")
_LOWER = re.compile(r"[a-z]")


def undotted_countries(text: str, spans: Iterable[tuple[int, int]], index: FormIndex) -> list[Match]:
    """Mentions of registry countries printed by their initials without points ("US" for the
    form "U.S."), in lines of mixed case within `spans` (the regions read)."""
    out: list[Match] = []
    for begin, end in spans:
        for m in _INITIALS.finditer(text, begin, end):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            if not _LOWER.search(line):
                continue  # "LOOK US UP": a line of capitals, the pronoun
            dotted = ".".join(m.group(1)) + "."
            hits = {form.entry.key: form for b, e, form in index.candidates(dotted, 0, len(dotted))
                    if b == 0 and e == len(dotted) and form.entry.kind == "country"
                    and not form.alias.short}
            if len(hits) == 1:
                form = next(iter(hits.values()))
                out.append(Match(m.start(1), m.end(1), form.entry, form.alias, "undotted"))
    return out
