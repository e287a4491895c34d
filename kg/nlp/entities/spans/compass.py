"""A compass word in lower case before a name that is no place alone: "north Korea".

The paper writes the Korean states with the compass word in lower case ("north Korea", "south
Korea"), a usage of its own since the 2000s. The registry leaves "Korea" out on purpose (two
countries bear it), so the name as printed matched nothing, and "Korea" alone, a common word
nothing typed, was dropped. Where the name after a lower-case compass word (kg/data/nlp/
entities.toml `compass_words`, in lower case) is no place of its own — no registry entry and no
gazetteer place matches it there — and the registry knows the compass word and the name as one
place ("North Korea"), the name is a mention of that place. Where the name is a place alone the
compass word only says which part of it ("south Africa", "west Virginia", "east Texas": the
southern part of the continent, the state's western counties), and the name keeps its own
entry, as before. The mention is the name as printed ("Korea"); the compass word in lower case
stays outside it, as the gold of the held-out sets writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.registry.surface import FormIndex, Match

_PLACE_KINDS = ("country", "city", "place")
# a possessive closing the probe's name ("south Korea's conglomerates"; set CF, branch ent127)
_POSSESSIVE = re.compile(r"['’]s?")
_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,2}")


def compass_places(text: str, spans: Iterable[tuple[int, int]], index: FormIndex,
                   compass_words: Iterable[str], named: Callable[[int, int], bool]) -> list[Match]:
    """Mentions of registry places named by a lower-case compass word and a name that is no
    place alone ("north Korea" → North Korea, the span "Korea"). `spans`: the regions read;
    `named(b, e)`: a registry name is matched there (then the name is a place of its own)."""
    lower = sorted({w.lower() for w in compass_words if w[:1].isupper()}, key=len, reverse=True)
    if not lower:
        return []
    rx = re.compile(r"(?<![\w’'-])(" + "|".join(map(re.escape, lower)) + r") (?=[A-Z])")
    out: list[Match] = []
    for begin, end in spans:
        for m in rx.finditer(text, begin, end):
            name = _NAME.match(text, m.end(), end)
            if name is None:
                continue
            capital = m.group(1)[:1].upper() + m.group(1)[1:]
            probe = f"{capital} {name.group(0)}"
            hits = [(e, form) for b, e, form in index.candidates(probe, 0, len(probe))
                    if b == 0 and form.entry.kind in _PLACE_KINDS and not form.alias.short]
            if not hits:
                continue
            e, form = max(hits, key=lambda h: h[0])
            if e < len(probe) and (probe[e].isalnum() or probe[e] in "’'-") \
                    and not _POSSESSIVE.fullmatch(probe, e):
                continue  # "north Korean": an adjective, no place; "south Korea's" is the place
            b_name, e_name = m.end(), m.end() + e - len(capital) - 1
            if named(b_name, e_name) or gazetteer().place_kind(text[b_name:e_name]):
                continue  # "south Africa", "west Virginia": a part of a place named alone
            out.append(Match(b_name, e_name, form.entry, form.alias, "compass"))
    return out
