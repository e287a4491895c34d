"""Chinese names in pinyin, family name first (set CF, branch ent119): "Xi Jinping" then "Xi",
"Deng Xiaoping" then "Deng". A person's surname is the last word of an English name, so the
later mention by the family name alone ("rallies against Peng") matched no one and was left
untyped.

`pinyin_family_first` tells a two-word name whose first word is a Chinese family name
(kg/data/nlp/pinyinnames.toml `family_names`) and whose second is a given name of two pinyin
syllables written as one word ("Jinping", "Jianguo": `initials`, `finals`). The given-name
lists are not asked: they hold Chinese given names too ("Meiling"). A Western name rarely
passes both tests ("Lee Anne": "Lee" is no pinyin family name, "Long Island": "Island" no two
syllables). kg.nlp.entities.kinds.shortforms `surname` reads the first word then.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern


@cached
def _syllables() -> re.Pattern:
    """A given name of two pinyin syllables, capitalised, as one word."""
    data = load("pinyinnames")
    one = f"(?:{phrase_pattern(data['initials'])})?(?:{phrase_pattern(data['finals'])})"
    return re.compile(f"(?i:{one}{one})")


@cached
def _family_names() -> frozenset[str]:
    return frozenset(load("pinyinnames")["family_names"])


def pinyin_family_first(words: list[str]) -> bool:
    """"Xi Jinping": a Chinese family name, then a given name of two pinyin syllables in one
    word (module docstring)."""
    if len(words) != 2 or words[0] not in _family_names():
        return False
    given = words[1]
    return given[:1].isupper() and given[1:].islower() and _syllables().fullmatch(given) is not None
