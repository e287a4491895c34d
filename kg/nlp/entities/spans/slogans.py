"""A slogan's verb opening a quotation in Spanish, Portuguese, French or Italian ("“Abajo la
Junta!”", "“Fora Kelvo!”"; issue 10, branch ent99).

A run of capitalised words that the slogan's first word opens was read as one name in its
language, the lower-case words inside it run on (kg.nlp.entities.spans.foreign): the page got
"Abajo la Junta", a name of nothing. The word is the chant's "down with", "out", "long live"
(`[slogans] openers`, kg/data/nlp/entities.toml), never a name's first word right after the
quotation mark or "¡" that opens the chant; the name the chant speaks of begins at its next
capitalised word ("Junta"), and a run with none after it goes. A slogan word elsewhere ("the
Viva Kelvo brigade") is left as it was.
kg.nlp.entities.spans.regionsteps runs `slogan_openers` after `foreign_names`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run, absorbed_in, span_words

_OPENS = re.compile(r"[“\"‘'«¡] ?\Z")  # a quotation mark or "¡" right before the run
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")


@cached
def _openers() -> frozenset[str]:
    return frozenset(load("entities")["slogans"]["openers"])


def slogan_openers(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each opened by a slogan's word right after a quotation mark cut to its next
    capitalised word, or dropped where none follows (module docstring)."""
    out = []
    for run in runs:
        words = span_words(text, run.begin, run.end, _WORD)
        if run.title or not words or words[0][2] not in _openers() \
                or not _OPENS.search(text, max(0, run.begin - 2), run.begin):
            out.append(run)
            continue
        rest = next((i for i, w in enumerate(words[1:], 1) if w[2][:1].isupper()), None)
        if rest is not None:
            b = words[rest][0]
            out.append(Run(b, run.end, words[rest:], absorbed=absorbed_in(run, b, run.end)))
    return out
