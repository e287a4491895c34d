"""A state's federation named for two places or for a place of several words (issue 10, set
AB's kinds; branch ent45): "the Kelvia and District of Dorrow AFL-CIO" is one body, the
federation of both places, as "the Ohio AFL-CIO" is the state's. The scanner read the place of
several words with a head ("District") as the run's head (a place) and left the first place
before "and" a mention of its own.

A run ending in a state's federation (kg/data/nlp/entities.toml `place_branch_of`: "AFL-CIO",
"Federation of Labor" …) whose words before it are a place the gazetteer knows is an
organisation; with "<place> and " before it (a registry or gazetteer place) and a place of
several words after "and", the name opens at that place (a lone state after "and" may be two
federations: left as it was). Runs inside the new name are dropped: they are pieces of it.

kg.nlp.entities.names calls `place_federations` on one region's runs, after the "and" lists.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run


@cached
def _branches() -> tuple[str, ...]:
    """The bodies a place names its own branch of, longest first."""
    return tuple(sorted(load("entities")["place_branch_of"], key=len, reverse=True))


def _place_part(label: str) -> str | None:
    """The words before a `place_branch_of` ending, if they are a place the gazetteer knows."""
    for b in _branches():
        if label.endswith(" " + b):
            part = label[:-len(b) - 1]
            return part if evidence().place_kind(part) in PLACE_KINDS else None
    return None


_AND_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}) and $")


def place_federations(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each place's federation one organisation from its first place."""
    out: list[Run] = []
    inside_to = -1
    for run in runs:
        if run.end <= inside_to and out and out[-1].begin <= run.begin:
            continue  # "Dorrow AFL-CIO" inside "the Kelvia and District of Dorrow AFL-CIO"
        label = text[run.begin:run.end]
        if run.title or run.kind not in (None, "place") or _place_part(label) is None:
            out.append(run)
            continue
        begin, absorbed = run.begin, list(run.absorbed)
        m = textwindow.before(_AND_BEFORE, text, run.begin, 40)
        # a place of several words after "and" ("District of Dorrow"): both places' one body; a
        # lone state after "and" ("Ohio and Kelvia AFL-CIO") may be two federations, left alone
        if m is not None and " " in _place_part(label):
            first = m.group(1)
            place = next((k for k in known if k.begin == m.start(1) and k.end == m.end(1)
                          and k.entry.kind in PLACE_KINDS), None)
            if place is not None or evidence().place_kind(first) in PLACE_KINDS:
                begin = m.start(1)  # "the Kelvia and District of Dorrow AFL-CIO"
                absorbed += [place] if place is not None else []
        while out and out[-1].begin >= begin:
            out.pop()  # a piece of the name found on its own
        words = [(begin, run.begin, text[begin:run.begin].strip())] + run.words if begin < run.begin \
            else run.words
        out.append(Run(begin, run.end, words, False, absorbed, "organization"))
        inside_to = run.end
    return out
