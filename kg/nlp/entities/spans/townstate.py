"""A town and its state printed after a comma: two places, not one name.

The registry writes some cities with their state as an alias or as the label itself ("St. Paul,
Minnesota", "Newark, New Jersey"), so that the form links where the page prints it. Found whole,
the match took the state's name into the city's mention: the state was no place of its own and
the held-out sets' gold, which lists the town and its state apart ("in <Town>, <State>" names
two places), counted the whole a piece of junk and both places missed (issue 10, set P's kinds;
branch ent23). A registry city matched by a form "<Town>, <State>", where the entry also
answers to "<Town>" alone (one of its forms) and the gazetteer knows "<State>" as a state,
province or country (`Gazetteer.place_kind`: "place" or "country"), is cut to the town; the
state is then free for the runs of capitalised words (kg.nlp.entities.names), which type it by
the gazetteer. "Washington, D.C." stays whole: "D.C." is no state the gazetteer knows.
"""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.registry.surface import Match

_STATE_KINDS = ("place", "country")


def split(text: str, matches: list[Match]) -> list[Match]:
    """`matches` with each registry city matched as "<Town>, <State>" cut to the town."""
    out = []
    for m in matches:
        town, sep, state = text[m.begin:m.end].partition(", ")
        if m.how == "name" and m.entry.kind == "city" and sep and "," not in state \
                and gazetteer().place_kind(state) in _STATE_KINDS \
                and any(form.text == town for form in m.entry.forms()):
            m = replace(m, end=m.begin + len(town))
        out.append(m)
    return out
