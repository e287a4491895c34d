"""A surname spelled as a function word after a given name ("Dana Still", "Tomas Just"; set BY,
branch ent123): the run keeps it.

`runclose.trim_edges` cuts a function word of two letters or more off a run's end ("Still",
"Just" open sentences: "Still, the union …"). Mid-run, right after a given name the gazetteer
knows, such a word is capitalised only as a surname: the English surnames that are function
words too are listed in kg/data/nlp/entities.toml `surname_function_words`, and a run of the
given name and one of them is a person's name, not the given name alone."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.gazetteer import gazetteer


@cached
def _surname_words() -> frozenset[str]:
    return frozenset(load("entities")["surname_function_words"])


def surname_after_given(words: list[str]) -> bool:
    """A run of two words, a given name and a surname spelled as a function word: both stay."""
    return (len(words) == 2 and words[1] in _surname_words()
            and gazetteer().is_given_name(words[0]))
