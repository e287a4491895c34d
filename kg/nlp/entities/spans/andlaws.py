"""An act's name with "and" inside: "the Kelvo Taxpayer and Citizen Protection Act", "the
Illegal Entry Reform and Dorrow Responsibility Act" (set CA's junk at its first measure,
2026-12-06).

Long laws join two subjects by "and", and the runs of capitalised words stop there: the words
before "and" were left a junk name and the rest a law of its own ("Citizen Protection Act").
After "the", a run of one to three capitalised words with no head, title or function word of its
own, then " and " and a run of at most four words ending in a law's head, are one name, typed a
work: the same test as "of" inside a law's name (kg.nlp.entities.spans.oflaws, whose
`linked_laws` joins them). "the Senate and the Kelvo Act" (an article after "and") stays two.
kg.nlp.entities.spans.regionsteps runs it right after `of_inside_laws`.
"""

from __future__ import annotations

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.oflaws import MOST_AFTER, law_heads, linked_laws, opens_law
from kg.nlp.entities.spans.runs import Run, plain_run


def and_inside_laws(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs of one region (sorted), each law's name with "and" inside made one work run."""
    heads = law_heads()
    return linked_laws(text, runs, "and", lambda prev, run: plain_run(run) and run.words[-1][2] in heads
                       and len(run.words) <= MOST_AFTER and opens_law(text, prev, cues))
