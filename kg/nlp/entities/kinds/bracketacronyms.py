"""An acronym opening the bracket after a body's name, a gloss or more after it: "the
Confédération Générale du Travail du Kelvo (CGT-K, General Confederation of Labor of Kelvo)"
(issue 10, set BD's kinds, branch ent87).

The bracket opens as a sentence does, so a lone word there is read as a sentence's opener, a
name only as a known short form (kg.nlp.entities.kinds.shortforms `OPENER_READERS`); a new
acronym printed once is none, and was lost. Capitals (a hyphen and a sister body's letters
allowed) right after the opening bracket, which a comma or the closing bracket ends, where an
organisation's name ends right before the bracket, are that body's acronym: an organisation.
A reader of `OPENER_READERS`, tried last. An acronym whose letters spell a common word ("the
Central Unitaria de Obreros (CUT, United Workers Federation)") is read as shouting when it
stands once with no cue; `glossed_in_bracket` tells kg.nlp.entities.names that a bracket
opening with it after a name, a comma and a capitalised gloss after it, is such a cue.
"""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.kindstate import OpenerNames
from kg.nlp.entities.spans.runs import Run

_ACRONYM = re.compile(r"[A-Z]{2,8}(?:-[A-Z]{1,3})?")
_GLOSS_AFTER = re.compile(r", [A-Z][\w’'-]+ [A-Z]")


def glossed_in_bracket(text: str, begin: int, end: int) -> bool:
    """Capitals at [begin, end) open a bracket right after a word and a comma and a gloss of two
    capitalised words or more follow them: "… Obreros (CUT, United Workers Federation)"."""
    return begin >= 3 and text[begin - 2:begin] == " (" and text[begin - 3].isalpha() \
        and _ACRONYM.fullmatch(text[begin:end]) is not None and _GLOSS_AFTER.match(text, end) is not None


def bracketed_acronym(sf: OpenerNames, run: Run) -> tuple[str, bool] | None:
    """("organization", True) for an acronym opening a bracket right after a body's name."""
    text = sf.ctx.text
    word = run.words[0][2]
    if len(run.words) != 1 or not _ACRONYM.fullmatch(word) or text[run.end:run.end + 1] not in (",", ")") \
            or run.begin < 2 or text[run.begin - 1] != "(":
        return None
    before = len(text[:run.begin - 1].rstrip())
    if any(e == before and k == "organization" for _b, e, k in sf.kinds.typed):
        sf.kinds.of[word] = ("organization", True)
        return sf.kinds.of[word]
    return None
