"""A mine named where the text stands by it (issue 10, branch ent75): "a diner near the Kelvo
mine", "trapped in the Dorrow pit".

The employer's frame ("the Kelvo mine": `[evidence] employer_after`) types a new name before a
mine's noun a firm, weakly; kg.nlp.entities.kinds.sitenames and ent26's `site_place` make it the
place where the text says more. One more shape says so on its own: a preposition of place and
"the" before the name, one mine's noun in the singular after it (kinds.toml `[sites]`
`placed_before`, `mine_nouns`). One stands near a place, not near a firm; and a mine by name is a
place (the sets' gold). "at" makes no such frame ("miners at the Kelvo mine" stays the
employer's, as the sets before read it), nor does the plural ("from the Dorrowby mines": a firm's
mines as often).

A name with an organisation's head word ("Kelvo Mining"), in capitals, or written elsewhere with a
possessive or a noun only a firm takes ("Kelvo management") keeps the firm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_AFTER_NAME = r"(?![\w’'-])"


@dataclass(frozen=True)
class _Cues:
    before: re.Pattern[str]  # "near the " right before the name
    mine_after: re.Pattern[str]  # " mine", " open-pit mine" right after it


@cached
def _cues() -> _Cues:
    c = load("kinds")["sites"]
    return _Cues(
        re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(c["placed_before"]) + r")[ \t]+the[ \t]+$"),
        re.compile(r"[ \t]+(?:[a-z][a-z-]*[ \t]+)?(?:" + phrase_pattern(c["mine_nouns"]) + r")"
                   + _AFTER_NAME))


def _occurrences(text: str, label: str) -> list[re.Match[str]]:
    return list(re.finditer(r"(?<![\w’'-])" + re.escape(label) + _AFTER_NAME, text))


def _firm_elsewhere(text: str, label: str, spans: list[re.Match[str]]) -> bool:
    """A possessive after the name, or a noun only a firm takes ("Kelvo’s shafts", "Kelvo
    management"), anywhere in the article."""
    fr = framing()
    if re.search(r"(?<![\w’'-])" + re.escape(label) + r"[’'](?:s(?![\w’'-])|[ \t])", text):
        return True
    return any(fr.strong_after.match(text[m.end():m.end() + 40])
               or fr.firm_after.match(text[m.end():m.end() + 40]) for m in spans)


def mine_placed(text: str, label: str) -> bool:
    """Whether the article writes `label` as the module's docstring says: a preposition of place
    and "the" before it and a mine's noun in the singular after it, somewhere, and never in a
    firm's frame."""
    c = _cues()
    spans = _occurrences(text, label)
    if not any(c.before.search(text, max(0, m.start() - 20), m.start()) and c.mine_after.match(text, m.end())
               for m in spans):
        return False
    return not _firm_elsewhere(text, label, spans)


def placed_mines(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"a diner near the Kelvo mine": the mine's name typed a firm only by the employer's frame
    (weakly) is the site, a place."""
    for label, kind in list(kinds.of.items()):
        if kind != ("organization", False) or label.isupper() or head_word(label, ctx.cues) in ctx.cues.heads:
            continue
        if mine_placed(ctx.text, label):
            kinds.of[label] = ("place", False)
