"""One walk over a name's words against the letters of its acronym (branch rev17).

Three rules find a name by the letters its acronym spells: kg.nlp.entities.spans.initials
(`named_by_initials`: "Confédération des syndicats nationaux (CSN)", a name in another language
whose lower-case words cut the run), kg.nlp.entities.spans.andinitials ("the Alliance of Labor
and Justice (ALJ)", a title-case name cut at "and" or "of") and
kg.nlp.entities.spans.spelledacronyms ("KWLD-TD, the Kelvo Welders, Lathe, Dock and Transit
Workers’ Tallin Division", a long union's name through commas, hyphens and a word left out).
Each walked the words its own way; they differ only in what they let stand in a name, so the
walk is written once here and each rule says its reading as a `Spelling`:

* which words are read (`WHOLE_WORD` keeps a hyphened word whole, `PIECE` splits it at its
  hyphens) and how far from the acronym, the caller's window: `spell` takes the words found;
* the direction: back from the bracket after the name, or forward from the "the" before it;
* what may part two words of the name (`gap`: a space, a hyphen, any run of white space; a
  comma only while letters are left to spell: a list of trades inside the name);
* the small words that spell no letter ("of", "and", a language's "des"; `small`), in any case
  or only in lower case, after any gap or only after a space, and those that say the name
  ended before them ("in": the place the name is in; `stops`);
* how a word spells its letter (its first letter as printed, or upper-cased: a name in another
  language writes its common words in lower case), whether a capitalised word may spell no
  letter (`spare_every`), and whether capitalised words glued on after the last letter ("…
  Workers North") belong to the name (`glued`).

The walk starts at `anchor`, the bracket (back) or the end of the word before the name
(forward): the gap between it and the name's nearest word is read as any other. It ends when
the letters are all spelled (or, `glued`, at the first word that is no capitalised one), at a
gap that parts the name, or misses (None) at a word that spells no letter it may skip. What a
rule asks of the stretch it gets (a first word capitalised, punctuation closing it) stays with
the rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, field

from kg.nlp.entities.cues.capitals import UPPER

# A word, a hyphened word whole ("Dorrow-Kent")
WHOLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# A word, or the part of a hyphened word between its hyphens
PIECE = re.compile(r"[^\W\d_][\w’']*")
# " (ALJ)": an acronym in brackets right after a name, the space before the bracket included
BRACKETED = re.compile(rf" \(([{UPPER}]{{2,8}})\)")
# What closes a long name read forward: punctuation, or a lower-case word
CLOSED = re.compile(r"[,.;:)]|\s+[a-z]")
SPACE = re.compile(" ")


@dataclass(frozen=True)
class Spelling:
    """How one rule reads a name's words against an acronym's letters (the module says why
    the rules differ)."""

    gap: re.Pattern[str]  # what parts two words of the name (whole); a comma only while letters are left
    small: Set[str]  # words that spell no letter inside the name, compared lower-cased
    small_lower: bool = False  # a small word counts only printed in lower case ("of", not "Of")
    small_after: str | None = None  # the one gap a small word may follow (None: any `gap`)
    stops: Set[str] = field(default_factory=frozenset)  # small words that end the name before them: a miss
    folded: bool = False  # a word spells its first letter upper-cased ("des" spells D)
    spare_every: int = 0  # a capitalised word may spell no letter, one for every so many letters
    glued: bool = False  # capitalised words after the last letter run on the name

    def is_small(self, word: str) -> bool:
        """Whether `word` is one that spells no letter inside the name."""
        return word.lower() in self.small and (not self.small_lower or word[:1].islower())

    def letter(self, word: str) -> str:
        """The letter `word` spells."""
        return word[:1].upper() if self.folded else word[:1]


def _parts(gap: str, left: int, how: Spelling) -> bool:
    """Whether `gap` keeps two words in one name, `left` letters still to spell."""
    return how.gap.fullmatch(gap) is not None and ("," not in gap or left > 0)


def _inner(word: str, gap: str, picked: bool, how: Spelling) -> bool:
    """Whether `word` is a small word the name holds here: never its first word read."""
    return picked and how.is_small(word) and (how.small_after is None or gap == how.small_after)


def spell(text: str, words: Sequence[re.Match[str]], anchor: int, letters: str, how: Spelling,
          *, forward: bool) -> list[re.Match[str]] | None:
    """The words of `words` nearest `anchor` (the first ones read forward, the last ones back)
    that spell `letters` as `how` reads them, in text order; None when they miss a letter or
    stop before the last one."""
    order = letters if forward else letters[::-1]
    picked: list[re.Match[str]] = []
    li, spares, at = 0, 0, anchor
    for t in words if forward else reversed(words):
        if li == len(order) and not how.glued:
            break
        gap = text[at:t.start()] if forward else text[t.end():at]
        if not _parts(gap, len(order) - li, how):
            break
        w = t.group(0)
        if li == len(order):  # glued on after the last letter
            if not w[:1].isupper():
                break
        elif _inner(w, gap, bool(picked), how):
            if w in how.stops:
                return None
        elif how.letter(w) == order[li]:
            li += 1
        elif how.spare_every and picked and w[:1].isupper() and spares < len(order) // how.spare_every:
            spares += 1
        else:
            return None
        picked.append(t)
        at = t.end() if forward else t.start()
    if li < len(order):
        return None
    return picked if forward else picked[::-1]
