"""A body's English gloss that a weaker cue had typed a person ("Protests hit the Kelvian Hope
government … The ruling party, Partia Kelvo (Kelvian Hope), …"): "the <Name> government" reads
the name as a ruler's surname (the "ruler" rule, not sure of it), and one kind per label then
gave the gloss that kind, though the bracket right after an organisation's name says it is
that body in English. `glossed_bodies` types such a gloss only while it is untyped; this step
lets the gloss outweigh a person reading that is not sure, where the name has two words or
more and no given name opens it (set AY, branch ent79). Apart from
kg.nlp.entities.kinds.namekinds: a declared step of `KIND_STEPS`."""

from __future__ import annotations

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


def _fills_bracket_after_body(text: str, begin: int, end: int, typed: list[tuple[int, int, str]]) -> bool:
    """The span fills a bracket on its own, right after an organisation's typed span."""
    if text[end:end + 1] != ")" or text[max(0, begin - 1):begin] != "(":
        return False
    before = len(text[:begin - 1].rstrip())
    return any(e == before and k == "organization" for _b, e, k in typed)


def glossed_rulers(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A label typed a person without certainty, one of whose mentions is an organisation's
    gloss in brackets, of two words or more and no given name first, is that organisation."""
    for run, label, _k in kept:
        words = label.split()
        if kinds.of[label] != ("person", False) or len(words) < 2 \
                or ctx.ev.gazetteer.is_given_name(words[0]) \
                or not _fills_bracket_after_body(ctx.text, run.begin, run.end, kinds.typed):
            continue
        kinds.of[label] = ("organization", True)
