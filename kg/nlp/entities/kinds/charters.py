"""A country's charter named by the country and one word (set CG, branch ent120): "the U.S.
Constitution", "the Kelvian Constitution". A registry country and one word is read as a firm
or an agency named for its country ("U.S. Pipe", `contextrules.country_firm`), so the charter
was typed an organisation. A two-word name whose second word is one of
kg/data/nlp/rejoins.toml `[charters] words` is a work. "Constitution" is no work's head word in
general: a head cuts a registry country from a law's name ("the U.S. Clean Water Act"), which
would leave the charter's word alone, no name. A declared rule of `NAME_RULES`
(kg.nlp.entities.kinds.namekinds), before `country_firm`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _words() -> frozenset[str]:
    return frozenset(load("rejoins")["charters"]["words"])


def country_charter(q: NameQuery) -> Kind | None:
    """"the U.S. Constitution": a registry country and a charter's word, a work."""
    words = q.run.words
    if len(words) == 2 and words[1][2] in _words() \
            and any(m.entry.kind == "country" for m in q.run.absorbed):
        return "work", False
    return None
