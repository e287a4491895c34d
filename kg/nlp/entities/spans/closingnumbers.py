"""A name of a word and its number after a locative word or beside another numbered name: "a
plant near Kelvara 8.", "the MK-12 and Dorrio 40 gangs" (issue 10, set CK's junk; branch ent125).

kg.nlp.entities.spans.numberends makes a lone unknown word and its number one name after "the",
and kg.nlp.entities.spans.listednumbers after "such as" or "including"; elsewhere the word was
left alone, a junk run ("Kelvara"), and the name was lost. Two more places say the word and its
number name one thing, a farm or a camp, a gang or a squad:

- after a locative word (`_LOCATIVE`: "near", "at", "outside", …) with the number closing the
  phrase (a comma, "and", "or", a stop, a bracket after it): a site numbered on a map;
- after "and" and another name that ends in a number ("MK-12 and Dorrio 40"): the second of a
  pair of numbered names, whatever follows ("… gangs").

The word is one capitalised word no cue reads and no common English word or place
(`numbered_runs`' test), so "near Gate 3." and "in Kelvo 300 workers" are left alone; beside
another numbered name it may be a name's head word ("the MK-12 and Barrio 40 gangs").
kg.nlp.entities.spans.regionsteps runs both after `listed_number_ends`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.numberends import QUANTITY, numbered_runs
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import TextIndex

_LOCATIVE = re.compile(r"(?<![\w’'-])(?:near|at|outside|inside|behind|beside) \Z")
# the number does not close the phrase: anything but a comma, "and", "or", a stop, a bracket
_GOES_ON = re.compile(r"(?![,;.)]|\s+(?:and|or)\s)")
# another name ending in a number, then "and": "MK-12 and ", "Local 9 and "
_NUMBERED_AND = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*[ -]?\d{1,4} and \Z")
# the number says how many or how much: "… and Dorrio 40 percent"


def located_number_ends(text: str, runs: list[Run], cues: Cues, tx: TextIndex) -> list[Run]:
    """The runs with each lone word after a locative word and before a number closing the
    phrase made one name with the number ("near Kelvara 8.")."""
    return numbered_runs(text, runs, cues, tx, _LOCATIVE, _GOES_ON)


def paired_number_ends(text: str, runs: list[Run], cues: Cues, tx: TextIndex) -> list[Run]:
    """The runs with each lone word after another numbered name and "and", before a number,
    made one name with the number ("the MK-12 and Dorrio 40 gangs")."""
    return numbered_runs(text, runs, cues, tx, _NUMBERED_AND, QUANTITY, heads=True)
