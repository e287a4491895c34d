"""Nationality adjectives and the country they say ("Kenyan" → Kenya), so that a registry body of
one country named after another country's adjective is read as another body: "the Kenyan
Democratic Party" is no mention of the US Democratic Party, "the Iraqi Communist Party" none of
a registry party of another land. The adjective's country is found by its spelling (its first
four letters open a word of the country's name or of one of its registry aliases: "Cuban" →
"Cuba", "American" → "United States of America") or, for adjectives spelled otherwise
("British", "French", "Dutch"), by `[demonyms]` in kg/data/nlp/entities.toml.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.gazetteer import fold, gazetteer

_STEM = 4  # letters an adjective shares with its country's name ("Keny-an", "Iraq-i", "Cuba-n")


@cached
def _demonyms() -> dict[str, str]:
    """Adjective (folded) → country label, for adjectives not spelled like their country."""
    table = load("entities").get("demonyms", {})
    return {fold(adj): country for country, adjs in table.items() for adj in adjs}


@cached
def _countries() -> tuple[str, ...]:
    """The gazetteer's country names, folded ("kenya", "united kingdom")."""
    return tuple(name for name, kind in gazetteer().places.items() if kind == "country")


def _shares_stem(adjective: str, name: str) -> bool:
    a = fold(adjective)
    return len(a) >= _STEM and any(len(w) >= _STEM and w[:_STEM] == a[:_STEM] for w in fold(name).split())


def is_nation_adjective(word: str) -> bool:
    """"Kenyan", "Iraqi", "British": an adjective that says a country (not "Stalinist")."""
    return fold(word) in _demonyms() or any(_shares_stem(word, c) for c in _countries())


def adjective_of(word: str, names: list[str]) -> bool:
    """Does the adjective say the country known by one of these names (its label and aliases)?"""
    country = _demonyms().get(fold(word))
    if country is not None:
        return any(fold(country) == fold(n) for n in names)
    return any(_shares_stem(word, n) for n in names)


_DEMONYM_ENDINGS = ("ian", "an", "ese", "n", "i")  # "Brazil-ian", "Chile-an", "Sudan-ese", "Iraq-i"


def is_demonym(word: str) -> bool:
    """"Gambian", "Gambians", "Nigerian": a country's name, or that name less its final "a",
    with a nationality ending ("Cuba-n", "Chile-an", "Sudan-ese", "Kuwait-i"), alone or plural:
    a group word, which names no single thing (no place "Gambian" beside "the Gambia")."""
    w = fold(word)
    if w.endswith("s"):
        w = w[:-1]
    countries = set(_countries())
    return word[:1].isupper() and (any(
        w.endswith(e) and len(w) > len(e) + 2 and (w[:-len(e)] in countries or w[:-len(e)] + "a" in countries)
        for e in _DEMONYM_ENDINGS) or _land_ese(w) or _o_to_an(w))


@cached
def _lands() -> frozenset[str]:
    """The gazetteer's countries and other lands that are no town (islands, regions, territories:
    kind "place"), folded ("timor", "east timor")."""
    return frozenset(name for name, kind in gazetteer().places.items() if kind in ("country", "place"))


def _o_to_an(folded: str) -> bool:
    """"Kelvican", "Dorro Rican": a country's or another land's name ending in "-o" with that
    "-o" made "-an", as English names the people of such lands ("Mexic-o" → "Mexic-an",
    "Puerto Ric-o" → "Puerto Ric-an"). No given name is a land's name so changed (set CK,
    branch ent127: the two words were typed a place by their leading head)."""
    return folded.endswith("an") and len(folded) > 5 and folded[:-2] + "o" in _lands()


def _land_ese(folded: str) -> bool:
    """"Kelvanese", "North Kelvanese": a land's name that is no country (an island, a region, a
    territory not independent) with the ending "-ese", which English gives the people of such
    lands as of countries. Only "-ese": "-an", "-i" after any land's name would take given names
    ("Adrian") for nationalities; no English word ends so on a land's name but a people's
    (set AT, branch ent73)."""
    return folded.endswith("ese") and len(folded) > 6 and folded[:-3] in _lands()
