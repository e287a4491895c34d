"""A hyphened adjective opening a sentence or a headline: "Locked-out Dorvek workers rally",
"Laid-off Kelvo Mills hands march" (issue 10, set AZ's kinds, branch ent81; docs/entities.md
"Set AZ's names").

The scanner joins capitalised words into a run, and a sentence's or a headline's first word is
capitalised by its place. A compound of common English words with a lower-case part after its
hyphen ("Locked-out", "Laid-off", "Long-time", "Hard-hit") is an adjective of the sentence, no
part of a name: no name is written so (a name capitalises its parts, "Canton-Pitt",
"Coca-Cola"). `hyphened_openers` starts such a run after the compound; a run of that word alone
is dropped. A compound whose parts are not all common words ("Al-qasr", a name's own spelling)
stays, as does a word capitalised after its hyphen.

A nation's adjective joined by a hyphen to lower-case words ("Spanish-language", "French-
speaking", "Cuban-born") is an adjective wherever it stands, no name either: "subscriptions to
the Spanish-language monthly Perspectiva Mundial" made a periodical of "Spanish-language" by the
words before it (a real 1995 page read through the pipeline, branch real40). `nation_compounds`
drops such a run of that word alone and starts a longer one after it; a compound whose first
part is no nation's adjective ("Kelvo-based") is left to the rules as before.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.nations import is_nation_adjective
from kg.nlp.entities.spans.runs import Run, rest_run
from kg.nlp.entities.spans.textspan import TextIndex

# "Locked-out", "Laid-off", "Well-to-do": a capital, then lower-case parts joined by hyphens
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")
# "Spanish-language", "French-speaking": a capitalised first part, lower-case parts after it
_NATION_COMPOUND = re.compile(r"([A-Z][a-z]+)(?:-[a-z]+)+")


def adjective_compound(word: str) -> bool:
    """A compound of common English words, capitalised only at its start: an adjective that a
    sentence's first place capitalised ("Locked-out"), never a name's own word."""
    return _LOWER_COMPOUND.fullmatch(word) is not None \
        and all(common_words().common(part) for part in word.split("-"))


def hyphened_openers(runs: list[Run], tx: TextIndex) -> list[Run]:
    """The runs, each one opening a sentence or a headline with an adjective compound
    (`adjective_compound`) started after it; a run of the compound alone is dropped."""
    out: list[Run] = []
    for run in runs:
        if run.kind is None and run.words and tx.is_sentence_start(run.begin) \
                and adjective_compound(run.words[0][2]):
            rest = run.words[1:]
            if not rest or not rest[0][2][:1].isupper():
                continue
            run = rest_run(run, 1)
        out.append(run)
    return out


def nation_compound(word: str) -> bool:
    """A nation's adjective joined to lower-case words ("Spanish-language", "Cuban-born"): an
    adjective wherever it stands (module docstring)."""
    m = _NATION_COMPOUND.fullmatch(word)
    return m is not None and is_nation_adjective(m.group(1))


def nation_compounds(runs: list[Run]) -> list[Run]:
    """The runs, a nation's adjective compound (`nation_compound`) opening one left out of it;
    a run of the compound alone is dropped."""
    out: list[Run] = []
    for run in runs:
        if run.kind is None and run.words and nation_compound(run.words[0][2]):
            if len(run.words) == 1 or not run.words[1][2][:1].isupper():
                continue
            run = rest_run(run, 1)
        out.append(run)
    return out
