"""An airline named by its brand and "Air": "Kelvo Air", "TRA Air" (set BM, branch ent98).

"Air" cannot be a head word of kg/data/nlp/entities.toml (`[head_types]`): a ministry's
portfolio ("the Department of Housing, Parks and Clean Air") and a list's last words ("Clean
Air", "Fresh Air") end in it too. A name of two words, the second "Air" and the first no common
English word (an acronym, a brand), is the airline: an organisation, weak as a head word's kind.
The brand word is data (kg/data/nlp/entities.toml `airline_heads`). kg.nlp.entities.kinds.namekinds
runs `airline_brand` right before `head_word_kind`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("entities")["airline_heads"])


def airline_brand(q: NameQuery) -> Kind | None:
    """"Kelvo Air": a brand and an airline's head, an organisation (weak); else None."""
    words = q.words
    if len(words) == 2 and words[1] in _heads() and not common_words().common(words[0]):
        return "organization", False
    return None
