"""A country's name before the short name of one of its government's bodies (issue 10, set T,
branch ent32).

The registry lists a government department under its full name with the country's name opening
it ("U.S. Department of State") and the paper's short form as an alias ("State Department"). The
paper also prints the short form after the country ("the U.S. State Department"): that is one
mention of the department, the country no mention of its own there, as it is none inside the
full name. Read from the registry's own labels, so no body or country is named here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kg.nlp.entities.registry.surface import Match

COUNTRY = "country"


def country_opened(text: str, found: list[Match],
                   countries_at: Callable[[int, int], Iterable[tuple[int, Match]]]) -> list[Match]:
    """Organisation matches from `found` stretched back over a registry country glued (one
    space) before them, where the organisation's registry label opens with that same country's
    surface and the alias matched does not: "U.S. State Department" for the entry "U.S.
    Department of State". `countries_at(begin, end)` gives (begin, match) of the registry's
    country names ending at `end`, looked for from `begin`. Only the new matches are returned;
    `resolve` then prefers them, being longer, over the short form and the country."""
    out: list[Match] = []
    for m in found:
        if m.entry.kind != "organization" or m.how != "name" or m.alias is None \
                or m.begin < 2 or text[m.begin - 1] != " ":
            continue
        for b, country in countries_at(max(0, m.begin - 40), m.begin - 1):
            surface = text[b:m.begin - 1]
            if country.entry.kind != COUNTRY or (b > 0 and (text[b - 1].isalnum() or text[b - 1] in "-–’'")):
                continue
            if m.entry.label.startswith(surface + " ") and not m.alias.text.startswith(surface + " "):
                out.append(Match(b, m.end, m.entry, m.alias, m.how))
                break
    return out
