"""A work's title in Title Case with a comma inside: "the pamphlet Bread, Land and Justice for
Kelvo Workers by Ana Dorrow", "the book Kelvo Dockers, Their Union and the Fight for Jobs
(Pathfinder, 2001)", "sold Kelvo Workers, Farmers and Students Unite, published by …".

A title-case stretch (titles' `_stretch`, passed in so imports flow one way) stops at a comma,
so such a title was cut there: its first part a book of its own ("Bread") and the rest another.
Here the title runs on over its commas while each part after one is still Title Case, and only
to where the paper's titles end (kg/data/nlp/commatitles.toml): an author's "by" and a capital,
a publication cue ("published"), a bracket (the imprint), or the sentence's end (a full stop, a
semicolon) after a last part joined by "and" (a list: "…, and Jobs for All."). Anything else
after the last part ("…, Tom Brannick said") leaves the title cut at its first comma, as before.

It is no title where the first part ends in a preposition of place and a name ("the film Harvest
Days in Kelvo, Tallow and Dorrow": the places go on after the comma), where a part after a comma
opens with a person (a given name or a registry
person: "the book Harvest Days, Ana Ruiz and Tom Lee." names its readers) or where every part is
a known place ("… Detroit, Chicago and Toledo, published by the union": towns).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.registry.surface import Match

Stretch = Callable[[int, int], int | None]  # the end of a title-case stretch from one offset to a limit

_COMMA = re.compile(r",[ \u00a0]+")  # a comma before the next part
_SENTENCE_END = re.compile(r"(?:[.;](?=[\s\"”’]|\Z)|\Z)")  # a full stop or semicolon, or the region's end
_PLACE_KINDS = ("city", "country", "place")


@cached
def _cues() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The closing cues (matched at a title's end), the joiner ("and ", "and the "), a
    preposition of place with the capitalised words closing a part ("… in Kelvo"), and the
    lower-case word a title may open after (none of `not_after`)."""
    c = load("commatitles")
    closers = re.compile("|".join(f"(?:{p})" for p in c["closers"]))
    joiner = re.compile(r"(?<![\w’'-])" + phrase_pattern(c["joiners"]) + r"[ \u00a0]+")
    placed = re.compile(r"(?<![\w’'-])" + phrase_pattern(c["places_after"])
                        + r"(?:[ \u00a0]+[A-Z][\w’'.-]*)+\Z")
    after = re.compile(r"(?<![\w’'-])(?!(?:" + phrase_pattern(c["not_after"]) + r")[ \u00a0])"
                       r"[a-z][\w’'-]*[ \u00a0]\Z")
    return closers, joiner, placed, after


def comma_run(text: str, begin: int, end: int, limit: int, stretch: Stretch,
              known: list[Match]) -> int | None:
    """The end of the title [begin, end) run on over its commas to a closing cue, or None (no
    comma after it, a part that is no Title Case, no cue where the parts end, or a part that
    says a person, or places alone)."""
    closers, joiner, placed, _after = _cues()
    if placed.search(text, begin, end):
        return None  # "Harvest Days in Kelvo, Tallow and Dorrow": the places go on
    parts = [(begin, end)]
    pos = end
    while (m := _COMMA.match(text, pos, limit)) is not None:
        b = m.end()
        j = joiner.match(text, b, limit)  # ", and Jobs for All"
        opening = j.end() if j else b
        e = stretch(opening, limit) if text[opening:opening + 1].isupper() else None
        if e is None:
            break
        parts.append((b, e))
        pos = e
    if len(parts) < 2:
        return None
    last = parts[-1]
    if not (closers.match(text, pos, limit)
            or _SENTENCE_END.match(text, pos, limit) and joiner.search(text, last[0], last[1])):
        return None
    if any(_opens_with_person(text, b, known) for b, _e in parts[1:]):
        return None
    if all(_a_place(text, b, e, known) for b, e in _items(parts, joiner, text)):
        return None
    return pos


def _items(parts: list[tuple[int, int]], joiner: re.Pattern, text: str) -> list[tuple[int, int]]:
    """The parts' items, a part split at its joiners ("Chicago and Toledo": two towns)."""
    out = []
    for b, e in parts:
        for j in joiner.finditer(text, b, e):
            if j.start() > b:
                out.append((b, j.start() - 1 if text[j.start() - 1] == " " else j.start()))
            b = j.end()
        out.append((b, e))
    return out


def opens_mid_sentence(text: str, lo: int, start: int, known: list[Match]) -> bool:
    """A title with commas that a publication cue closes may open at `start` (its clause opening
    at `lo`): after a lower-case word, none of `not_after` ("by": its authors; "and": a list's
    last item), and with no person opening it ("… and Mary-Ann Kelvane, and Tallow Women at Work,
    published by": the author of the title before). A sentence's opening list ("In Kelvo,
    Tallow and Dorrow, …") is no title's."""
    m = _cues()[3].search(text, lo, start)
    return m is not None and not _opens_with_person(text, start, known)


def _opens_with_person(text: str, at: int, known: list[Match]) -> bool:
    """A registry person or a given name opens the part (the first of a hyphened one too:
    "Mary-Ann"): people named after a title, no part of it."""
    if any(k.begin == at and k.entry.kind == "person" for k in known):
        return True
    word = re.match(r"[\w’']+", text[at:at + 40])
    return bool(word) and gazetteer().is_given_name(word.group(0))


def _a_place(text: str, b: int, e: int, known: list[Match]) -> bool:
    """The part is a known place, the gazetteer's or the registry's, whole."""
    return bool(gazetteer().place_kind(text[b:e])) or any(
        k.begin == b and k.end == e and k.entry.kind in _PLACE_KINDS for k in known)
