"""Kinds a name's own shape or the words right around it give, when nothing else typed it
(issue 10; sets AR and AS, branch ent72).

Each function is a step of `KIND_STEPS` (kg.nlp.entities.kinds.resolve), run before the typed
spans are collected, so the list and coordination steps after it read the kinds it gives:

- `hyphened_acronyms`: "the KVB-ZDF", an acronym whose parts a hyphen joins (the Dutch and
  French initials of one federation, a party and its region's letter) is a body's, as an acronym
  alone is; a place's or a code's would hold digits.
- `leading_events`: "Operation Kelvin Steel" opens with an event's leading word
  (`[leading_head_types] event`); a firm's head word ending it ("Steel", "Oil") names no firm.
- `based_firms`: "owned by Canada-based Kelvgold": a name after a place glued to "-based" is a
  firm's (a person named so has a given name, typed before).
- `firm_appositions`: "Dorrmin, the copper producer whose …": one word in apposition to a firm's
  noun that types a name after it too ("the producer Dorrmin", `[evidence]
  organization_noun_before`); one word only, as "Ana Dorr, a film producer" is a person.
- `dashed_firm_lists`: "the same chains everywhere—Kelvton, Dorrott, Tallwood": names listed
  after a plural noun for firms and a dash or colon, as after "such as".
- `person_appositions`: "Dorrwin Kelby, one of the organizers of …", "Kemal al-Dorrani, a
  Syrian Kurd who …": a name of two or three words that an apposition says is someone.
- `party_plurals`: "the Kelvados" where the article names "the Kelvado Party": the party.
- `mission_buildings`: "marched on the Kelvish Embassy": the building, a place.
- `head_first_venues`: "the basement of the Centre Dorrval", a hall named head first, is a place.
- `arabic_toponyms`: "near Tal Dorran", a town opened by an Arabic word for a hill or a village,
  is a place, not a person by its given name's spelling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.evidence import _NAME_LIST
from kg.nlp.entities.cues.framing import VENUE_WINDOW, framing
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import Run

# a name's kind and whether a cue (not a head word) gave it
Kind = tuple[str, bool]
Kept = list[tuple[Run, str, Kind]]


class KindsSoFar(Protocol):
    """What a step reads and changes of kg.nlp.entities.kinds.resolve `Kinds` (which imports
    this module): label → (kind, strong)."""

    of: dict[str, Kind]


@dataclass(frozen=True)
class _ShapeCues:
    acronym: re.Pattern[str]
    min_letters: int
    based: re.Pattern[str]
    firm_apposition: re.Pattern[str]
    dashed_list: re.Pattern[str]
    one_of_role: re.Pattern[str]
    venue_part: re.Pattern[str]
    street_number: re.Pattern[str]
    toponym_openers: frozenset[str]
    party_after: str
    building_heads: frozenset[str]
    building_before: re.Pattern[str]
    party_before: str


@cached
def _cues() -> _ShapeCues:
    c = load("kinds")["shapes"]
    ent = load("entities")
    ev = ent["evidence"]
    part = int(c["acronym_part_max"])
    nouns = phrase_pattern(list(ev["organization_noun_before"]))
    firms = phrase_pattern(list(ev["organization_list_nouns"]))
    roles = phrase_pattern(list(ent["person_roles"]))
    gap = int(c["list_gap_words"])
    return _ShapeCues(
        acronym=re.compile(rf"[A-Z]{{1,{part}}}(?:-[A-Z]{{1,{part}}})+"),
        min_letters=int(c["acronym_min_letters"]),
        based=re.compile(r"[A-Z][\w.’'-]*-(?:" + phrase_pattern(list(c["based_words"])) + r")\s+$"),
        # ", the copper producer whose", ", a gold miner that" … right after the name
        firm_apposition=re.compile(r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?(?:" + nouns
                                   + r")(?:,|\s+(?:whose|that|which|of|in|with|based)\b)"),
        dashed_list=re.compile(r"(?<![\w’'-])(?i:" + firms + rf")(?:\s+[a-z]+){{0,{gap}}}\s*[—:]\s*"
                               r"(?P<list>[^.;:!?()\n—]{0,200})$"),
        # ", one of the organizers of", ", one of its founding members"
        one_of_role=re.compile(r",\s+(?:" + phrase_pattern(list(c["one_of"]))
                               + r")\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + roles + r")s?\b"),
        # "in the hall of the", "packed the auditorium of the" right before the name
        venue_part=re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(list(c["venue_parts"]))
                              + r")\s+of\s+the\s+$"),
        # ", 15 Kelvo Street", ", 1200 Dorrow Boulevard": a street number and a name
        street_number=re.compile(r",\s+\d{1,5}[A-Za-z]?\s+[A-Z]"),
        toponym_openers=frozenset(c["toponym_openers"]),
        party_after=phrase_pattern(list(c["party_after"])),
        party_before=phrase_pattern(list(c["party_before"])),
        building_heads=frozenset(c["building_heads"]),
        building_before=re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(list(c["building_before"]))
                                   + r")\s+the\s+$"),
    )


def _thing(kinds: dict[str, Kind], label: str) -> bool:
    return kinds[label][0] == "thing"


def is_hyphened_acronym(label: str) -> bool:
    """"KVB-ZDF", "PV-K": capitals only, parts joined by hyphens, enough letters in all."""
    cues = _cues()
    return cues.acronym.fullmatch(label) is not None \
        and sum(c.isalpha() for c in label) >= cues.min_letters


def hyphened_acronyms(ctx: NameContext, kept: Kept, kinds: KindsSoFar) -> None:
    """An untyped acronym of hyphened parts is a body's (not one the gazetteer knows); so is one
    only a locative's word typed a place ("members in KVB-TD": a union's division, set AW)."""
    for _run, label, _k in kept:
        weak_place = kinds.of[label] == ("place", False)
        if (_thing(kinds.of, label) or weak_place) and is_hyphened_acronym(label) \
                and ctx.ev.place_kind(label) is None:
            kinds.of[label] = ("organization", False)


def leading_events(ctx: NameContext, kept: Kept, kinds: KindsSoFar) -> None:
    """"Operation Kelvin Steel": an event's leading word beats a firm's head word ending the
    name, which the head-word rule read first; a cue's kind (strong) stays. A body's head
    that remembers an event (`event_body_heads`: "the Bloody Kelvday Trust") keeps the body."""
    for _run, label, _k in kept:
        words = label.split()
        if len(words) > 1 and kinds.of[label] == ("organization", False) \
                and ctx.cues.leading_heads.get(words[0]) == "event" \
                and ctx.cues.heads.get(words[-1]) == "organization" \
                and words[-1] not in load("kinds")["shapes"]["event_body_heads"]:
            kinds.of[label] = ("event", False)


def based_firms(ctx: NameContext, kept: Kept, kinds: KindsSoFar) -> None:
    """"Canada-based Kelvgold": the firm based there."""
    based = _cues().based
    for run, label, _k in kept:
        if _thing(kinds.of, label) and textwindow.before(based, ctx.text, run.begin, 40) \
                and ctx.ev.place_kind(label) is None:
            kinds.of[label] = ("organization", True)


def firm_appositions(ctx: NameContext, kept: Kept, kinds: KindsSoFar) -> None:
    """"Dorrmin, the copper producer whose …": one word, untyped, the firm its apposition says."""
    apposition = _cues().firm_apposition
    for run, label, _k in kept:
        if _thing(kinds.of, label) and " " not in label and apposition.match(ctx.text, run.end) \
                and ctx.ev.place_kind(label) is None:
            kinds.of[label] = ("organization", True)


def dashed_firm_lists(ctx: NameContext, kept: Kept, kinds: KindsSoFar) -> None:
    """"the same chains everywhere—Kelvton, Dorrott, Tallwood": each listed name a firm."""
    dashed = _cues().dashed_list
    for run, label, _k in kept:
        if _thing(kinds.of, label) and ctx.ev.place_kind(label) is None \
                and (m := textwindow.before(dashed, ctx.text, run.begin, 260)) is not None \
                and _NAME_LIST.fullmatch(m.group("list")):
            kinds.of[label] = ("organization", False)


# ", a Kelvish Kurd who", ", an older steelworker who": an apposition of a few words closed by "who"
_WHO_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){1,3}who\s")
# ", an Innu from Kelvo,": one of a people (a capitalised noun), from a place (set CM, ent131)
_PEOPLE_FROM = re.compile(r",\s+(?:a|an)\s+[A-Z][a-z’'-]+\s+from\s+[A-Z]")


def person_appositions(ctx: NameContext, kept: Kept, kinds: KindsSoFar) -> None:
    """"Dorrwin Kelby, one of the organizers of …", "Kemal al-Dorrani, a Syrian Kurd who …",
    "Tamo Dorrish, a Kelvan from Tallowby,": two or three words, untyped and no place, the person
    the apposition says; "who" is said of people, a body takes "which" or "that"; one of a
    people from a place is a person."""
    one_of = _cues().one_of_role
    for run, label, _k in kept:
        if _thing(kinds.of, label) and len(label.split()) in (2, 3) and ctx.ev.place_kind(label) is None \
                and (one_of.match(ctx.text, run.end) or _WHO_APPOSITION.match(ctx.text, run.end)
                     or _PEOPLE_FROM.match(ctx.text, run.end)):
            kinds.of[label] = ("person", True)


def head_first_venues(ctx: NameContext, kept: Kept, kinds: KindsSoFar) -> None:
    """"the basement of the Centre Dorrval", "the Centre Dorrval, 15 Kelvo Street": a hall named
    head first (French), untyped, is a place where a part of a building or a meeting's frame
    stands before it or a street number follows it. "Centre for …" ends no such name."""
    cues, venues = _cues(), framing().venue_heads
    for run, label, _k in kept:
        words = label.split()
        if _thing(kinds.of, label) and len(words) in (2, 3) and words[0] in venues \
                and words[1][:1].isupper() and (
                    textwindow.before(cues.venue_part, ctx.text, run.begin, VENUE_WINDOW)
                    or textwindow.before(framing().venue_meet, ctx.text, run.begin, VENUE_WINDOW)
                    or cues.street_number.match(ctx.text, run.end)):
            kinds.of[label] = ("place", False)


# an untyped name, or a person only by a given name's spelling (no cue said so)
_WEAK = (("thing", False), ("person", False))


def arabic_toponyms(ctx: NameContext, kept: Kept, kinds: KindsSoFar) -> None:
    """"near Tal Dorran", "from Deir Kelvo": a name opened by an Arabic word for a hill, a
    monastery, a village (`toponym_openers`), after a place's word, is a town, not the person a
    given name's spelling made of it (a cue's person, "said Tal Dorran", stays)."""
    openers = _cues().toponym_openers
    for run, label, _k in kept:
        words = label.split()
        if len(words) in (2, 3) and words[0] in openers and kinds.of[label] in _WEAK \
                and (ctx.ev.locative_before(ctx.text, run.begin)
                     or ctx.ev.locative_list_before(ctx.text, run.begin)):
            kinds.of[label] = ("place", False)


def party_plurals(ctx: NameContext, kept: Kept, kinds: KindsSoFar) -> None:
    """"The Kelvados split" where the article names "the Kelvado Party" (or "Partido
    Kelvado"): one untyped word in the plural after "the", the party its members make up."""
    cues = _cues()
    for run, label, _k in kept:
        if not (_thing(kinds.of, label) and " " not in label and label.endswith("s") and len(label) > 3
                and textwindow.before(r"(?<![\w’'-])[Tt]he\s+$", ctx.text, run.begin, 5, cut=True)):
            continue
        stem = re.escape(label[:-1])
        if re.search(rf"(?<![\w’'-]){stem}\s+(?:{cues.party_after})(?![\w’'-])"
                     rf"|(?<![\w’'-])(?:{cues.party_before})\s+{stem}(?![\w’'-])", ctx.text):
            kinds.of[label] = ("organization", True)


def mission_buildings(ctx: NameContext, kept: Kept, kinds: KindsSoFar) -> None:
    """"marched on the Kelvish Embassy", "a picket outside the Dorran Consulate": an untyped
    name ending in a mission's building (`building_heads`) where people march on it or gather
    outside it (`building_before`) is the building, a place."""
    cues = _cues()
    for run, label, _k in kept:
        words = label.split()
        if _thing(kinds.of, label) and len(words) > 1 and words[-1] in cues.building_heads \
                and textwindow.before(cues.building_before, ctx.text, run.begin, 40):
            kinds.of[label] = ("place", False)
