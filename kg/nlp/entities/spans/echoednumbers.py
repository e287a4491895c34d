"""A word and its number named again where nothing frames them: "a driver for Linea 40" on a
page that also prints "the Linea 40 drivers" (set CN's pass, branch ent132).

kg.nlp.entities.spans.numberends makes a lone unknown word and its number one name after "the"
(and kg.nlp.entities.spans.listednumbers, closingnumbers after a list's or a locative word);
elsewhere the word was left alone, a junk run ("Linea"), beside the name found in full. Where the
page prints the same word and number after "the" too — the shape `number_ends` reads as one name
— the pair is that name wherever it stands. The word passes the same test (one capitalised word
no cue reads, no common English word, no place; not opening a sentence), and a quantity after
the number ("Linea 40 percent") keeps it apart. kg.nlp.entities.spans.regionsteps runs
`echoed_number_ends` after the other number steps.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.numberends import NUMBER, QUANTITY, numbered_runs
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import TextIndex

_ANYWHERE = re.compile(r"")


def echoed_number_ends(text: str, runs: list[Run], cues: Cues, tx: TextIndex) -> list[Run]:
    """The runs with each lone word before a number made one name with it where the page prints
    "the <word> <number>" too (module docstring)."""
    echoed = [r for r in runs if _echoed(text, r)]
    made = numbered_runs(text, echoed, cues, tx, _ANYWHERE, QUANTITY)
    joined = {id(r): j for r, j in zip(echoed, made, strict=True)}
    return [joined.get(id(r), r) for r in runs]


def _echoed(text: str, run: Run) -> bool:
    """A one-word run before a number that the page prints after "the" elsewhere."""
    if len(run.words) != 1:
        return False
    m = NUMBER.match(text, run.end)
    if m is None:
        return False
    pair = re.escape(run.words[0][2]) + " " + m.group(1)
    return any(e.start() != run.begin - 4 for e in
               re.finditer(r"(?<![\w’'-])[Tt]he (?=" + pair + r"(?![\w,.%/:-]\d|[\w%/-]))", text))
