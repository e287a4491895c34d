"""A volunteers' brigade counted by its ordinal: "the 50th Kelvo Brigade", the fiftieth
contingent of a body that sends one every year (ent111, set BX).

`cutnames.numbered_names` opens an army's unit's name with its ordinal ("the 3rd Infantry
Division", "the 82nd Airborne Division"): the number is the unit's, as its arm's words are.
A volunteer brigade named for a word of its own ("Kelvo", a slogan, a hero's name) is one body
year after year; the ordinal counts its trips, as "the 12th caravan" would, and a researcher
following the body wants the name without it. So before a brigade's head (kg/data/nlp/
cutnames.toml `contingent_heads`; a division, a corps or a fleet is always an army's) an
ordinal stays out of the name where no word between it and the head is an army's arm
(`unit_arm_words`: "the 4th Kelvo Expeditionary Brigade" keeps its number) and one is no
common English word ("the 15th International Brigade" keeps its number too). The gazetteer is
not asked: its small towns share many words of Spanish slogans and surnames.
kg.nlp.entities.spans.regionsteps runs `counted_contingents` right after `numbered_names`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.spans.runs import Run, rest_run

_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)\Z")


@cached
def _arm_words() -> frozenset[str]:
    return frozenset(load("cutnames")["unit_arm_words"])


def counted_contingents(runs: list[Run]) -> list[Run]:
    """The runs of one region, each opened by a digit ordinal before a unit's head and a word
    of a name of its own (`_own_word`) left without the ordinal."""
    heads = frozenset(load("cutnames")["contingent_heads"])
    out = []
    for run in runs:
        words = [w for (_b, _e, w) in run.words]
        if len(words) >= 3 and _ORDINAL.match(words[0]) and words[-1] in heads and run.kind is None \
                and not run.title and not any(w in _arm_words() for w in words[1:-1]) \
                and any(_own_word(w) for w in words[1:-1]):
            run = rest_run(run, 1)
        out.append(run)
    return out


def _own_word(word: str) -> bool:
    """A word that names the body itself: no common word."""
    return not common_words().common(word)
