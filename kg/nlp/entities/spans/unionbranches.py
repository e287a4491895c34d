"""A union's branch named after the union: "Kelvo Employees Union Healthcare Dorrowa", a state
council named by the union, its sector and its state; "KEU-United Care Workers West", a
region's union named by its national union's initials, a hyphen and its own name (set CO).

The registry's union closed the scanner's run, so the page got the national union and a piece
("Healthcare Dorrowa", untyped; "Care Workers West", the hyphen's glued word "KEU-United" lost)
where the text names one body of it. Two shapes, each one organisation with the registry union
absorbed (its mention would be a piece of the name):

- a registry union (its label ends in a union's head, `and_single_heads`: "Union", "Employees"),
  one space, then a run of two or three words whose last is a state or province the registry or
  the gazetteer knows and whose first is no place: the union's council in that state
  (`state_councils`);
- a registry union, a hyphen glued to two to six capitalised words that end in an organisation's
  head, or in one and a compass word ("… Workers West"): the union's affiliate
  (`hyphened_branches`). "AFL-CIO" (one word after the hyphen) is no such pair.

Declared steps of kg.nlp.entities.spans.regionsteps `REGION_STEPS`, after the branches named with
"of" (kg.nlp.entities.spans.statebranches).
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_GOES_ON = re.compile(r"\s*[A-Z(]")  # a capital or a bracket after the state: a longer name
_HYPHENED = re.compile(r"-(?P<p>[A-Z][\w’']*(?:[ \t]+[A-Z][\w’']*){1,5})(?![\w’'-])")


def _union(m: Match, cues: Cues) -> bool:
    """A registry union by its name or initials: its label ends in a union's head."""
    return m.entry.kind == "organization" and m.how in ("name", "acronym") \
        and m.entry.label.split()[-1] in cues.and_single


def _state(word: str, known: list[Match], at: tuple[int, int]) -> bool:
    """A state or province: a registry place of a country at `at`, or one the gazetteer knows."""
    if any((k.begin, k.end) == at and k.entry.kind == "place" and k.entry.place for k in known):
        return True
    return evidence().place_kind(word) == "place"


def state_councils(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs, each union's state council named after it made one run (module docstring)."""
    unions = {m.end + 1: m for m in known if _union(m, cues)}
    out: list[Run] = []
    for run in runs:
        body = unions.get(run.begin)
        words = [w for (_b, _e, w) in run.words]
        if body is not None and text[body.end] == " " and run.kind in (None, "organization") \
                and not run.title and 2 <= len(words) <= 3 and _state(words[-1], known, run.words[-1][:2]) \
                and evidence().place_kind(words[0]) is None and not _GOES_ON.match(text, run.end):
            run = Run(body.begin, run.end, [(body.begin, body.end, text[body.begin:body.end]), *run.words],
                      absorbed=[body, *run.absorbed], kind="organization")
        out.append(run)
    return out


def _branch_words(words: list[str], cues: Cues) -> int:
    """How many of the words after the hyphen name the branch: up to an organisation's head, or
    a head and a compass word after it; 0 if none."""
    for k in range(len(words), 1, -1):
        if cues.heads.get(words[k - 1]) == "organization" \
                or words[k - 1] in cues.compass and cues.heads.get(words[k - 2]) == "organization":
            return k
    return 0


def hyphened_branches(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs of region r with each union's affiliate named after a hyphen made one run (module
    docstring); the runs inside the affiliate's words give way."""
    out = list(runs)
    for body in known:
        if not _union(body, cues) or not r.begin <= body.begin < r.end:
            continue
        h = _HYPHENED.match(text, body.end)
        if h is None:
            continue
        found = [(h.start("p") + w.start(), h.start("p") + w.end(), w.group(0))
                 for w in re.finditer(r"\S+", h.group("p"))]
        k = _branch_words([w for (_b, _e, w) in found], cues)
        if k < 2:
            continue
        end = found[k - 1][1]
        if end > r.end or any(x.begin < body.begin < x.end or x.begin < end < x.end for x in out) \
                or any(m is not body and body.end < m.begin < end for m in known):
            continue
        out = [x for x in out if not (body.begin <= x.begin and x.end <= end)]
        out.append(Run(body.begin, end, [(body.begin, body.end, text[body.begin:body.end]), *found[:k]],
                       absorbed=[body], kind="organization"))
    return sorted(out, key=lambda x: x.begin)
