"""A place glued before a machine's model number: "shipped Kelvia T-72 tanks", "the Dorrow
C-130J transports" (set BI, branch ent94).

A model's designation is a capitalised word, so the run walk went on from the place's name into
it, and the whole ("Kelvia T-72") was one junk name: the place lost, the model (a machine's type,
no entity the paper names) kept. The designation has a shape of its own: one to three capital
letters, a hyphen, one to four digits and at most one letter after them ("F-16", "AK-47",
"C-130J"), a plural "s" after it for the machines ("F-16s"). A run that ends in one, after one
or two words that make a place the gazetteer knows, is cut before it: the place a run of its
own, the designation left alone. The place may be a registry place's mention the run absorbed
("U.S. B-52s", set BU, branch ent117): the run cut to it keeps the match, the place's mention.
A run with a head word, a title or a kind another step gave it is left as it was.

kg.nlp.entities.spans.regionsteps runs it before anything types the runs.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, absorbed_in

# a plural "s" after it names the machines ("U.S. B-52s bombed …"; set BU, branch ent117)
_MODEL = re.compile(r"[A-Z]{1,3}-\d{1,4}[A-Z]?s?")


def place_before_model(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, each "<place> <model>" cut to the place (module docstring)."""
    out: list[Run] = []
    for run in runs:
        if not _place_and_model(text, run, cues):
            out.append(run)
            continue
        words = run.words[:-1]
        out.append(Run(run.begin, words[-1][1], words, absorbed=absorbed_in(run, run.begin, words[-1][1])))
    return out


def _registry_place(run: Run, place: list) -> bool:
    """The words before the model are one registry place's mention the run absorbed."""
    return any(m.begin == place[0][0] and m.end >= place[-1][1] and m.entry.kind in PLACE_KINDS
               for m in run.absorbed)


def _place_and_model(text: str, run: Run, cues: Cues) -> bool:
    """Two or three words, the last a model's designation, the others a place the gazetteer
    knows; no title, no kind, no head word."""
    if not 2 <= len(run.words) <= 3 or run.title or run.kind is not None \
            or _MODEL.fullmatch(run.words[-1][2]) is None:
        return False
    place = run.words[:-1]
    if any(w in cues.heads for (_b, _e, w) in place):
        return False
    return evidence().place_kind(text[place[0][0]:place[-1][1]]) is not None or _registry_place(run, place)
