"""A new march named before a registry event's head word: "a Great Jobless March on Albany",
where the registry holds a famous "March on Albany" (issue 10, set BB, branch ent86).

The registry's event is matched wherever its words stand, so a name of capitalised words glued
before its head word ("Great Jobless ") was cut off as a run typed nothing, and the page's own
march was read as the registry's. A registry event whose label opens with an event's head word
(entities.toml `[head_types] event`: "March", "Rally") and a small word ("on", "to", "for")
is named by its words only; capitalised words glued before that head word make another event
of the same kind, whose name ends at the head word. What follows the small word is then the
march's destination, a name of its own where the gazetteer knows it as a place ("Albany");
otherwise nothing is changed (the registry's match might be the whole of a longer name).
"""

from __future__ import annotations

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import SMALL, Run

_JOINERS = frozenset(SMALL) - {"and", "or", "nor", "but", "the", "a", "an"}


def _split(m: Match, text: str, cues: Cues) -> tuple[int, int, int] | None:
    """(the head word's end, the destination's begin and end) of registry event m, or None
    when its label is no "<event head> <small word> <a known place>"."""
    if m.how != "name" or m.entry.kind != "event":
        return None
    surface = text[m.begin:m.end]
    words = surface.split(" ")
    if len(words) < 3 or cues.heads.get(words[0]) != "event" or words[1] not in _JOINERS:
        return None
    rest_begin = m.begin + len(words[0]) + 1 + len(words[1]) + 1
    if evidence().place_kind(text[rest_begin:m.end]) is None:
        return None
    return m.begin + len(words[0]), rest_begin, m.end


def events_before_registry_head(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """Runs, where a run ends one space before a registry event "<head> <small word> <place>",
    with that run and the head word as one event's run (the registry's match absorbed) and the
    place after the small word as a run of its own."""
    for m in known:
        cut = _split(m, text, cues)
        if cut is None:
            continue
        before = next((r for r in runs if r.end + 1 == m.begin and text[r.end] == " " and not r.title
                       and r.kind is None), None)
        if before is None:
            continue
        head_end, place_begin, place_end = cut
        runs = [r for r in runs if r is not before]
        runs.append(Run(before.begin, head_end, before.words + [(m.begin, head_end, text[m.begin:head_end])],
                        False, [m]))
        runs.append(Run(place_begin, place_end, [(place_begin, place_end, text[place_begin:place_end])]))
    return runs
