"""Places a title set in Title Case names after "in": "Rally for Jobs in Kettering".

Every word of a headline, a deck or an item's title set in Title Case is capitalised, so the
capitals say nothing of names, and kg.nlp.entities.names reads no run in such a title
("Protests Hit Israel Over War": the registry's mentions stay). A place the gazetteer knows,
right after the locative "in" that Title Case leaves in lower case, is named there all the
same: a forum's title wrapped over two lines ("Meat Cutters Stand Up / to Kelvo Beef in
Kettering") loses its town otherwise, where the line read as running text kept it
(branch ent78). Only the gazetteer's places are kept: "Women in Struggle" names nothing. A
bill by its head and number ("… as Prop. 187 Passes") is named there too: the number says it.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.spans.billnumbers import numbered_bill
from kg.nlp.entities.spans.headingshorts import opens_prose_name
from kg.nlp.entities.spans.headlinetowns import dateline_towns_in_title
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.regionsteps import region_runs
from kg.nlp.entities.spans.runs import Run, run_label
from kg.nlp.entities.spans.textspan import Region

_IN_BEFORE = re.compile(r"\bin $")


def places_in_title(ctx: NameContext, region: Region) -> list[Run]:
    """The runs of a Title Case title that follow "in" and that the gazetteer knows as
    places, whole (a run that is more than the place, "Kettering Plant", is left out); a
    body's short form the prose gives in full (kg.nlp.entities.spans.headingshorts); and the
    dateline's town named in the title."""
    text = ctx.text
    runs = [run for run in region_runs(ctx, region)
            if textwindow.before(_IN_BEFORE, text, run.begin, 3)
            and ctx.ev.place_kind(run_label(text, run)) or opens_prose_name(ctx, run)
            or numbered_bill(text, run)]  # "… as Prop. 187 Passes": a bill by its number
    # the dateline's town, named whole in the title (kg.nlp.entities.spans.headlinetowns, ent103)
    return runs + [t for t in dateline_towns_in_title(ctx, region)
                   if not any(x.begin < t.end and t.begin < x.end for x in runs)]
