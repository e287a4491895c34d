"""A firm's short name that the gazetteer knows as a town (issue 10, branch ent75): "the strike at
Lakeview" beside "Lakeview Packers", "the Dorro plantations" beside "Dorro Food Co.".

kg.nlp.entities.spans.nameparts `firm_short_forms` makes "Kelvott" the firm where the article
names "Kelvott International" in full, but not where the gazetteer knows a town of that name
("Dorrow" beside "Dorrow Group" may be the town), so the one word stays the town the gazetteer
or a bare "from" typed it. Two more things the text says settle it for the firm: the article
names the firm in full with the word first (and a firm's general suffix last: `firm_whole_suffixes`),
and it writes the word alone in an employer's frame ("the strike at Lakeview", "Dorro bosses",
"the Dorro plantations": `[evidence] employer_before`, `employer_after`), and nowhere after a word
that says only a place ("workers in Lakeview": kg.nlp.entities.cues.framing `placed`). A country
keeps its kind.
"""

from __future__ import annotations

from kg.nlp import textwindow
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.nameparts import firm_short_forms
from kg.nlp.entities.spans.runs import PLACE_KINDS
from kg.nlp.wordspans import word_spans


def _in_employers_frame(ctx: NameContext, label: str) -> bool:
    """The article writes `label` alone somewhere in an employer's frame."""
    for b, e in word_spans(ctx.text, label):
        if textwindow.after(r"[ \t]+[A-Z]", ctx.text, e, 2, cut=True):
            continue  # a longer name ("Lakeview Packers") is no frame of the word alone
        if ctx.ev.employer(ctx.text, b, e):
            return True
    return False


def town_named_firms(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"the strike at Lakeview" beside "Lakeview Packers": the firm, not the town."""
    weak_places = {label: kind for label, kind in kinds.of.items()
                   if kind[0] in PLACE_KINDS and kind[0] != "country" and not kind[1] and " " not in label
                   and ctx.ev.place_kind(label) not in (None, "country")}
    if not weak_places:
        return
    # the gazetteer's kinds ("city") read as "place", the kind `firm_short_forms` retypes
    as_places = {label: ("place", False) if label in weak_places else kind
                 for label, kind in kinds.of.items()}
    for label in firm_short_forms(as_places, ctx.cues.firm_whole, lambda _w: False):
        if label in weak_places and _in_employers_frame(ctx, label) \
                and not framing().placed(ctx.text, label):
            kinds.of[label] = ("organization", True)
