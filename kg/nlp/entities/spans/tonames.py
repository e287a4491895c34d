"""A body's name with "to" between its words, before a lower-case noun of bodies (set BE, branch
ent88): "the Rise to Dorrow federation", "the Bridge to Kelvin coalition": names made of a
slogan, as a union federation's may be. "to" is no connector the run walk takes (it joins
no name in "sent Ana to Dorrow"), so the run stopped at it: the word after it alone was typed by
the noun, the word before it dropped.

`to_names` joins "the <Word> to <Word or two> <noun>" into one organisation's run: the article
before the first word, one capitalised word no place the gazetteer knows, "to" (`name_inner_to`,
kg/data/nlp/entities.toml), one or two capitalised words with no head word, then a noun of
`organization_after` ("federation", "coalition", "union"), which stays outside the name as it
does after any body's name.

kg.nlp.entities.spans.regionsteps runs it before anything types the runs.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.pairjoins import join_pairs
from kg.nlp.entities.spans.runs import Run

_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he \Z")
_NOUN_AFTER = re.compile(r" ([a-z]+)(?![\w’'-])")


@cached
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The inner words (`name_inner_to`) and the nouns of bodies after a name
    (`organization_after`)."""
    c = load("entities")
    return frozenset(c["name_inner_to"]), frozenset(c["organization_after"])


def to_names(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, "the <Word> to <Word> <noun of bodies>" joined into one organisation's name
    (module docstring)."""
    return join_pairs(runs, lambda run, nxt: not run.title and _joins(text, run, nxt, cues),
                      "organization")


def _joins(text: str, first: Run, last: Run, cues: Cues) -> bool:
    """"the" before `first` (one word), an inner word between, a noun of bodies after `last`."""
    inner, nouns = _words()
    gap = text[first.end:last.begin]
    if len(first.words) != 1 or first.title or not (1 <= len(last.words) <= 2) \
            or gap[:1] != " " or gap[-1:] != " " or gap.strip() not in inner:
        return False
    if any(w in cues.heads or not w[:1].isupper() for (_b, _e, w) in first.words + last.words) \
            or evidence().place_kind(first.words[0][2]) is not None:
        return False  # "the Kelvo to Dorrow route": two places, no slogan
    noun = _NOUN_AFTER.match(text, last.end)
    return noun is not None and noun.group(1) in nouns \
        and _THE_BEFORE.search(text, max(0, first.begin - 5), first.begin) is not None
