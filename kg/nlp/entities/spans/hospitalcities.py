"""A hospital named with its city last: "Kelvo Health Methodist Hospital Dorrow", as hospital
chains name each of their hospitals by the chain, the hospital and the city it stands in (set CO).

The registry's city closed the scanner's run, so the page got the hospital without its city and
the city a mention of its own. Where a run ending in a hospital's head (kg/data/nlp/kinds.toml
`[hospitals]`: "Hospital", "Medical Center") is followed by one space and a registry city, and
nothing capitalised (but a date), no possessive and no comma after the city ("… Hospital Dorrow,
Texas" would be the town's name in an address), the city is the name's last word: one name, the
city no mention. A run typed by a cue as something else (a work's title) is left alone.
kg.nlp.entities.spans.regionsteps runs it with the other joins of a registry place (`placed_firms`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.months import month_pattern
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run


@cached
def _ends() -> re.Pattern[str]:
    """What may follow the city for it to end the hospital's name: no capital (but a date's month
    and day: "… Hospital Dorrow Oct. 8"), no possessive, no comma."""
    return re.compile(r"(?![’']s\b)(?:\s+[a-z0-9]|\s+" + month_pattern() + r"\.?\s+\d|\s*[.;:)—–]|\s*$)")


@cached
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    c = load("kinds")["hospitals"]
    return frozenset(c["heads"]), frozenset(c["compound_heads"])


def _hospital(run: Run) -> bool:
    """The run ends in a hospital's head word or two ("… Hospital", "… Medical Center")."""
    heads, compound = _heads()
    words = [w for (_b, _e, w) in run.words]
    return len(words) >= 2 and (words[-1] in heads or " ".join(words[-2:]) in compound)


def hospital_cities(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs, each hospital's run followed by a registry city that ends its name
    taking the city in (module docstring)."""
    cities = {m.begin: m for m in known if m.how == "name" and m.entry.kind == "city"}
    out: list[Run] = []
    for run in runs:
        city = cities.get(run.end + 1)
        if city is not None and text[run.end] == " " and run.kind in (None, "organization", "place") \
                and not run.title and _hospital(run) and _ends().match(text, city.end):
            word = (city.begin, city.end, text[city.begin:city.end])
            run = replace(run, end=city.end, words=[*run.words, word], absorbed=[*run.absorbed, city])
        out.append(run)
    return out
