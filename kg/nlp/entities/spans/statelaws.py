"""A state's law named with the state first: "the Tallowa Clean Water Act", "the Kelvo Labor
Code" after a registry state or province (set BS's kinds, branch ent106).

`country_laws` (kg.nlp.entities.spans.countrylaws) opens a law's run at the registry country
right before it. A state's or a province's law is written the same way, and there the registry
matched the state and the run began after it, so the law was cut to its head's part ("Abortion
Control Act": junk, a law any state may have) while the page names one state's statute. The
same shape is read here for a registry place inside a country (its `place` field set: a state,
a province), matched by its name: after "the", one space, then one to four capitalised words
ending in a head of one country's law (kg/data/nlp/boundaries.toml [laws] `country_heads`). The
law is a work; the state stays a mention of its own inside it, as the country does in
`country_laws`.

kg.nlp.entities.spans.regionsteps runs `state_laws` right after `country_laws`.
"""

from __future__ import annotations

from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.countrylaws import country_laws
from kg.nlp.entities.spans.runs import Run


def _state(m: Match) -> bool:
    """A registry place inside a country (a state, a province), matched by its written-out name."""
    return m.how == "name" and m.entry.kind == "place" and bool(m.entry.place)


def state_laws(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each law's opened at the registry state right before it (module docstring)."""
    return country_laws(text, runs, known, opener=_state)
