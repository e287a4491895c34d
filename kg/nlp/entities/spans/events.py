"""Events named by description rather than by name: "the 1973 war", "Israel’s 1982 war in
Lebanon", "the war in Lebanon", "the Lebanon conflict", "a popular revolution in 1974", and
bare years in a list of wars ("as we did in 1948, 1956, 1967, 1973, and 1982").

A description is resolved against the registry's events by their `years`, `heads` (the nouns
that describe them: war, revolution…) and `place`. It is linked only when exactly one event
fits; when a year is given it must fit, when none is given the event must have happened by
the date its text was written (and among several, the one of that year or the year before):
the issue's, or a "Years Ago" item's own (kg.nlp.entities.registry.writtenyears: "the war" in an
item of 1951 is no war of 1967).
A description without a place needs one of the event's `context` words in the same
paragraph. A bare list of years needs at least three years, a head noun in the sentence, and
every year resolved: one year alone is a date, not a war.
"""

from __future__ import annotations

import re

from kg.model import Document
from kg.nlp.entities.registry.registry import Entry, Registry
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.registry.writtenyears import WrittenYears
from kg.nlp.entities.spans.textspan import TextIndex

YEAR = r"(?:1[5-9]\d\d|20\d\d)(?:[-–]\d{2,4})?"
SEP = r"(?:,\s*(?:and\s+)?|,?\s+and\s+)"
PREP = r"(?:in|on|at)"  # a place where it happened, not an adversary ("war against Egypt")


def describe_events(doc: Document, registry: Registry, tx: TextIndex, names: list[Match]) -> list[Match]:
    events = [e for e in registry if e.kind == "event" and e.heads]
    if not events:
        return []
    heads = sorted({h.lower() for e in events for h in e.heads}, key=len, reverse=True)
    head = "(?:" + "|".join(r"\s+".join(map(re.escape, h.split())) for h in heads) + ")"
    places = {m.begin: m for m in names if m.entry.kind in ("country", "city", "place")}
    # footnote markers become NULs so that "19821" reads as the year 1982 plus a marker
    masked = list(doc.text)
    for b in tx.marker_starts:
        m = next(mk for mk in doc.markers if mk.span.begin == b)
        masked[m.span.begin:m.span.end] = "\0" * len(m.span)
    text = "".join(masked)
    finder = _Describer(doc, tx, events, places, text)
    out: list[Match] = []
    for r in tx.regions:
        if r.kind not in ("prose", "headline", "deck"):
            continue
        out += finder.year_head(r.begin, r.end, head)
        out += finder.head_place(r.begin, r.end, head)
        out += finder.head_year(r.begin, r.end, head)
        out += finder.place_head(r.begin, r.end, head)
        out += finder.year_list(r.begin, r.end, heads)
    return out


def _years(text: str) -> list[int]:
    return [int(y[:4]) for y in re.findall(YEAR, text)]


class _Describer:
    def __init__(self, doc: Document, tx: TextIndex, events: list[Entry], places: dict[int, Match],
                 text: str) -> None:
        self.tx = tx
        self.events = events
        self.places = places
        self.text = text
        self.years = WrittenYears(doc)

    def pick(self, at: int, head: str | None, year: int | None, place: Entry | None) -> Entry | None:
        written = self.years.at(at)
        fits = [e for e in self.events
                if (head is None or _norm(head) in {_norm(h) for h in e.heads})
                and (year is None or year in e.years)
                and (place is None or (e.place and e.place == place.label))
                and (not e.years or min(e.years) <= written)]
        if place is None:
            para = self.tx.paragraph_text(at)
            fits = [e for e in fits if not e.context or any(
                re.search(r"(?<!\w)" + re.escape(w), para) for w in e.context)]
        if len(fits) > 1 and year is None:
            fits = [e for e in fits if any(written - 1 <= y <= written for y in e.years)]
        return fits[0] if len(fits) == 1 else None

    def _place_at(self, offset: int) -> Match | None:
        return self.places.get(offset)

    def year_head(self, begin: int, end: int, head: str) -> list[Match]:
        """"the 1973 war", "the 1967 and 1973 wars", "Israel’s 1982 war in Lebanon"."""
        rx = re.compile(rf"(?<![\w.])({YEAR}(?:{SEP}{YEAR})*)\s+({head})s?\b(\s+{PREP}\s+(?:the\s+)?)?",
                        re.IGNORECASE)
        out = []
        for m in rx.finditer(self.text, begin, end):
            years = _years(m.group(1))
            place = self._place_at(m.end(3)) if m.group(3) else None
            if len(years) == 1:
                e = self.pick(m.start(), m.group(2), years[0], place.entry if place else None)
                stop = place.end if place and e else m.end(2)
                if e is None and place:  # the place may belong to the sentence, not the event
                    e = self.pick(m.start(), m.group(2), years[0], None)
                if e:
                    out.append(Match(m.start(1), stop, e, None, "description"))
                continue
            picks = [self.pick(m.start(), m.group(2), y, None) for y in years]
            if all(picks):
                for y, e in zip(re.finditer(YEAR, m.group(1)), picks, strict=True):
                    out.append(Match(m.start(1) + y.start(), m.start(1) + y.start() + 4, e, None, "year"))
        return out

    def head_place(self, begin: int, end: int, head: str) -> list[Match]:
        """"the war in Lebanon", "the massacre of Palestinians at the Sabra and Shatila camps"."""
        rx = re.compile(rf"\b({head})\s+(?:of\s+[\w’'-]+\s+)?{PREP}\s+(?:the\s+)?", re.IGNORECASE)
        out = []
        for m in rx.finditer(self.text, begin, end):
            place = self._place_at(m.end())
            if place and m.group(1)[0].islower():
                e = self.pick(m.start(), m.group(1), None, place.entry)
                if e:
                    out.append(Match(m.start(), place.end, e, None, "description"))
        return out

    def head_year(self, begin: int, end: int, head: str) -> list[Match]:
        """"a popular revolution in 1974", "the war of 1948"."""
        rx = re.compile(rf"\b({head})\s+(?:in|of)\s+({YEAR})(?![\w])", re.IGNORECASE)
        out = []
        for m in rx.finditer(self.text, begin, end):
            if m.group(1)[0].islower():
                e = self.pick(m.start(), m.group(1), _years(m.group(2))[0], None)
                if e:
                    out.append(Match(m.start(), m.end(), e, None, "description"))
        return out

    def place_head(self, begin: int, end: int, head: str) -> list[Match]:
        """"the Lebanon conflict", "the Vietnam war"."""
        rx = re.compile(rf"\s+({head})\b")
        out = []
        for at, place in self.places.items():
            if not begin <= at < end:
                continue
            m = rx.match(self.text, place.end)
            if m:
                e = self.pick(at, m.group(1), None, place.entry)
                if e:
                    out.append(Match(at, m.end(), e, None, "description"))
        return out

    def year_list(self, begin: int, end: int, heads: list[str]) -> list[Match]:
        """"as we did in 1948, 1956, 1967, 1973, and 1982" in a sentence about war."""
        rx = re.compile(rf"(?<![\w.])({YEAR}(?:{SEP}{YEAR}){{2,}})(?![\w])")
        out = []
        for m in rx.finditer(self.text, begin, end):
            s, e = self.tx.sentence_bounds(m.start())
            sentence = self.text[s:e].lower()
            said = [h for h in heads if re.search(rf"\b{re.escape(h)}s?\b", sentence)]
            for h in said:
                picks = [self.pick(m.start(), h, y, None) for y in _years(m.group(1))]
                if all(picks):
                    for y, ev in zip(re.finditer(YEAR, m.group(1)), picks, strict=True):
                        b = m.start(1) + y.start()
                        out.append(Match(b, b + 4, ev, None, "year"))
                    break
        return out


def _norm(head: str) -> str:
    return re.sub(r"\s+", " ", head.lower())
