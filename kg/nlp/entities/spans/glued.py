"""A registry place glued into a longer name: "Iowa Colony", "Paris-Nord", "Petro-Peru".

The registry's place names are found wherever they stand, so a town named with a country's
or a city's name ("Iowa Colony", a town of North Carolina; "Paris-Nord", a town beside
Montreal) and a firm named for its country ("Petro-Peru", "Hydro-Kelvia") came out as the
registry place and a piece of junk ("Grove", "Petro"), the longer name missed (issue 10, set
O's kinds; branch ent22). Three shapes, each with its evidence:

- the place, one space and one capitalised word, where the place gazetteer or its list of
  smaller towns knows the two words whole ("Iowa Colony"): the town;
- the place, a hyphen and a capitalised word, where the gazetteer knows the whole or the word
  after the hyphen is a compass word of the languages that name towns so (`[hyphens]
  place_endings`: "Est", "Nord", "Ouest", "Sud"): the town or quarter ("Paris-Nord");
- a capitalised word, a hyphen and the place, where the word before is no name of its own
  (no registry name, no place, not a combining form: `[hyphens] not_name_prefixes`, "Afro",
  "Sino", "Pro") : a firm named for its country ("Petro-Peru"); "U.S.-Mexico" and
  "Israel-Gaza" are two places, "Afro-Cuban" a group word.

The new name is then the run's (kg.nlp.entities.names), typed by `hyphen_kind` or the gazetteer.
The same module reads a registry event's surface written as a firm and a lower-case "strike"
(`firm_and_lower_noun`, `[firm_events] nouns`): the firm is named, the strike described.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.spans.lowerheads import site_or_route_at

_AFTER = re.compile(r"([ \u00a0-])([A-Z][^\W\d_]*(?:['’][^\W\d_]+)?)(?![\w’'-])")
_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][^\W\d_]*)-\Z")


@dataclass(frozen=True)
class _Words:
    place_endings: frozenset[str]
    not_name_prefixes: frozenset[str]
    firm_event_nouns: frozenset[str]


@cached
def _words() -> _Words:
    c = load("kinds")
    h = c["hyphens"]
    return _Words(frozenset(h["place_endings"]), frozenset(h["not_name_prefixes"]),
                  frozenset(c["firm_events"]["nouns"]))


def firm_and_lower_noun(surface: str, firm_at: Callable[[int], bool]) -> bool:
    """A registry event's surface that is a firm's name and a lower-case noun ("Kelvane strike",
    "Kelvane lockout"): the paper describes the strike there, it does not name it; the firm is
    the name (`firm_at(n)`: a registry organisation's form is the surface's first n letters).
    "Hormel Strike", capitalised, stays the event. The nouns end an event's label, so they are
    not boundaries.toml `[town_pair_firms] nouns` (kg.nlp.entities.spans.townpairsites), words of
    running text that make two hyphened towns an employer, "strikers" among them."""
    head, _, noun = surface.rpartition(" ")
    return bool(head) and noun in _words().firm_event_nouns and firm_at(len(head))


def in_longer_place(text: str, begin: int, end: int, region_end: int) -> bool:
    """text[begin:end], a registry place, opens a town's name with the word glued after it:
    "Iowa Colony" (a town the gazetteer knows whole), "Paris-Nord" (a compass word after a
    hyphen, or a town known whole), or a site's or route's name with a word no place after a
    hyphen and a lower-case head after it ("Kelvo-Dorvanskyi station"; branch ent45)."""
    m = _AFTER.match(text, end, region_end)
    if m is None:
        return False
    whole = text[begin:m.end()]
    g = gazetteer()
    if g.place_kind(whole) or g.town_kind(whole):
        return True
    if m.group(1) == "-" and not g.place_kind(m.group(2)) and site_or_route_at(text, m.end(), region_end):
        return True  # "Kyiv-Dorvanskyi station", "Kyiv-Dorvan highway": the site's or route's name
    return m.group(1) == "-" and m.group(2) in _words().place_endings


def after_firm_prefix(text: str, begin: int, region_begin: int, known: Callable[[int, int], bool]) -> bool:
    """text[begin:…], a registry place, ends a firm's name after a hyphen: "Petro-Peru". The
    word before the hyphen is capitalised, no registry name (`known(b, e)`), no place the
    gazetteer knows and no combining form ("Afro-", "Sino-", "Pro-")."""
    m = _BEFORE.search(text, max(region_begin, begin - 30), begin)
    if m is None:
        return False
    word = m.group(1)
    if word in _words().not_name_prefixes or word.isupper() or gazetteer().place_kind(word):
        return False
    return not known(m.start(1), m.end(1))


def hyphen_kind(label: str) -> str | None:
    """The kind of a one-word name with a hyphen that these shapes make: a known place, a hyphen
    and a compass word is a place ("Paris-Nord"); a word that is no place and a country after
    the hyphen is a firm ("Petro-Peru"). None for any other name."""
    parts = label.split("-")
    if len(parts) != 2 or " " in label or not all(p[:1].isupper() for p in parts):
        return None
    g = gazetteer()
    if g.place_kind(label) or g.town_kind(label):
        return g.place_kind(label) or g.town_kind(label)
    if parts[1] in _words().place_endings and g.place_kind(parts[0]):
        return "place"
    if g.place_kind(parts[1]) == "country" and not g.place_kind(parts[0]) \
            and parts[0] not in _words().not_name_prefixes:
        return "organization"
    return None
