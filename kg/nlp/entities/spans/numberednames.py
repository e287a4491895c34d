"""A law's name of two words or more before "No." and a number is the law's name with its
number: "the Kelvo Emergency Decree No. 9", "Martial Law Order No. 3", "General Order No. 11"
(set BR's junk, branch ent105; set BT's branch ent107 wrote the same rule, merged here).

kg.nlp.entities.spans.lawparts `numbered_laws` joins a law's head alone to its number ("Law No.
4410"); a head after other capitalised words ("Emergency Decree") was left without it, so the
page named a decree with no number, no law a reader can look up (a regime issues one decree
after another, the number is what tells them apart). A run of two words or more whose last word
is a law's head that laws number (kg/data/nlp/boundaries.toml [laws] `number_heads`), right
before "No." and a number, runs on over the number and is typed a work. A run typed otherwise
(a body's "Local No. 5" is no law: its head is none of those) or a title is left alone.
kg.nlp.entities.spans.regionsteps runs it right after `numbered_laws`.
"""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.lawparts import NUMBER_AFTER
from kg.nlp.entities.spans.runs import Run, span_words


@cached
def _number_heads() -> frozenset[str]:
    return frozenset(load("boundaries")["laws"]["number_heads"])


def named_numbered_laws(text: str, runs: list[Run]) -> list[Run]:
    """The runs of one region, each law's name of two words or more before "No." and a number
    run on over the number and typed a work."""
    heads = _number_heads()
    out = []
    for run in runs:
        m = NUMBER_AFTER.match(text, run.end)
        if m and len(run.words) >= 2 and run.words[-1][2] in heads \
                and run.kind in (None, "work") and not run.title:
            run = replace(run, end=m.end(), words=span_words(text, run.begin, m.end(), r"\S+"), kind="work")
        out.append(run)
    return out
