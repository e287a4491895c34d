"""A body named by one word that the gazetteer also lists as a town, read by the body named in
apposition after it: "officials of Kelvo, the Dorrish Trade Union Confederation, and of …"
(set BR's first measure, branch ent118).

`apposed_body` (kg.nlp.entities.kinds.resolve) types an untyped name by the body its
apposition names, but leaves a name the gazetteer knows a place ("in Kelvo, the Dorrow Workers
Union, and …" is a list) and wants the apposition closed by a stop or a comma no list goes on
from. A word only the gazetteer's towns typed (weakly: no cue in the text said place), after
"of" (the people of a body: "officials of", "members of"), with ", the" and a body's typed
name right after it, closed as `apposed_body` closes it or by ", and of" (the next "of" of the
same list of bodies), is that body. A KIND_STEPS step, right after `apposed_body`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_OF_BEFORE = re.compile(r"(?<![\w’'-])of\s+\Z")
_APPOSED = re.compile(r",\s+the\s+")
_END = re.compile(r"\s*(?:[.;:)]|,\s+and\s+of\s|,(?!\s+(?:and|or|the)\s)(?!\s+[A-Z]))")
_WINDOW = 8


def town_apposed_body(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each one-word town after "of" that a body's apposition names (module docstring)."""
    bodies = {b: e for b, e, k in kinds.typed if k == "organization"}
    for run, label, _k in kept:
        if " " in label or kinds.of[label] != ("city", False) or run.title:
            continue
        if _OF_BEFORE.search(ctx.text[max(0, run.begin - _WINDOW):run.begin]) is None:
            continue
        at = _APPOSED.match(ctx.text, run.end)
        end = bodies.get(at.end()) if at is not None else None
        if end is not None and _END.match(ctx.text, end):
            kinds.of[label] = ("organization", True)
