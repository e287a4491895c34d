"""Registry towns that are the tail of a longer town's name opened by a compass word ("South
St. Paul", "East Chicago", "North Las Vegas"; set BQ, branch ent103): two `KEEP_RULES` of
kg.nlp.entities.mentions.keep.

In prose the glue rule drops a place glued after another capitalised word (`glued_after_name`),
but not in a headline, whose title case capitalises every word: "Meatpackers In South Kelso Sit
Down" kept the registry's Kelso and dropped the compass word. A compass word that is no
adjective ("South", not "Southern": "Southern Kelso" is a region of Kelso) glued by one space
before a registry city opens another town's name there too.

In a dateline the capitals rule (`part_of_dateline_name`) drops a match inside the capitals of a
longer town ("IOWA" in "IOWA CITY, Iowa—"), but a registry form that carries its state ("St.
Paul, Minnesota") runs past the capitals and was kept: "SOUTH KELSO, Oregon—" gave the match
"KELSO, Oregon", a place no one can look up. A match that begins inside a dateline's capitals
after their first word, and ends past them, names part of the dateline's town: dropped."""

from __future__ import annotations

import re

from kg.nlp.entities.mentions.query import MentionQuery

_CAPITALS = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.’'-]*(?: [A-ZÀ-Þ][A-ZÀ-Þ.’'-]*)*")  # "SOUTH ST. PAUL"
_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) \Z")


def compass_town_in_heading(q: MentionQuery) -> bool:
    """A registry city in a headline or deck right after a compass word that is no adjective
    ("In South Kelso"): another town, whose name the compass word opens."""
    if not q.heading or q.kind != "city":
        return False
    prev = _WORD_BEFORE.search(q.text, max(q.r.begin, q.m.begin - 12), q.m.begin)
    return prev is not None and prev.group(1) in q.cx.compass_words and not prev.group(1).endswith("ern")


def dateline_town_tail(q: MentionQuery) -> bool:
    """A match that begins inside a dateline's capitals after their first word and runs past
    them ("KELSO, Oregon" in "SOUTH KELSO, Oregon—"): part of the dateline's town."""
    m = q.m
    for d in q.cx.doc.datelines:
        if not d.span.begin <= m.begin < d.span.end:
            continue
        for run in _CAPITALS.finditer(q.text, d.span.begin, d.span.end):
            if run.start() < m.begin < run.end() < m.end:
                return True
    return False
