"""A registry body's one-word form right after an office's noun and "of": "the Ministry of
Labour", "the Minister of Labor", "the Department of Labour" name the ministry, not the party
whose one-word form ("Labour", after the party is named in full; Israel's "Labor") is the
field the office is of (set BM, branch ent98). The nouns are data (kg/data/nlp/entities.toml
`office_of_nouns`). A declared rule of `KEEP_RULES` (kg.nlp.entities.mentions.keep): the match
is dropped and the run of capitalised words reads the whole office's name."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.mentions.query import MentionQuery


@cached
def _office_of() -> re.Pattern:
    """"Ministry of ", "Minister of the " right before a form."""
    return re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(load("entities")["office_of_nouns"])
                      + r")\s+of\s+(?:the\s+)?\Z")


def field_of_office(q: MentionQuery) -> bool:
    """An organisation's one-word form right after "<office> of": the office's field."""
    form = q.text[q.m.begin:q.m.end]
    return q.kind == "organization" and " " not in form \
        and textwindow.before(_office_of(), q.text, q.m.begin, 40) is not None
