"""A body's name that opens with a registry place and holds a sign no town's shop takes:
"Kelvo Health + Care", a public body's name in its house style (branch ent124).

The registry's place ("Kelvo", a city) is a match of its own, so the scanner's run started after
it and the page got the place and a piece of the name ("Health + Care"), and the body's name
was never whole. A run that holds a joiner of kg/data/nlp/entities.toml `place_glued_joiners`
("+") between capitalised words, right after a registry city, country, place or state (one
space between), takes the place in, as kg.nlp.entities.spans.placedfirms does for a firm
printed with its legal form; the whole is left for the kinds to type (a joined name is a body's,
kg.nlp.entities.kinds.contextrules `joined_firm_name`). "&" is not such a sign ("the Dorrow
Stop & Shop": a chain's store in a town). A run with a title or a kind is left as it was.
A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run


@cached
def _joined() -> re.Pattern:
    signs = "|".join(map(re.escape, load("entities")["place_glued_joiners"]))
    return re.compile(rf"[^\W\d_] (?:{signs}) [A-Z]")


def placed_joins(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each holding a place-glued joiner taking in the registry place right before it."""
    ends = {m.end: m for m in known if m.how == "name" and m.entry.kind in (*PLACE_KINDS, "state")}
    out = []
    for run in runs:
        town = ends.get(run.begin - 1)
        if town is not None and town not in run.absorbed and not run.title and run.kind is None \
                and text[town.end] == " " and _joined().search(text, run.begin, run.end):
            town_word = (town.begin, town.end, text[town.begin:town.end])
            run = replace(run, begin=town.begin, words=[town_word, *run.words],
                          absorbed=[town, *run.absorbed])
        out.append(run)
    return out
