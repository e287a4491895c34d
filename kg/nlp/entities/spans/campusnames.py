"""A university system's name with the town of one campus after a comma: "the University of
Kelvia, Dorrow, campus", "at the University of Kelvia, Dorrow, students said" (branch ent124).

A state's university system names each campus by the town after a comma; the run walk stops at
the comma, so the page got the system and the town, and the campus (the university that the
article is about) was never named. A run opened by kg/data/nlp/kinds.toml `[campus_names]
openers` ("University of"), then ", ", then a run of one or two words that the gazetteer knows as
a town, closed by a comma or by " campus", are one name: the campus's university. A town not
closed so ("the University of Kelvia, Dorrow and Tallis") is a list, left as it was.

Two more printed forms of the same campus (set CS's kinds, branch ent141): a system named with
its head last ("Kelvia State University, Dorrow,"; `[campus_names] enders`), and the town glued
to the system's name by an en dash ("the University of Kelvia–Dorrow"; a hyphen too where the
runs were cut at it), where the town needs no comma after it, nor the gazetteer's knowing it
(a town named like a person too): the dash says the two are one name, as the paper prints the
campus. A campus of a system named with its head last is an organisation whatever its town's
last word ("… State University, Kelvo Beach").
A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

# closed by a comma, " campus", or the sentence's full stop ("… held at Kelvia State University,
# Dorrow."): no list of towns goes on (set DS, branch passQ44)
_CLOSED = re.compile(r",|\.(?=\s|$)|[ \t]+campus(?![\w’'-])")
_DASHES = ("–", "-")


@cached
def _openers() -> tuple[str, ...]:
    return tuple(o + " " for o in load("kinds")["campus_names"]["openers"])


@cached
def _enders() -> tuple[str, ...]:
    return tuple(" " + e for e in load("kinds")["campus_names"]["enders"])


def _campus(text: str, run: Run, town: Run) -> bool:
    label = text[run.begin:run.end]
    between = text[run.end:town.begin]
    system = label.startswith(_openers()) or (between == ", " and label.endswith(_enders()))
    if not system or run.title or run.kind not in (None, "organization") or town.title \
            or town.kind is not None or not 1 <= len(town.words) <= 2:
        return False
    kind = gazetteer().place_kind(text[town.begin:town.end])
    if between in _DASHES:  # glued by the dash: a town the gazetteer may not know, none else
        return kind in (None, "city")
    return between == ", " and _CLOSED.match(text, town.end) is not None and kind == "city"


def _registry_town(text: str, run: Run, towns: dict[int, Match]) -> Match | None:
    """The registry city right after a system's run and ", ", closed as a run's town must be
    ("Kelvia State University, Los Angeles."): the registry, not a run, holds such a town."""
    label = text[run.begin:run.end]
    m = towns.get(run.end + 2)
    if m is None or text[run.end:m.begin] != ", " or run.title or run.kind not in (None, "organization") \
            or not (label.startswith(_openers()) or label.endswith(_enders())):
        return None
    return m if _CLOSED.match(text, m.end) is not None else None


def campus_names(text: str, runs: list[Run], known: list[Match] = ()) -> list[Run]:
    """The runs, a university system's run and its campus town after a comma or a dash made one
    name; the town a run of its own, or a registry city (`known`)."""
    towns = {m.begin: m for m in known if m.entry.kind == "city" and m.how == "name"}
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        if (m := _registry_town(text, run, towns)) is not None:
            ender = text[run.begin:run.end].endswith(_enders())
            run = Run(run.begin, m.end, run.words + [(m.begin, m.end, text[m.begin:m.end])], False,
                      run.absorbed + [m], kind="organization" if ender else run.kind)
        elif i + 1 < len(runs) and _campus(text, run, runs[i + 1]):
            town = runs[i + 1]
            # a system's head last: it types the campus, not the town's last word ("… Long Beach")
            ender = text[run.begin:run.end].endswith(_enders())
            run = Run(run.begin, town.end, run.words + town.words, False, run.absorbed + town.absorbed,
                      kind="organization" if ender else run.kind)
            i += 1
        out.append(run)
        i += 1
    return out
