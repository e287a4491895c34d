"""A name followed by the body it speaks for and a verb of saying ("Tharvan Dossa of the Tamil
Society of Victoria told a rally …"): the speaker is a person, where nothing else typed the name
(a given name the gazetteer does not know). The speaker rule of the chain
(kg.nlp.entities.kinds.contextrules `speaker`) reads the verb right after the name; here the
body's "of the …" stands between (set BB, branch ent83: such a name was typed nothing, and a
list reading had made it a place). Only an untyped name of two or three capitalised words, no
article before it ("the Kelvo Union of the Dorra Federation said" is a body's). Apart from
kg.nlp.entities.kinds.namekinds: a declared step of `KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

# "of the Tamil Welfare Society of Victoria": "of the", then capitalised words and a name's connectors
_OF_THE_BODY = re.compile(r"\s+of\s+the\s+[A-Z][\w’'.-]*"
                          r"(?:\s+(?:(?:of|for|and|the|de|du|des)\s+)?[A-Z][\w’'.-]*)*")
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:the|a|an)\s+\Z", re.IGNORECASE)


def body_speakers(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name of two or three capitalised words, then "of the <body>" and a verb of
    saying (the entities stage's `speaker_after`), is a person."""
    for run, label, _k in kept:
        if not kinds.untyped_capitalised(run, label, ctx.ev.place_kind, most=3) \
                or _ARTICLE_BEFORE.search(ctx.text, max(0, run.begin - 5), run.begin):
            continue
        body = _OF_THE_BODY.match(ctx.text, run.end)
        if body is not None and ctx.ev.speaker_after.match(ctx.text[body.end():body.end() + 40]):
            kinds.of[label] = ("person", True)
