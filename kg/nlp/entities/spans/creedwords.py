"""A creed named for a person or a place, one capitalised word: "crushed by fascism and
Stalinism", "the legacy of Dorrowism" (set BY's kind, branch ent112).

Such a word is capitalised because its stem is a name, but it names an idea or a system of
rule, no person, place or body; the common ones are in kg/data/nlp/entities.toml `single_words`
("Socialism", "Capitalism"), and the rest, made of any name, cannot be listed. A run of one
word that ends in a creed's ending (kg/data/nlp/creedwords.toml `endings`) after a capitalised
stem of three letters or more is dropped; a run of more words ("the Kelvo Institute for
Journalism") is left whole. A declared step of kg.nlp.entities.spans.regionsteps
`REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.spans.runs import Run


@cached
def _creed() -> re.Pattern:
    return re.compile(r"[A-Z][a-z]{2,}" + phrase_pattern(load("creedwords")["endings"]))


def creed_words(runs: list[Run]) -> list[Run]:
    """The runs but those that are one creed's word alone."""
    creed = _creed()
    return [run for run in runs if run.title or run.kind is not None or len(run.words) != 1
            or creed.fullmatch(run.words[0][2]) is None]
