"""A mine by name is a place (issue 10, branches ent75, ent80): "a diner near the Kelvo mine",
"miners at the Dorrow pit", "the Tallow coal mine exploded".

The employer's frame ("the Kelvo mine": `[evidence] employer_after`) types a new name before a
mine's noun a firm, weakly; kg.nlp.entities.kinds.sitenames and ent26's `site_place` make it the
place where the text says more. The lead's decision of 2026-12-05 (bench/quality/README.md,
"Conventions decided across sets": a mine by name is the required Place by its bare name) makes
the shape say so on its own, whatever frame comes before: "the" before the name (a lower-case
word or two may stand between: "the old Kelvo mine"), or a preposition of place with no article
("at Kelvo coal mine"), and one mine's noun in the singular after it, lower case or capitalised
("Kelvo Mine"), a lower-case word such as "coal" between (kinds.toml `[sites]` `placed_before`,
`mine_nouns`). "a Kelvo mine" (one of a firm's mines) and the plural ("from the Dorrowby mines":
a firm's mines as often) say nothing.

A smelter and a depot are read as a mine is ("the Kelvo smelter", "the Dorrow depot": kinds.toml
`placed_works_nouns`; branch sites41): the paper names them for their town or district.

A name with an organisation's head word ("Kelvo Mining"), in capitals, or written elsewhere in
the article as a firm keeps the firm: a possessive ("Kelvo's shafts"), a noun only a firm takes
("Kelvo management"), or a longer name it opens whose head is a firm's ("Kelvo Coal Co.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_AFTER_NAME = r"(?![\w’'-])"


@dataclass(frozen=True)
class _Cues:
    before: re.Pattern[str]  # "the ", "the old ", "at " right before the name
    mine_after: re.Pattern[str]  # " mine", " open-pit mine", " Mine" right after it


@cached
def _cues() -> _Cues:
    c = load("kinds")["sites"]
    singular = c["mine_nouns"] + c["placed_works_nouns"]
    nouns = phrase_pattern(singular + [n.capitalize() for n in singular])
    return _Cues(
        re.compile(r"(?<![\w’'-])(?:[Tt]he[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}|(?:"
                   + phrase_pattern(c["placed_before"]) + r")[ \t]+)$"),
        re.compile(r"[ \t]+(?:[a-z][a-z-]*[ \t]+)?(?:" + nouns + r")" + _AFTER_NAME))


def _occurrences(text: str, label: str) -> list[re.Match[str]]:
    return list(re.finditer(r"(?<![\w’'-])" + re.escape(label) + _AFTER_NAME, text))


def _firm_elsewhere(text: str, label: str, spans: list[re.Match[str]], firms: set[str]) -> bool:
    """A possessive after the name, a noun only a firm takes ("Kelvo’s shafts", "Kelvo
    management"), or a firm's name it opens (`firms`: "Kelvo Coal Co."), anywhere in the
    article."""
    fr = framing()
    if any(f.startswith(label + " ") for f in firms):
        return True
    if re.search(r"(?<![\w’'-])" + re.escape(label) + r"[’'](?:s(?![\w’'-])|[ \t])", text):
        return True
    return any(textwindow.after(fr.strong_after, text, m.end(), 40, cut=True)
               or textwindow.after(fr.firm_after, text, m.end(), 40, cut=True) for m in spans)


def mine_placed(text: str, label: str, firms: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the article writes `label` as the module's docstring says: "the" (or a
    preposition of place alone) before it and a mine's noun in the singular after it, somewhere,
    and never as a firm (`firms`: the names typed a firm by a firm's head word)."""
    c = _cues()
    spans = _occurrences(text, label)
    if not any(textwindow.before(c.before, text, m.start(), 30) and c.mine_after.match(text, m.end())
               for m in spans):
        return False
    return not _firm_elsewhere(text, label, spans, set(firms))


def placed_mines(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"miners at the Kelvo mine": the mine's name typed a firm only by the employer's frame
    (weakly) is the site, a place."""
    firms = {label for label, (kind, _) in kinds.of.items()
             if kind == "organization" and ctx.cues.heads.get(head_word(label, ctx.cues)) == "organization"}
    for label, kind in list(kinds.of.items()):
        if kind != ("organization", False) or label.isupper() or head_word(label, ctx.cues) in ctx.cues.heads:
            continue
        if mine_placed(ctx.text, label, firms):
            kinds.of[label] = ("place", False)
