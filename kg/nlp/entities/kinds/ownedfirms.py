"""Firms named as what another firm owns ("Kelvane Holdings, based in Dorrow, also owns Tallow
Mart and Brenno Foods"; set BK's kinds, branch ent96): nothing in the names says a firm, but a
sentence whose subject is an organisation and whose verb is one of owning (kg/data/nlp/kinds.toml
`[owned_firms] verbs`) names firms after it — a chain, a brand, a subsidiary. Only an untyped
name of two capitalised words or more that no place of the gazetteer's is, right after the verb
or after another name and a comma or "and" there; the subject is the sentence's first typed
name, an organisation, opening the sentence. A declared step of `KIND_STEPS`
(kg.nlp.entities.kinds.resolve), after `typed_spans`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"])|\n")
_NAME = r"[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*"


@cached
def _owned_before() -> re.Pattern[str]:
    """" also owns ", " owns Kelvo Mart and " right before a name."""
    verbs = phrase_pattern(load("kinds")["owned_firms"]["verbs"])
    listed = r"(?:" + _NAME + r"(?:,\s+|,?\s+and\s+))*"
    return re.compile(r"(?<![\w’'-])(?:also\s+)?(?:" + verbs + r")\s+" + listed + r"\Z")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` begins."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    return start


def _firm_subject(text: str, begin: int, kinds: Kinds) -> bool:
    """Whether the sentence before `begin` opens with a name typed an organisation."""
    start = _sentence_start(text, begin)
    first = min(((b, k) for b, _e, k in kinds.typed if start <= b < begin), default=None)
    return first is not None and first[0] == start and first[1] == "organization"


def owned_firms(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name a firm's verb of owning names is an organisation."""
    for run, label, _k in kept:
        if not kinds.untyped_capitalised(run, label, ctx.ev.place_kind):
            continue
        start = _sentence_start(ctx.text, run.begin)
        if _owned_before().search(ctx.text, start, run.begin) and _firm_subject(ctx.text, run.begin, kinds):
            kinds.of[label] = ("organization", True)
