"""A body's own-language name and its acronym, where the acronym opens the bracket (set BI,
branch ent94).

kg.nlp.entities.spans.spelledacronyms reads a name its acronym spells in a bracket right after
it ("the Lidhja e Dorrës (LD)"). Two shapes put the acronym elsewhere, and the runs cut the
name at a word that is no connector of theirs (Albanian's "e", a registry country at the end):

* the acronym first, the whole name inside the bracket after it ("known by its initials LKD
  (Lidhja Kombëtare e Dorrës)"): the bracket's words spell the acronym and fill it;
* the name first, the bracket opened by the acronym and a comma, a gloss after it ("the Partai
  Buruh Kelvara (PBK, Kelvaran Labor Party)"): the words before the bracket spell it.

The letters prove the name, so the small words it skips (`initials_skip`: "of", "de", the
Albanian "e", "i", "të") join it here and nowhere else. The stretch becomes one organisation's
run as spelledacronyms makes one (`one_run`: a registry name wholly inside is absorbed, one
across an edge or a title leaves the runs as they were).

kg.nlp.entities.spans.regionsteps runs it after spelledacronyms.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.acronymwalk import PIECE, Spelling, spell
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.spelledacronyms import one_run
from kg.nlp.entities.spans.textspan import Region

# "LKD (": an acronym, then a bracket that opens the name
_ACRONYM_FIRST = re.compile(rf"(?<![\w’'.-])([{UPPER}]{{2,8}}) \((?=[{UPPER}])")
# " (PBK, ": a bracket opened by an acronym and a comma, right after the name
_ACRONYM_COMMA = re.compile(rf" \(([{UPPER}]{{2,8}}), ")
_SPAN = 120  # the farthest the name reaches from its acronym, in characters
_INSIDE_GAP = re.compile(r"[ (]")  # the bracket before the first word, a space between the others
_BEFORE_GAP = re.compile(" ")


def bracketed_names(text: str, r: Region, runs: list[Run], taken: list, cues: Cues) -> list[Run]:
    """The region's runs with each name its acronym spells from a bracket's opening (module
    docstring) read as one organisation's run."""
    out = list(runs)
    for a in _ACRONYM_FIRST.finditer(text, r.begin, r.end):
        picked = _inside(text, r, a, cues)
        if picked:
            out = one_run(text, picked[0].start(), picked[-1].end(), _words(picked), out, taken, cues)
    for a in _ACRONYM_COMMA.finditer(text, r.begin, r.end):
        picked = _before(text, r, a, cues)
        if picked:
            out = one_run(text, picked[0].start(), picked[-1].end(), _words(picked), out, taken, cues)
    return out


def _inside(text: str, r: Region, a: re.Match, cues: Cues) -> list[re.Match] | None:
    """The bracket's words after the acronym `a`, when they spell its letters, the small words
    aside, and fill the bracket to its closing mark; else None."""
    how = Spelling(gap=_INSIDE_GAP, small=cues.initials_skip, small_lower=True)
    words = list(PIECE.finditer(text, a.end(), min(r.end, a.end() + _SPAN)))
    picked = spell(text, words, a.end() - 1, a.group(1), how, forward=True)
    return picked if picked and text[picked[-1].end():picked[-1].end() + 1] == ")" else None


def _before(text: str, r: Region, a: re.Match, cues: Cues) -> list[re.Match] | None:
    """The words right before the bracket of `a` that spell its acronym, the small words aside,
    one space between each; else None (a stretch that starts inside a hyphened word too)."""
    how = Spelling(gap=_BEFORE_GAP, small=cues.initials_skip, small_lower=True)
    words = list(PIECE.finditer(text, max(r.begin, a.start() - _SPAN), a.start()))
    picked = spell(text, words, a.start() + 1, a.group(1), how, forward=False)
    if picked is None:
        return None
    b = picked[0].start()
    return None if b > 0 and text[b - 1] in "-’'" else picked


def _words(picked: list[re.Match]) -> list[tuple[int, int, str]]:
    return [(t.start(), t.end(), t.group(0)) for t in picked]
