"""An international body's force or mission named with the country it serves in (issue 10, set
W's junk; branch ent37). The words are data (kg/data/nlp/boundaries.toml [missions]).

"the UN Interim Force in Kelvia" is one organisation's name: the run of capitalised words stops
at "in", leaving "UN Interim Force" a piece and the country a mention apart. A run opened by an
international body (`bodies`: "UN", "United Nations", "NATO") and ending in a force's or a
mission's head (`heads`: "Force", "Mission"), then "in" and a registry country, is one name; the
country's mention is absorbed into it. A national army ("the Kelvia Defense Forces in Dorrovia")
opens with no international body and stays two names, as does an office in a city. A land the
gazetteer knows that is no registry country (an island, a territory not independent: kind
"place") is the scanner's run of its own after "in": it is joined too (set AT, branch ent73).

A mission's head printed in lower case before the initials of the capitalised words ("the
Multikelvan Dorrow Support mission (MDS)") is the name's too: the run takes the head word, so the
capitalised words are no body's name cut off before its head (`mission_before_initials`; set
AC, branch ent45).

kg.nlp.entities.names calls `join_missions` on one region's runs, after the laws are joined;
kg.nlp.entities.kinds.namekinds asks `mission_shape` (the head is no longer the name's last word).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

_IN = " in "


@cached
def _missions() -> dict:
    return load("boundaries")["missions"]


def international_bodies() -> frozenset[str]:
    """The international bodies' names and initials (`bodies`): before a country's name they
    say where the body acts ("the UN Haiti mission"), no firm's arm there (kg.nlp.entities.mentions)."""
    return frozenset(_missions()["bodies"])


def join_missions(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """Each run in the module docstring's shape takes "in" and the country after it."""
    c = _missions()
    heads, bodies = set(c["heads"]), tuple(c["bodies"])
    countries = {m.begin: m for m in known if m.entry.kind == "country"}
    out: list[Run] = []
    for run in runs:
        if out and out[-1].end + len(_IN) == run.begin and text.startswith(_IN, out[-1].end) \
                and _mission(text, out[-1], heads, bodies) and _land(text, run):
            # "the UN Mission in Kelvo Timur": a land the gazetteer knows, not the registry (an
            # island, a territory not independent), was the scanner's run of its own (set AT)
            prev = out.pop()
            out.append(replace(prev, end=run.end, words=list(prev.words) + list(run.words),
                               absorbed=list(prev.absorbed) + list(run.absorbed)))
            continue
        country = countries.get(run.end + len(_IN)) if text.startswith(_IN, run.end) else None
        if country is not None and _mission(text, run, heads, bodies):
            word = (country.begin, country.end, text[country.begin:country.end])
            run = replace(run, end=country.end, words=list(run.words) + [word],
                          absorbed=list(run.absorbed) + [country])
        out.append(run)
    return out


def _mission(text: str, run: Run, heads: set[str], bodies: tuple[str, ...]) -> bool:
    """An international body's force or mission with no place yet ("UN Interim Force")."""
    return run.kind is None and not run.title and len(run.words) > 1 \
        and run.words[-1][2] in heads and _opens_with_body(text[run.begin:run.end], bodies)


def _land(text: str, run: Run) -> bool:
    """A run that is a country or another land of the gazetteer (kind "place": an island, a
    region, a territory), not a town: what a mission serves in."""
    return run.kind is None and not run.title \
        and evidence().place_kind(text[run.begin:run.end]) in ("country", "place")


_LOWER_HEAD = re.compile(r" ([a-z]+) \(([A-Z]{2,6})\)")


def mission_before_initials(text: str, runs: list[Run]) -> list[Run]:
    """Each run of two capitalised words or more followed by a force's or mission's head in
    lower case (`heads`) and its initials in parentheses takes the head word."""
    heads = {h.lower() for h in _missions()["heads"]}
    out = []
    for run in runs:
        m = _LOWER_HEAD.match(text, run.end)
        if m is not None and m.group(1) in heads and run.kind is None and not run.title \
                and len(run.words) > 1 and m.group(2) == "".join(w[0] for (_b, _e, w) in run.words):
            run = replace(run, end=m.end(1), words=list(run.words) + [(m.start(1), m.end(1), m.group(1))],
                          kind="organization")
        out.append(run)
    return out


def mission_shape(label: str) -> bool:
    """A label `join_missions` made: an international body's force or mission "in" a country,
    an organisation whatever the country's name at its end would say."""
    c = _missions()
    head, sep, rest = label.rpartition(_IN)
    return bool(sep and rest and head.split()[-1] in c["heads"] and len(head.split()) > 1
                and _opens_with_body(head, tuple(c["bodies"])))


def _opens_with_body(label: str, bodies: tuple[str, ...]) -> bool:
    """The run's first words are an international body's name or initials, whole words."""
    return any(label.startswith(b + " ") for b in bodies)
