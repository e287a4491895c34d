"""A person's given names ending in a particle's compound, then a registry person's surname:
"Tariq al-Hamid Dorrani" when the registry holds a "… Dorrani" (issue 10, set AX's kinds,
branch ent78).

Arabic given names are often a compound joined by a particle ("Nur al-Din", "Tariq al-Hamid");
a ruler's son or brother is named by them and the family's surname, the ruler's own, which the
registry matches as the ruler's short form. The run of capitalised words stopped at the
registry's match, so the person was cut in two: the given names untyped ("Tariq al-Hamid"),
the surname given to the ruler. A run whose last word opens with a particle of `name_particles`
(kg/data/nlp/entities.toml) and a hyphen, directly followed (one space) by a registry person's
one-word match, takes the match in: one person, the whole name. A run with no such word
("Kelvo Workers Dorrani") is left alone.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run


@cached
def _particles() -> frozenset[str]:
    return frozenset(load("entities")["name_particles"])


def _particle_compound(word: str) -> bool:
    """"al-Hamid": a particle, a hyphen, a capital."""
    head, sep, rest = word.partition("-")
    return bool(sep) and rest[:1].isupper() and head in _particles()


def particle_given_names(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each of given names ending in a particle's compound and glued to a registry
    person's one-word match, taking the match in (module docstring)."""
    begins = {m.begin: m for m in known
              if m.entry.kind == "person" and " " not in text[m.begin:m.end]}
    for run in runs:
        m = begins.get(run.end + 1)
        if m is None or text[run.end:m.begin] != " " or run.title or run.kind is not None \
                or len(run.words) < 2 or not _particle_compound(run.words[-1][2]):
            continue
        run.words.append((m.begin, m.end, text[m.begin:m.end]))
        run.end, run.kind = m.end, "person"
        run.absorbed.append(m)
    return runs
