"""Sites named for their place: a mine or a works whose name is the place it stands at
(issue 10, branch ent69).

The employer's frame ("the Kelvo mine", "the Dorrow plant": `[evidence] employer_after`) types
a new name a firm weakly; ent26's `site_place` (kg.nlp.entities.kinds.namekinds) retypes it a
place where the article also writes it after a bare "at" or a place's preposition. Two more
shapes of the text say the site's name is its place, with no other mention needed
(kg/data/nlp/kinds.toml `[sites]`); "the Kelvo mine" alone stays the firm, as sets Q, Y and AB
decided (a mine is named for its owner as often):
- "the Kelvane Motors Dorrow plant": a known firm right before the name and a works' noun after
  it — the firm's works at Dorrow, so Dorrow is the place.
- "the Dorrow plant near Kelvo": a works placed by its neighbour is named for its own place,
  where the article writes the name nowhere as a firm (no possessive, no "Dorrow management").

A name with an organisation's head word ("Kelvo Mining"), in capitals (an acronym) or known to the
gazetteer otherwise keeps the kind its chain gave it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import Cues, head_word

_AFTER_NAME = r"(?![\w’'-])"


@dataclass(frozen=True)
class _SiteCues:
    works_after: re.Pattern[str]  # " plant", " steel mill" right after the name
    located_after: re.Pattern[str]  # " plant near Kelvo"


@cached
def _cues() -> _SiteCues:
    c = load("kinds")["sites"]
    works = phrase_pattern(c["works_nouns"])
    located = phrase_pattern(c["located"])
    return _SiteCues(
        re.compile(r"[ \t]+(?:" + works + r")" + _AFTER_NAME),
        re.compile(r"[ \t]+(?:" + works + r")[ \t]+(?:" + located + r")[ \t]+[A-Z]"))


def _occurrences(text: str, label: str) -> list[re.Match[str]]:
    return list(re.finditer(r"(?<![\w’'-])" + re.escape(label) + _AFTER_NAME, text))


def _the_before(text: str, begin: int) -> bool:
    return textwindow.before(r"(?<![\w’'-])[Tt]he[ \t]+$", text, begin, 5, cut=True) is not None


def _owned(text: str, label: str) -> bool:
    """The article writes the name with a possessive or before a noun only a firm takes
    ("Dorrow’s plant", "Dorrow management")."""
    fr = framing()
    if re.search(r"(?<![\w’'-])" + re.escape(label) + r"[’']s(?![\w’'-])", text):
        return True
    return any(textwindow.after(fr.strong_after, text, m.end(), 40, cut=True)
               for m in _occurrences(text, label))


def site_kind(text: str, label: str, begin: int, typed: list[tuple[int, int, str]], cues: Cues) -> bool:
    """Whether `label` (a new name typed a firm only by the employer's frame, its run at `begin`)
    names a site's place by one of the two shapes of the module's docstring."""
    if label.isupper() or head_word(label, cues) in cues.heads or _owned(text, label):
        return False
    sc = _cues()
    spans = _occurrences(text, label)
    firm_before = any(k == "organization" and text[e:begin] == " " for _b, e, k in typed)
    if firm_before and sc.works_after.match(text, begin + len(label)):
        return True
    return bool(spans) and all(_the_before(text, m.start()) and sc.located_after.match(text, m.end())
                               for m in spans)
