"""A works named by a state or a place and one common noun, what the firm there makes (set BP's
junk, branch ent102): "the strike at the Kelvia Pork plant" names one works, "Kelvia Pork"; the
registry place cut the run, leaving "Kelvia" a place and "Pork" alone, typed a firm by the plant
after it. A capitalised common noun names nothing alone; glued after the place, before a works'
noun (kg/data/nlp/boundaries.toml `[state_firms] site_nouns`), it is the firm's name with the
place. A word that is no common English word ("the Kelvia Dorrowco plant") stays a name of its
own after the place. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

_NOUN = re.compile(r" ([a-z]+)\b")


@cached
def _site_nouns() -> frozenset[str]:
    return frozenset(load("boundaries")["state_firms"]["site_nouns"])


def _product_word(text: str, run: Run) -> bool:
    """The run is one capitalised common English word before a works' noun."""
    if run.title or run.kind is not None or len(run.words) != 1:
        return False
    word = run.words[0][2]
    after = _NOUN.match(text, run.end)
    return word[:1].isupper() and word.isalpha() and common_words().common(word) \
        and after is not None and after.group(1) in _site_nouns()


def state_firms(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs with a registry place and the common noun after it, before a works' noun, one."""
    places = {m.end: m for m in known if m.entry.kind in (*PLACE_KINDS, "state") and m.how == "name"}
    out: list[Run] = []
    for run in runs:
        m = places.get(run.begin - 1)
        if m is None or text[m.end] != " " or not _product_word(text, run):
            out.append(run)
            continue
        out.append(Run(m.begin, run.end, [(m.begin, m.end, text[m.begin:m.end])] + run.words,
                       False, [m] + run.absorbed))
    return out
