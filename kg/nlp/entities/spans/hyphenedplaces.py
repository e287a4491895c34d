"""A place named by a registry place, a hyphen, a second word and a place's head ("Kelvin-Dorrow
County", "Tallow-Vane Parish": a county named for two towns or a town and a person): the
registry read the first town alone, the word after the hyphen was lost with it and the head
word alone was no name, so the county was lost (set BL, branch ent97).

A registry place opening the name (after a space, a bracket or a quotation mark, or at the
start), a hyphen, one capitalised word and a word the cues read as a place's head (`[head_types]
place`: "County", "Parish", "Park" …) are one name, the registry place absorbed. Up to two
capitalised words may stand between that word and the head ("Kelvin-Dorrow International
Airport": an airport named for its city and a person; set CI, branch ent122), the nearest
place's head closing the name; the place and the word alone where the page names them so
with a head elsewhere ("at Kelvin-Dorrow") are that name's short form, a place.
kg.nlp.entities.spans.regionsteps runs `hyphened_places`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run
from kg.nlp.entities.spans.textspan import Region

# a hyphen, a capitalised word, up to two more words (fewest first) and a capitalised last word
_AFTER = tuple(re.compile(rf"-(?P<w>[A-Z][\w’']+)(?: [A-Z][a-z]+){{{n}}} (?P<h>[A-Z][a-z]+)(?![\w’'-])")
               for n in range(3))
_WORD = re.compile(r"[A-Z][\w’']+")
# a hyphen and one capitalised word ending a name: a short form's tail
_GLUED = re.compile(r"-(?P<w>[A-Z][\w’']+)(?![\w’'-])")


def hyphened_places(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs of region r with each registry place, a hyphen, a word and a place's head made
    one name (`known`: the registry's matches; those in r are read)."""
    out = list(runs)
    for place in known:
        if not (r.begin <= place.begin and place.end <= r.end) or not _opens_name(text, place):
            continue
        m = _tail(text, place.end, cues)
        short = m is None and (m := _short_form(text, place, cues)) is not None
        if m is None or m.end() > r.end:
            continue
        tail = (m.start("w"), m.end())
        if any(x.begin < tail[1] and place.begin < x.end and not (tail[0] <= x.begin and x.end <= tail[1])
               for x in out):
            continue  # a run over the place, or one running on past the head: not ours to cut
        words = [(place.begin, place.end, text[place.begin:place.end])] \
            + [(x.start(), x.end(), x.group()) for x in _WORD.finditer(text, m.start("w"), m.end())]
        out = [x for x in out if not (m.start("w") <= x.begin and x.end <= m.end())]
        out.append(Run(place.begin, m.end(), words, absorbed=[place], kind="place" if short else None))
    return sorted(out, key=lambda x: x.begin)


def _tail(text: str, at: int, cues: Cues) -> re.Match[str] | None:
    """The hyphen, words and place's head after a registry place at `at`, the nearest head
    first; None where no place's head follows within two words."""
    for pattern in _AFTER:
        m = pattern.match(text, at)
        if m is not None and cues.heads.get(m.group("h")) == "place":
            return m
    return None


def _short_form(text: str, place: Match, cues: Cues) -> re.Match[str] | None:
    """The hyphen and word after a registry place where the page names them elsewhere with a
    place's head after them ("at Kelvin-Dorrow" after "Kelvin-Dorrow International Airport"):
    the name's short form, a place; None otherwise."""
    m = _GLUED.match(text, place.end)
    if m is None:
        return None
    form = text[place.begin:m.end()] + " "
    at = text.find(form)
    while at != -1:
        if _tail(text, at + len(text[place.begin:place.end]), cues) is not None:
            return m
        at = text.find(form, at + 1)
    return None


def _opens_name(text: str, place: Match) -> bool:
    """A registry place that opens a name: after a space, a bracket or a quotation mark, or first."""
    return place.entry.kind in PLACE_KINDS \
        and (place.begin == 0 or text[place.begin - 1].isspace() or text[place.begin - 1] in "(“\"‘")
