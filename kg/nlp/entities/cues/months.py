"""The months of the name cues' calendar (kg/data/nlp/entities.toml `calendar`), as one pattern.

The calendar lists months, days and their abbreviations together, since all of them are
capitalised words that name no entity. Steps that read a date after a name ("… Hospital Dorrow
Oct. 8", a caption ending ", March 28.") need the months alone: they are the calendar's words
whose first three letters are a month's abbreviation in Python's `calendar`, so the list stays
in the data and no step keeps a copy of it."""

from __future__ import annotations

import calendar
import re

from kg.nlp.cuedata import cached, load


@cached
def month_words() -> tuple[str, ...]:
    """The calendar's months and their abbreviations, longest first ("September" before "Sept")."""
    abbreviations = {m.lower() for m in calendar.month_abbr if m}
    months = {w for w in load("entities")["calendar"] if w[:3].lower() in abbreviations}
    return tuple(sorted(months, key=lambda w: (-len(w), w)))


def month_pattern() -> str:
    """A non-capturing alternation of the months, for a pattern that reads a date."""
    return "(?:" + "|".join(map(re.escape, month_words())) + ")"
