"""A law named for a person, the person first (set BT's junk, branch ent107): "the Emmett Dorrow
Antilynching Act", "the Lena Kelvin Fair Pay Act". Congress names laws for the victim or the
worker whose case moved them; the registry matched the person, and the run of capitalised words
began after them, so the law was cut to its tail ("Antilynching Act"), junk that names no law.

`namesake_laws` opens such a law's run at the person, as `place_laws` opens one at its country
(kg.nlp.entities.spans.placelaws): after "the", a registry person written out, one space, then
a plain run of one to four capitalised words ending in a head of a law named so
(kg/data/nlp/boundaries.toml [laws] `namesake_heads`). The law is a work; the person stays a
mention of their own inside it.

kg.nlp.entities.spans.regionsteps runs it right after `place_laws`.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.placelaws import laws_opened_at
from kg.nlp.entities.spans.runs import Run


@cached
def _heads() -> frozenset[str]:
    """The heads of a law named for a person ([laws] `namesake_heads`)."""
    return frozenset(load("boundaries")["laws"]["namesake_heads"])


def namesake_laws(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each law's opened at the registry person right before it (module docstring)."""
    people = {m.end: m for m in known if m.entry.kind == "person" and m.how == "name"}
    return laws_opened_at(text, runs, people, _heads())
