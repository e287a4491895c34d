"""A registry organisation with an English name that `registry_foreign_place` ran on into the
lower-case English words after it (set BP's junk, branch ent102): "a retired Kelvo Pacific
conductor" is the railroad and a trade, not one name. The foreign run-on is for names of French,
Spanish and Portuguese ("Union nationale des mineurs du Kelvo"); a head those languages share
with English ("Union", "Central") opens English names too, and an English noun after it
("conductor", which Spanish also writes) is no word of the name.

The run is dropped when every word after the registry name is a lower-case English word
and none a function word of those languages: the registry match is a mention of its own again.
A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`, run right after
`registry_foreign_place`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import foreign
from kg.nlp.entities.spans.runs import Run

_WORD = re.compile(r"[a-z]+")


def _english_tail(tail: str) -> bool:
    """Lower-case English words only, none a function word of those languages: a word English
    writes more than they do ("brakeman"), or one used a time per million English words at
    least (Zipf 3: "conductor", which Spanish writes more)."""
    from wordfreq import zipf_frequency  # a dependency (pyproject.toml), read lazily
    words = tail.split()
    return bool(words) and all(
        _WORD.fullmatch(w) and not foreign.function_word(w)
        and (zipf_frequency(w, "en", wordlist="small") >= 3.0 or not foreign.foreign_word(w))
        for w in words)


def _english_name(name: str) -> bool:
    """A registry name whose first word is ASCII and a common English word ("Union")."""
    first = name.split()[0] if name.split() else ""
    return first.isascii() and common_words().common(first)


def registry_english_tails(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs without those that are a registry organisation's English name and lower-case
    English words glued after it by the foreign run-on."""
    orgs = {m.begin: m for m in known if m.entry.kind == "organization" and m.how == "name"}
    out = []
    for run in runs:
        m = orgs.get(run.begin)
        if m is not None and not run.title and run.end > m.end and m in run.absorbed \
                and _english_name(text[m.begin:m.end]) and _english_tail(text[m.end:run.end]):
            continue
        out.append(run)
    return out
