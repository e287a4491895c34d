"""The people of a place opening a sentence or a sign's words: "Workers of Kelvia stand as one
family", "Students of Dorrow marched" (issue 10, branch ent99).

A noun of the people a body gathers (`people_bodies`: "Workers", "Women", "Students") is an
organisation's head, so "of" and a registry place after it ran on into one name, typed an
organisation. Opening a sentence with no article before it and no other word after the place,
the noun is capitalised by its place and the phrase says who, as "workers of Kelvia" does
mid-sentence; a body so named is written with its article ("the Women of Kelvia") or stands
mid-sentence. The run goes and the place is a mention of its own again.
kg.nlp.entities.spans.regionsteps runs `people_of_places`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run
from kg.nlp.entities.spans.textspan import TextIndex

_AFTER_STOP = re.compile(r"\w[!?] \Z")


def _people_of_place(run: Run, cues: Cues) -> bool:
    """The run is a people's noun, "of" and one registry place, nothing else."""
    words = [w for _b, _e, w in run.words]
    return len(run.absorbed) == 1 and run.absorbed[0].entry.kind in PLACE_KINDS \
        and run.absorbed[0].end == run.end and len(words) >= 3 \
        and words[0] in cues.people_bodies and words[1] == "of" \
        and run.words[2][0] == run.absorbed[0].begin


def _opens_sentence(text: str, run: Run, tx: TextIndex) -> bool:
    """The run opens a sentence, or a quoted sentence after an exclamation or a question inside
    one quotation ("“Send no guns to Dorrow! Workers of …”"), which the sentence index does not cut."""
    after_stop = _AFTER_STOP.search(text, max(0, run.begin - 3), run.begin)
    return tx.is_sentence_start(run.begin) or after_stop is not None


def people_of_places(text: str, runs: list[Run], cues: Cues, tx: TextIndex) -> list[Run]:
    """The runs without each people's noun "of" a place opening a sentence (module docstring)."""
    return [run for run in runs
            if run.title or run.kind is not None or not _opens_sentence(text, run, tx)
            or not _people_of_place(run, cues)]
