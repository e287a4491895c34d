"""Postal addresses: one place as printed (bench/quality/README.md, "A postal address with its
house number"), found by one grammar instead of pieces glued onto a run of capitalised words.

A listing page, a distributor's directory or a strike report prints where to go: "221 Summit
Parkway", "500 W. 37th St.", "26-34 Kelvin Road", "1105 South 24th Street", "Fifth Ave. South",
"3029-A Kelvin Road", "2401½ Dorrow Ave. NE", "2401 1/2 Dorrow Ave.", "4/210 Kelvin Road",
"310 W. 36 St." (a bare number after a compass), "2450 boulevard du Souvenir", "7400 boul.
Saint-Michel". Read as capitalised runs, such an
address falls apart: the number is no word, a compass abbreviation or an ordinal ("37th") opens
no run, and a street's type abbreviated ("Ave.") is no head word, so the pieces ("37th Street",
"Fifth Ave. South") came out as junk names and the address itself as a miss. One grammar reads
the English order —

    [house number or range] [compass] name-or-ordinal … street type [compass]

— the French and Spanish order, the type first in lower case —

    [house number[,]] type [article] Name[-Name…] [compass] [number]

(one name word: Quebec and Latin American streets join theirs with hyphens, "Saint-Michel",
"René-Lévesque"; a second word is most often the city after it) — and the Nordic order, the
type a suffix of the name and the number after it ("Kelvinsgatan 26", "Dorrastígur 6B") — and
a house number before a street printed with no type: a saint's name, as Montreal's streets
are printed in English ("6955 St. Kelvin,") or in French with a hyphen ("4120 St-Kelvin,",
branch ent78), or a `typeless_streets` name ("3581 Broadway").

The words are data (kg/data/nlp/boundaries.toml [addresses]). A house number is none where a
year stands after "in", "since", "by" … ("In 1999 Main Street flooded"); without a house number
an English street is an address only when an ordinal names it ("129th Street", "Fifth
Avenue": the type alone is no name, so the run machinery would lose it) — "Main Street" stays
the run's. What follows the address ("Tel", "Suite B", the city) is no part of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load

# 221, 26-34, 3029-A, 372A, 2401½; 2401 1/2 (the half typed out) and 3/381 (a unit before its
# house number, as Australian addresses print it) (ent111)
_NUMBER = r"(?:\d{1,4}/(?=\d{3}))?\d{1,6}(?:[-–]\d{1,6}|-[A-Z](?![\w’'-]))?[A-Z]?(?: ?½| 1/2(?= ))?"
_ORDINAL = r"\d{1,4}(?:st|nd|rd|th)"
_NAME_WORD = r"(?:[A-Z]\.){1,3}(?=\s)|[A-Z][\w’'-]*\.?"  # "Summit", "St.", "Jr.", "M.L."
_SP = r"[ \u00a0]+"  # an address is on one line: "… Ave. NE" then "Tel: …" below
_FOREIGN_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"  # "Saint-Michel", "Souvenir"


def _alternation(words: list[str]) -> str:
    """Longest first, each whole (no letter, digit or hyphen glued after it)."""
    return "|".join(re.escape(w) + (r"(?![\w’'-])" if w[-1].isalnum() else "")
                    for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Grammar:
    """The compiled address grammar of the bound cue data."""
    english: re.Pattern
    foreign: re.Pattern
    suffixed: re.Pattern
    typeless: re.Pattern
    year_before: re.Pattern
    ordinals: frozenset[str]
    ordinal_types: frozenset[str]
    alone: frozenset[str]
    guarded: frozenset[str]


def street_types() -> str:
    """The street types of the data (`street_types` and `guarded_street_types`) as one
    alternation, longest first: what `grammar` reads an address's type with, and what a step
    reading the end of an address before it (kg.nlp.entities.spans.suites) needs too."""
    c = load("boundaries")["addresses"]
    return _alternation(c["street_types"] + c["guarded_street_types"])


def compass_codes() -> list[str]:
    """The compass abbreviations an address may end in, without their dots: the lone letters
    (`compass_after_letters`: "N", "W") and the two capitals of `compass_after` ("NE", "SW")."""
    c = load("boundaries")["addresses"]
    return [w.rstrip(".") for w in c["compass_after_letters"]] \
        + [w for w in c["compass_after"] if w.isupper() and "." not in w]


@cached
def grammar() -> Grammar:
    c = load("boundaries")["addresses"]
    types = street_types()
    before = _alternation(c["compass_before"])
    after = _alternation(c["compass_after"])
    # an abbreviation ("S.E.", "NE") ends the address even where a capital follows ("… Ave.
    # S.E. Zip: …"); a compass word does not ("900 Fifth Ave. South Bend")
    after_abbr = _alternation([w for w in c["compass_after"] if "." in w or w.isupper()])
    # "2238 Kelvin St. W.": a lone compass letter, where no capitalised word (an initial's
    # surname) follows it, only a stop, a number or an abbreviation ("Tel.:")
    letter = (rf"(?:{_alternation(c['compass_after_letters'])})"
              r"(?=[ \u00a0]*(?:$|[,;:()\d]|[A-Z][a-z]{0,4}[.:]))")
    english = re.compile(
        rf"(?<![\w.,/$£€:#-])(?:(?P<num>{_NUMBER}){_SP})?"
        rf"(?:(?P<pre>{before}){_SP})?"
        rf"(?P<name>(?:{_ORDINAL}|\d{{1,3}}|{_NAME_WORD})(?:{_SP}(?:{_NAME_WORD})){{0,4}}?)"
        rf"{_SP}(?P<type>{types})"
        rf"(?:{_SP}(?:{after_abbr})(?![\w’'-])|{_SP}{letter}"
        rf"|{_SP}(?P<post>{after})(?!{_SP}[A-Z]|[\w’'-]))?", re.MULTILINE)
    articles = "|".join(re.escape(a).replace(r"\ ", _SP)
                        for a in sorted(c["types_first_articles"], key=len, reverse=True))
    foreign = re.compile(
        rf"(?<![\w.,/$£€:#-])(?:(?P<num>{_NUMBER}),?{_SP})?"
        rf"(?P<type>(?i:{_alternation(c['types_first'])})){_SP}"
        rf"(?:(?:{articles})(?:{_SP}|(?<=[’'])))?"
        rf"(?P<name>{_FOREIGN_WORD})"
        rf"(?:{_SP}(?P<post>{after})(?![\w’'-]))?"
        rf"(?:{_SP}(?:No\.\s*|#\s*)?(?P<tail>\d{{1,5}})(?![\w.,-]\d|\w))?")
    year_before = re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, c["year_before"]))
                             + r")\s+$")
    suffixed = re.compile(  # the number after the street, or before it ("11 Kelvinsgata")
        rf"(?<![\w.,/$£€:#-])(?:(?P<num>\d{{1,4}}[A-Za-z]?){_SP})?"
        rf"(?P<street>[A-ZÀ-ÖØ-Þ][^\W\d_]*?(?:{'|'.join(map(re.escape, c['type_suffixes']))}))"
        rf"(?(num)(?![\w’'-])|{_SP}\d{{1,4}}[A-Za-z]?(?![\w’'-]|[.,-]\d))")
    typeless = re.compile(
        rf"(?<![\w.,/$£€:#-])(?P<num>{_NUMBER}){_SP}"
        rf"(?:(?:(?P<saint>St\.|Saint|Ste\.){_SP}|(?:St|Ste|Saint)-)[A-Z][\w’'-]*"
        rf"(?=[ \u00a0]*(?:[,(]|\.(?:\s|$)|$))"
        rf"|(?:{_alternation(c['typeless_streets'])}))", re.MULTILINE)
    return Grammar(english, foreign, suffixed, typeless, year_before, frozenset(c["spelled_ordinals"]),
                   frozenset(c["ordinal_types"]), frozenset(c["types_first_alone"]),
                   frozenset(c["guarded_street_types"]))


@dataclass(frozen=True)
class Address:
    """Where an address stands in the text."""
    begin: int
    end: int


def _year(text: str, m: re.Match, g: Grammar) -> bool:
    """The number is a year after "in", "since" … ("In 1999 Main Street"), no house number."""
    num = m.group("num")
    return bool(re.fullmatch(r"(?:1[789]|20)\d\d", num)) and bool(
        textwindow.before(g.year_before, text, m.start("num"), 8))


def find_addresses(text: str, begin: int, end: int) -> list[Address]:
    """The addresses in text[begin:end], left to right, none overlapping."""
    g = grammar()
    out: list[Address] = []
    pos = begin
    while pos < end:
        found = [m for m in (_english(text, pos, end, g), _foreign(text, pos, end, g),
                             _suffixed(text, pos, end, g), _typeless(text, pos, end, g)) if m is not None]
        if not found:
            break
        a = min(found, key=lambda a: (a.begin, -a.end))
        out.append(a)
        pos = a.end
    return out


def _english(text: str, pos: int, end: int, g: Grammar) -> Address | None:
    for m in g.english.finditer(text, pos, end):
        if "\n" in m.group(0):
            continue
        b = m.start()
        house = m.group("num") and not _year(text, m, g)
        if m.group("type") in g.guarded and not _guarded_address(text, m, g):
            continue  # "5 Death Row prisoners", "the 9 Supreme Court justices": a count
        if not house and m.group("type") not in g.ordinal_types:
            continue  # "won First Place", "the Third Way": no street without a house number
        if re.fullmatch(r"\d+", m.group("name").split()[0]) and not m.group("num"):
            continue  # "W. 36 St." names its street by a bare number only after a house number
        if m.group("num") and _year(text, m, g):
            b = m.start("pre") if m.group("pre") else m.start("name")
            if not _ordinal(m.group("name"), g):
                continue
        elif not m.group("num") and not _ordinal(m.group("name"), g):
            continue  # "Main Street": the run's, no address grammar needed
        if not m.group("num") and m.group("pre") and len(m.group("pre")) == 1:
            b = m.start("name")  # "E 37th": a lone letter with no number is someone's initial
        return Address(b, m.end())
    return None


def _guarded_address(text: str, m: re.Match, g: Grammar) -> bool:
    """A street type that also ends a counted name ("Row", "Court": `guarded_street_types`)
    ends an address only after a house number (no year) that no article opens ("at 3 Kelvin
    Row", not "the 9 Supreme Court justices") and before no lower-case word ("5 Death Row
    prisoners": the number counts the prisoners)."""
    if not m.group("num") or _year(text, m, g):
        return False
    if textwindow.before(r"(?:^|\W)(?:[Tt]he|[Aa]n?)\s+$", text, m.start(), 5, cut=True):
        return False
    return not textwindow.after(r"[ \u00a0]+[a-z]", text, m.end(), 2, cut=True)


def _ordinal(name: str, g: Grammar) -> bool:
    """A street named by an ordinal: "37th", "Fifth"."""
    first = name.split()[0]
    return bool(re.fullmatch(_ORDINAL, first)) or (len(name.split()) == 1 and first in g.ordinals)


def _foreign(text: str, pos: int, end: int, g: Grammar) -> Address | None:
    for m in g.foreign.finditer(text, pos, end):
        if "\n" in m.group(0):
            continue
        if not m.group("num") and m.group("type") not in g.alone:
            continue  # "took place Tuesday", "Sunset Boulevard Tuesday": no number, no French type
        e = m.end()
        if m.group("num") and m.group("tail"):
            e = m.end("post") if m.group("post") else m.end("name")  # one number is enough
        return Address(m.start(), e)
    return None


@cached
def _body_heads() -> frozenset[str]:
    """An organisation's head words (entities.toml `[head_types]`): "Brigade" ends on the Danish
    "-gade" but names a unit, never a street."""
    return frozenset(load("entities")["head_types"]["organization"])


def _suffixed(text: str, pos: int, end: int, g: Grammar) -> Address | None:
    """"Kelvinsgatan 26", "Dorrastígur 6B": a Nordic street's type is glued to its name as a
    suffix (`type_suffixes`: -gatan, -vägen, -gata, -vegur, -stígur, -gade, -vej …) and its
    number follows it, or stands before it as an English page prints it ("11 Kelvinsgata";
    sets AF/AG, branch ent49); the street and its number are the address."""
    for m in g.suffixed.finditer(text, pos, end):
        if "\n" in m.group(0) or m.group("num") and (
                _year(text, m, g)  # "In 1998 Kelvinsgata …": a year, no house number
                or textwindow.before(r"(?:^|\W)(?:[Tt]he|[Aa]n?)\s+$", text, m.start(), 5, cut=True)):
            continue  # "the 7 Watergate burglars": a count after an article, no house number
        if m.group("street") in _body_heads():
            continue  # "Brigade 2506": a body's head word that ends like a Danish street (ent116)
        return Address(m.start(), m.end())
    return None


def _typeless(text: str, pos: int, end: int, g: Grammar) -> Address | None:
    """A house number before a street printed with no type: a saint's name as Montreal's
    streets are printed in English, then a comma, a bracket, a full stop or the line's end
    ("6955 St. Kelvin, Montreal";
    not a place the gazetteer knows: "300 St. Louis, Missouri, workers"), or one of the
    `typeless_streets` ("3581 Broadway", "47 The Cut"). Not a year after "in" ("In 1998 St. …")."""
    from kg.nlp.entities.cues.evidence import evidence  # the gazetteer's places (no import cycle)
    for m in g.typeless.finditer(text, pos, end):
        if "\n" in m.group(0) or _year(text, m, g):
            continue
        if m.group("saint") and evidence().place_kind(text[m.end("num"):m.end()].strip()):
            continue
        return Address(m.start(), m.end())
    return None
