"""A work's subject before a publication cue, no title: "his four books on the Kelvo Dockers in
the Northwest, published by …" (set BY's kind, branch ent112).

kg.nlp.entities.spans.titles reads the title-case stretch right before ", published by" as the
work's title, begun at the first capital of its clause whose stretch reaches the cue. A stretch
that a preposition of subject and a lower-case article open ("on the", "about the":
kg/data/nlp/clausetitles.toml `subject_before`) is what the work is about, not its name (a
title cited mid-sentence keeps its own capitalised article, "on The Kelvo Dockers"): the names
inside it (a union, a region) are names of their own. Apart from titles so that it stays
small; titles calls it."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern


@cached
def _subject_before() -> re.Pattern:
    return re.compile(r"(?<![\w’'-])" + phrase_pattern(load("clausetitles")["subject_before"]) + r"\s+\Z")


def subject_not_title(text: str, start: int) -> bool:
    """Whether the stretch beginning at `start` follows a preposition of subject and "the"."""
    return textwindow.before(_subject_before(), text, start, 20, cut=True) is not None
