"""A body named again by the first word of its "<Word> of <…>" name: "the House" after "the
House of Representatives", "the Chamber" after "the Chamber of Deputies" (set BR's first
measure, branch ent118).

The word alone is no name the registry lists and has no head after it; a place's frame ("in
the House", "at the Chamber") typed it a place, weakly. Where the article names an
organisation whose name is that word, " of " and more (the registry's or a kept name's typed
span), the word alone is its short form: an organisation. A name typed by a cue in the text
(strong) keeps its kind, and so does a word whose long name is a place ("the Gulf" after "the
Gulf of Kelvo"). A KIND_STEPS step, after `typed_spans`.
"""

from __future__ import annotations

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_OF = " of "
_WEAK = (("place", False), ("thing", False))


def chamber_shorts(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each one-word name, weakly a place or untyped, that opens an organisation's "… of …"
    name the article prints (module docstring)."""
    openers = {ctx.text[b:e].split(_OF, 1)[0] for b, e, k in kinds.typed
               if k == "organization" and _OF in ctx.text[b:e]}
    for run, label, _k in kept:
        if " " not in label and not run.title and label in openers and kinds.of[label] in _WEAK:
            kinds.of[label] = ("organization", False)
