"""A town opening a sentence or a deck that the page names after "of" in a place's name:
"Kelvington dockers set to walk out" where the page names "the Port of Kelvington" (set CI,
branch ent122).

One capitalised word opening a sentence is a name only as a known short form
(kg.nlp.entities.kinds.shortforms `OPENER_READERS`); a town the gazetteer knows is read so only
where the dateline, an apposition or its state places it. A deck or a sentence that opens with
the town before its workers ("Kelvington dockers …") lost it, though the page names the town
elsewhere as the "of" part of a longer name: "the Port of Kelvington", "the University of
Kelvington". Such a name says the word is a place's, and the gazetteer says it is a town: with
both, the opener is the place. A word the page writes mid-sentence alone is read by the names
stage already.

`town_after_of` reads it a place (the gazetteer's kind), strong, as `_placed_town` does."""

from __future__ import annotations

from kg.nlp.entities.kinds.kindstate import OpenerNames
from kg.nlp.entities.spans.runs import Run


def town_after_of(sf: OpenerNames, run: Run) -> tuple[str, bool] | None:
    """The gazetteer's kind for a town opening a sentence that ends another run's "… of <town>"
    (module docstring)."""
    w, ctx = run.words[0][2], sf.ctx
    kind = ctx.ev.place_kind(w)
    if len(run.words) != 1 or kind is None:
        return None
    tail = " of " + w
    if not any(other.begin != run.begin and ctx.text[other.begin:other.end].endswith(tail)
               for other in ctx.runs):
        return None
    sf.kinds.of.setdefault(w, (kind, True))
    return sf.kinds.of[w]
