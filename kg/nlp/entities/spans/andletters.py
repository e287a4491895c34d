"""A title-case name whose acronym spells its "and" too ("Rapid Arrest and Pursuit (RAAP)",
"Kelvo Arms and Defence (KAAD)"): police units and agencies often take the "and" into their
initials to make a word of them (set BN, branch ent100). kg.nlp.entities.spans.andinitials
joins a name cut at its inner "and" only when the acronym skips the "and" (`initials_skip`), so
such a name stayed cut: the words before "and" a junk name, the acronym alone the body.

`and_spelling_initials` reads the words right before the bracketed acronym with "and" spelling
its letter A (upper-cased) and every other small word of `initials_skip` still skipped; every
word that spells a letter but "and" must be capitalised, and the stretch must hold the "and".
The pieces are then joined as andinitials joins them (its `_join`: no registry name or title may
straddle the stretch). kg.nlp.entities.spans.regionsteps runs it right after
`and_before_initials`, which leaves the stretch alone when its own reading misses."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.acronymwalk import BRACKETED, SPACE, WHOLE_WORD, Spelling, spell
from kg.nlp.entities.spans.andinitials import _join
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_AND = "and"
_REACH = 120  # the farthest such a name reaches back from its acronym, in characters


def _spelling(cues: Cues) -> Spelling:
    """Whole words parted by one space; "and" spells A (a word's first letter upper-cased), the
    other small words of `initials_skip` spell nothing."""
    return Spelling(gap=SPACE, small=frozenset(cues.initials_skip) - {_AND}, folded=True)


def _spelled(picked: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the stretch spells its "and": it holds one, and every other word that spells a
    letter is capitalised (the folded reading would let any lower-case word spell)."""
    words = [t.group(0) for t in picked]
    return _AND in words and picked[0].group(0)[:1].isupper() and all(
        w == _AND or w.lower() in cues.initials_skip or w[:1].isupper() for w in words)


def and_spelling_initials(text: str, r: Region, runs: list[Run], taken: list, cues: Cues) -> list[Run]:
    """Join the pieces of a title-case name cut at its inner "and" when the bracketed acronym
    right after it spells the whole stretch, the "and" spelling an A."""
    out = list(runs)
    for a in BRACKETED.finditer(text, r.begin, r.end):
        if "A" not in a.group(1):
            continue
        words = list(WHOLE_WORD.finditer(text, max(r.begin, a.start() - _REACH), a.start()))
        picked = spell(text, words, a.start() + 1, a.group(1), _spelling(cues), forward=False)
        if picked and _spelled(picked, cues):
            out = _join(text, picked, out, taken)
    return out
