"""A country's short form before one of its bodies whose registry label opens with the country's
full name (sets AR and AS, branch ent71).

kg.nlp.entities.spans.countrybodies stretches a body's mention back over the country printed
before it where the body's label opens with the same surface ("U.S. State Department" for "U.S.
Department of State"). A label may open with the country's full name instead ("Kelvian Republic
House of Delegates") while the paper prints the country's short form ("the K.R. House of
Delegates"): that too is one mention of the body, read from the registry's own labels (no body
or country is named here).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kg.nlp.entities.registry.surface import Match


def country_label_opened(text: str, found: list[Match],
                         countries_at: Callable[[int, int], Iterable[tuple[int, Match]]]) -> list[Match]:
    """Organisation matches of `found` stretched back over a registry country glued (one space)
    before them whose entry's label opens the organisation's label, where the alias matched
    does not hold the country: "U.S. House of Delegates" for the entry "United States House of
    Delegates" matched by its alias "House of Delegates". Only the new matches are returned;
    `resolve` prefers them, being longer."""
    out: list[Match] = []
    for m in found:
        if m.entry.kind != "organization" or m.how != "name" or m.alias is None \
                or m.begin < 2 or text[m.begin - 1] != " ":
            continue
        for b, country in countries_at(max(0, m.begin - 40), m.begin - 1):
            glued = b > 0 and (text[b - 1].isalnum() or text[b - 1] in "-–’'")
            if country.entry.kind != "country" or glued:
                continue
            full = country.entry.label
            if m.entry.label.startswith(full + " ") and not m.alias.text.startswith(full + " ") \
                    and m.entry.label[len(full) + 1:] == m.alias.text:
                out.append(Match(b, m.end, m.entry, m.alias, m.how))
                break
    return out
