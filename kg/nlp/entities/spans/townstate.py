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

`states_after_towns` reads the state's own name there: a US state's name that the registry
gives to another entry when it stands alone ("Washington": the capital; "New York": the city;
"Georgia": the country), right after a town and a comma, is the state (the keys are in
kg/data/nlp/townstates.toml), unless the gazetteer puts the town abroad ("Tbilisi, Georgia").
It reads two more shapes of the state: its postal code in an address, after a town and a comma
and before a ZIP code ("St. Paul, MN 55114": statecodes.toml `[united_states.states]`, through
kg.nlp.entities.cues.statecodes), and the name of a state that alone names a city after a word
naming a part of it ("eastern Washington", "upstate New York": `[regions]`), both met on real
pages read locally (real41).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.cues.statecodes import state_codes
from kg.nlp.entities.registry.countries import country_key, town_country
from kg.nlp.entities.registry.registry import Entry, Registry
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import NewName

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


# "Spokane, " / "ATLANTA, " / "St. Paul, " / "Winston-Salem, ": one to three capitalised words,
# then a comma, right before the state's name (a line break may stand for the space)
_TOWN_BEFORE = re.compile(r"(?:^|[^\w’'.-])((?:[A-Z][\w’'.-]*\s){0,2}[A-Z][\w’'.-]*),\s$")
# what may follow the state: the end of a clause or line, a dash, "and" or "or" (a state in
# a list of towns and states); never more words of a name ("Georgia state director", "Georgia’s")
_STATE_AFTER = re.compile(r"(?:[,.;:)—–]|--|\s*$|\s+(?:and|or)\s|\n)")


@cached
def _region_before() -> re.Pattern[str]:
    """A word naming a part of a state (`[regions] words`: "eastern", "upstate") right before the
    state's name; compiled once, not once per document."""
    words = load("townstates")["regions"]["words"]
    return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, words)) + r")\s$")


# a ZIP code right after a state's postal code: "MN 55114", "MN 55114-1234"
_ZIP_AFTER = re.compile(r" \d{5}(?:-\d{4})?\b")


def states_after_towns(text: str, matches: list[Match], new_names: list[NewName],
                       registry: Registry) -> tuple[list[Match], list[NewName]]:
    """`matches` and `new_names` with each US state's name that names another entry alone
    ("Washington", "New York": registry matches; "Georgia": a new name the gazetteer typed a
    country) linked to the state where it stands right after a town and a comma (a registry
    match of the state in place of the match or the new name's span): the town no state or
    country itself (a list "Armenia, Georgia and Russia" names countries), and not one the
    gazetteer or the registry puts outside the United States. So too a state's postal code
    between a town and a ZIP code, and a state's name that alone names a city after a word
    naming a part of the state (module docstring)."""
    data = load("townstates")
    states: dict[str, str] = data["states"]
    codes = state_codes().us_states
    regions = _region_before()
    us = country_key("United States", registry)

    def state_at(begin: int, end: int, key: str) -> Entry | None:
        name = text[begin:end]
        if name in codes:
            state = registry.get(codes[name])
            if (state is None or state.key == key or not _ZIP_AFTER.match(text, end)
                    or not _TOWN_BEFORE.search(text, max(0, begin - 60), begin)):
                return None
            return state
        state = registry.get(states.get(name, ""))
        if state is None or state.key == key:
            return None
        if _after_a_us_town(text, begin, end, registry, us):
            return state
        own = registry.get(key)
        if own is not None and own.kind == "city" and regions.search(text, max(0, begin - 20), begin):
            return state
        return None

    out = []
    for m in matches:
        if m.how == "name" and (state := state_at(m.begin, m.end, m.entry.key)):
            m = replace(m, entry=state, alias=None)
        out.append(m)
    for n in new_names:
        for sp in list(n.spans):
            if state := state_at(sp.begin, sp.end, n.key):
                n.spans.remove(sp)
                out.append(Match(sp.begin, sp.end, state, None, "name"))
    out.sort(key=lambda m: (m.begin, m.end))
    return out, [n for n in new_names if n.spans]


def _after_a_us_town(text: str, begin: int, end: int, registry: Registry, us: str | None) -> bool:
    before = _TOWN_BEFORE.search(text, max(0, begin - 60), begin)
    if before is None or not _STATE_AFTER.match(text, end):
        return False
    town = before.group(1)
    if gazetteer().place_kind(town) in _STATE_KINDS or country_key(town, registry):
        return False
    return town_country(town, registry) in (None, us)
