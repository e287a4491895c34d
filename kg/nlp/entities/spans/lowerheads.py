"""Places whose head the paper prints in lower case (issue 10, sets AA's and AC's kinds;
branch ent45). The words are data (kg/data/nlp/kinds.toml [lower_heads]).

- A hyphenated name of two capitalised parts before a site's head ("the Kelvo-Dorvanskyi
  station", `site_heads`) is the site's name, a place; a registry place before the hyphen is
  no mention of its own there (kg.nlp.entities.spans.glued `in_longer_place` asks
  `site_or_route_at`). Without the head ("trains from Kyiv-Dorvanskyi") nothing says so.
- The same before a route's head ("the Kelvo-Dorrow highway", `route_heads`) names the route
  by the two places it joins: the run takes the head, a place; the pair alone is no name.
- An ocean's or a sea's name (`oceans`) before a coast (`coast_heads`: "the Atlantic coast") is
  an adjective there: the run takes the head, the coast a place.
- A run of fields joined by "and" before a lower-case union head (`union_heads`: "the Dorvik
  and Tallow Services union") is the union's name with its head, one body (branch ent59): the
  fields alone are no name.

kg.nlp.entities.names calls `lower_heads` on one region's runs, after the missions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run

_LOWER_HEAD = re.compile(r"[ \u00a0]([a-z]+)(?![\w’'-])")
_HYPHENATED = re.compile(r"[A-Z][^\W\d_]+-[A-Z][^\W\d_]+")


@dataclass(frozen=True)
class _Words:
    sites: frozenset[str]
    routes: frozenset[str]
    oceans: frozenset[str]
    coasts: frozenset[str]
    unions: frozenset[str]


@cached
def _words() -> _Words:
    c = load("kinds")["lower_heads"]
    return _Words(frozenset(c["site_heads"]), frozenset(c["route_heads"]), frozenset(c["oceans"]),
                  frozenset(c["coast_heads"]), frozenset(c["union_heads"]))


def site_or_route_at(text: str, i: int, region_end: int) -> bool:
    """A site's or a route's head in lower case right after text[:i] (one space before it)."""
    m = _LOWER_HEAD.match(text, i, region_end)
    return m is not None and (m.group(1) in _words().sites or m.group(1) in _words().routes)


def _joined_fields(text: str, run: Run) -> bool:
    """Capitalised words on both sides of one "and", the last a plural ("Dorvik and Tallow
    Services"): fields a union organises, not a list of names. A list with commas keeps its
    own end ("Rail, Kelvin and Dorrow Workers union": set P's and YZ's conventions)."""
    words = [w[2] for w in run.words]
    body = text[run.begin:run.end]
    return len(words) >= 3 and body.count(" and ") == 1 and "," not in body \
        and words[-1].endswith("s") and words[-1][:1].isupper()


def lower_heads(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each in the module docstring's shapes typed a place (and the route or coast
    taking its head)."""
    w = _words()
    for run in runs:
        if run.title:
            continue
        m = _LOWER_HEAD.match(text, run.end)
        if m is not None and m.group(1) in w.unions and _joined_fields(text, run):
            run.words = run.words + [(m.start(1), m.end(1), m.group(1))]  # "… Services union"
            run.end, run.kind = m.end(1), "organization"
            continue
        if run.kind is not None or len(run.words) != 1:
            continue
        if m is None:
            continue
        word, head = run.words[0][2], m.group(1)
        if _HYPHENATED.fullmatch(word) and head in w.sites:
            run.kind = "place"  # "the Kelvo-Dorvanskyi station"
        elif _HYPHENATED.fullmatch(word) and head in w.routes or word in w.oceans and head in w.coasts:
            run.words = run.words + [(m.start(1), m.end(1), head)]  # "the Kelvo-Dorrow highway"
            run.end, run.kind = m.end(1), "place"
    return runs
