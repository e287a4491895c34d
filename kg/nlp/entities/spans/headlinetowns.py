"""The dateline's town named in a Title Case headline ("Meatpackers In South Kelso Sit Down"
over "SOUTH KELSO, Oregon—"; set BQ, branch ent103).

kg.nlp.entities.names reads no run in a headline set in Title Case, where the capitals say
nothing of names; kg.nlp.entities.spans.titleplaces keeps a place the gazetteer knows after a
lower-case "in". A town the gazetteer does not know, or one after "In" capitalised as Title
Case does, was lost, though the page's own dateline names it in capitals. The dateline's town
(the part before its first comma) written in title case, found whole in the title (no word
glued on either side) where no registry name stands, is that place, unless a head word follows
it ("Kelso County") or a compass word opens it ("East Kelso"): a longer name, another place. Called by
kg.nlp.entities.spans.titleplaces `places_in_title`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import Run, span_words, title_case
from kg.nlp.entities.spans.textspan import Region

_NEXT_WORD = re.compile(r" ([A-Z][\w’'.-]*)")
_PREV_WORD = re.compile(r"(?<![\w’'.-])([A-Z][\w’'.-]*) \Z")


def _in_longer_name(ctx: NameContext, begin: int, end: int) -> bool:
    """The town inside a longer name: a head word after it ("Kelso County", "Kelso Mill") or a
    compass word before it ("East Kelso")."""
    nxt = _NEXT_WORD.match(ctx.text, end)
    prev = _PREV_WORD.search(ctx.text, max(0, begin - 16), begin)
    return nxt is not None and nxt.group(1) in ctx.cues.heads \
        or prev is not None and prev.group(1) in ctx.cues.compass


def dateline_towns_in_title(ctx: NameContext, region: Region) -> list[Run]:
    """Runs of kind place for each dateline town the title names in title case."""
    out: list[Run] = []
    for d in ctx.doc.datelines:
        town = title_case((d.value or "").split(",")[0].strip())
        if not town:
            continue
        pattern = re.compile(rf"(?<![\w’'.-]){re.escape(town)}(?![\w’'-])")
        for m in pattern.finditer(ctx.text, region.begin, region.end):
            if any(k.begin < m.end() and m.start() < k.end for k in ctx.covered):
                continue  # a registry name there: its mention stands
            if _in_longer_name(ctx, m.start(), m.end()):
                continue
            words = span_words(ctx.text, m.start(), m.end(), r"\S+")
            out.append(Run(m.start(), m.end(), words, kind="place"))
    return out
