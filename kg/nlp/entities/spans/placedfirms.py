"""A firm named for its town, printed once with its legal form: "Cleveland Water Solutions Inc."
in the text, "outside Cleveland Water Solutions refinery gate" in a caption (issue 10, branch
ent99).

Where the firm's name stands without its legal form, the registry's town opening it is a match
of its own and the scanner's run starts after it: the page got the town and a made-up firm of
the name's remaining words ("Water Solutions"), a piece of the firm. The article itself says
the words are one name: it prints the town and those words together before a legal form of
`registry_firm_forms` (kg/data/nlp/entities.toml; "Inc.", "Corp.", "Ltd."). Then the town
before the run is absorbed into it, as the run with the form holds it. A run a cue typed
otherwise than a body (a title, a work) stays as it was, and so does a town that stands before
such words with no form anywhere ("Cleveland Browns fans").
kg.nlp.entities.spans.regionsteps runs `placed_firms`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run


@cached
def _forms() -> str:
    forms = sorted(load("entities")["registry_firm_forms"], key=len, reverse=True)
    return "|".join(map(re.escape, forms))


def _town_before(run: Run, known: list[Match]) -> Match | None:
    """The registry town or place whose match ends one space before the run."""
    return next((m for m in known if m.end == run.begin - 1 and m.how == "name"
                 and m.entry.kind in PLACE_KINDS), None)


def _printed_with_form(text: str, name: str) -> bool:
    """The article prints `name` whole, then a legal form, somewhere."""
    pattern = r"(?<![\w’'-])" + re.escape(name) + r",? (?:" + _forms() + r")(?=[\s),;:’”\"']|$)"
    return re.search(pattern, text) is not None


def placed_firms(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each one a registry town stands right before taking the town in, where the
    article prints the two together with a legal form after them (module docstring)."""
    out = []
    for run in runs:
        town = _town_before(run, known)
        if town is not None and not run.title and run.kind in (None, "organization") \
                and text[town.end] == " " and _printed_with_form(text, text[town.begin:run.end]):
            town_word = (town.begin, town.end, text[town.begin:town.end])
            run = Run(town.begin, run.end, [town_word, *run.words], absorbed=[town, *run.absorbed])
        out.append(run)
    return out
