"""A firm named for its town or state, printed once with its legal form: "Cleveland Water
Solutions Inc." in the text, "outside Cleveland Water Solutions refinery gate" in a caption;
"Idaho Air Corp." then "Idaho Air had cut wages" (issue 10, branches ent99 and ent103, one rule
since their review).

Where the firm's name stands without its legal form, the registry's place opening it is a match
of its own and the scanner's run starts after it: the page got the place and a made-up firm of
the name's remaining words ("Water Solutions", "Air"), a piece of the firm. The article itself
says the words are one name: it prints the place and those words together before a legal form of
`registry_firm_forms` (kg/data/nlp/entities.toml; "Inc.", "Corp.", "Ltd."). Then the place
before the run is absorbed into it, as the run with the form holds it. A run a cue typed
otherwise than a body (a title, a work) stays as it was, and so does a place that stands before
such words with no form anywhere ("Cleveland Browns fans").

kg.nlp.entities.spans.regionsteps runs it twice: early (`place_firms`) on untyped runs after a
city, country, place or state, typing the whole an organisation; late (`placed_firms`) on the
runs the steps between left untyped or typed a body, after a city, country or place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run


@cached
def _forms() -> str:
    forms = sorted(load("entities")["registry_firm_forms"], key=len, reverse=True)
    return "|".join(map(re.escape, forms))


def _printed_with_form(text: str, name: str, end: str) -> bool:
    """The article prints `name` whole, then a legal form and what `end` allows after it."""
    pattern = r"(?<![\w’'-])" + re.escape(name) + r",? (?:" + _forms() + r")" + end
    return re.search(pattern, text) is not None


def _place_firms(text: str, runs: list[Run], known: list[Match], place_kinds: tuple[str, ...],
                 run_kinds: tuple[str | None, ...], kind: str | None, end: str) -> list[Run]:
    """The runs, each one a registry place of `place_kinds` stands right before (one space
    between) taking the place in, where the article prints the two together with a legal form;
    the whole gets `kind`."""
    ends = {m.end: m for m in known if m.how == "name" and m.entry.kind in place_kinds}
    out = []
    for run in runs:
        town = ends.get(run.begin - 1)
        if town is not None and town not in run.absorbed and not run.title and run.kind in run_kinds \
                and text[town.end] == " " and _printed_with_form(text, text[town.begin:run.end], end):
            town_word = (town.begin, town.end, text[town.begin:town.end])
            run = replace(run, begin=town.begin, words=[town_word, *run.words],
                          absorbed=[town, *run.absorbed], kind=kind)
        out.append(run)
    return out


def place_firms(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """Early: an untyped run after a registry city, country, place or state; the firm an
    organisation ("Idaho Air" after "Idaho Air Corp.", set BQ)."""
    return _place_firms(text, runs, known, (*PLACE_KINDS, "state"), (None,), "organization",
                        r"(?![\w-])")


def placed_firms(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """Late: a run untyped or typed a body after a registry city, country or place; the whole
    left for the kinds to type ("Cleveland Water Solutions", set BH)."""
    return _place_firms(text, runs, known, PLACE_KINDS, (None, "organization"), None,
                        r"(?=[\s),;:’”\"']|$)")
