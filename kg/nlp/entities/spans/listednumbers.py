"""A body named by a word and a number, given as an example in a list: "groups such as Omega 12
and the Kelvan Exile Council", "bands including Delta 9, …" (issue 10, branch ent99).

kg.nlp.entities.spans.numberends makes "the Linea 40 buses" one name after "the", and leaves a
common English word before a number alone there ("the Alpha 3 reactor" may be a model's word).
After "such as" or "including", with the number closing the list's item (a comma, "and", "or",
a full stop or a bracket after it), the word and its number are one of the things the list
names: the word alone was a junk run ("Omega") and the name was lost. A quantity after the
number ("such as Kelvo 300 workers") goes on from it and is left to the count's reading.
kg.nlp.entities.spans.regionsteps runs `listed_number_ends` after `number_ends`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.numberends import numbered_runs
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import TextIndex

_LISTED = re.compile(r"(?<![\w’'-])(?:such as|including) \Z")
# the number does not close the list's item: anything but a comma, "and", "or", a stop, a bracket
_GOES_ON = re.compile(r"(?![,;.)]|\s+(?:and|or)\s)")


def listed_number_ends(text: str, runs: list[Run], cues: Cues, tx: TextIndex) -> list[Run]:
    """The runs with each lone word after "such as" or "including" and before a number that
    closes the list's item made one name with the number (module docstring)."""
    return numbered_runs(text, runs, cues, tx, _LISTED, _GOES_ON, common=True)
