"""A publisher named for its two founders after a verb of publishing: "first published by Tallow
and Brennock", "reissued by Dorrow and Kelvane" (the old London and New York houses are named so;
set BY's kind, branch ent112).

The runs part at "and", so each surname was left a name of its own, and a surname that is also
a town's name was made a place. kg.nlp.entities.spans.surnamefirms joins such pairs where workers
or a works' noun frame them as an employer, and keeps out every word a place could be; after a
verb of publishing (kg/data/nlp/publisherpairs.toml: a verb, a time between it and
"by" or none) the frame says a firm, and a
place does not publish. Two runs of one capitalised word each, joined by "and" or "&", no
registry name touching either, not both given names (two people), and no capitalised word
right after the second (the pair opens a longer name or list), are one organisation (a pair
the ampersand glued into one run is surnamefirms'). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

_SURNAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?")  # "Dorrow", "McKelvin"
_JOINER = re.compile(r" (?:and|&) ")
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-Z]")


@cached
def _before() -> re.Pattern[str]:
    d = load("publisherpairs")
    return re.compile(r"(?<![\w’'-])" + phrase_pattern(d["verbs"]) + r"(?:\s+" + phrase_pattern(d["between"])
                      + r")?\s+by\s+$", re.IGNORECASE)


def _lone(run: Run | None, known: list[Match]) -> str | None:
    """The run's one word, a surname's shape, where no registry name touches it."""
    if run is None or run.title or run.kind is not None or run.absorbed or len(run.words) != 1 \
            or any(m.begin < run.end and run.begin < m.end for m in known):
        return None
    word = run.words[0][2]
    return word if _SURNAME.fullmatch(word) else None


def _pair(text: str, begin: int, end: int, words: tuple[str, str], ev: Evidence) -> bool:
    """The pair at [begin, end) after a verb of publishing, not two given names, not opening a
    longer stretch of capitalised words."""
    return textwindow.before(_before(), text, begin, 50) is not None \
        and not all(ev.gazetteer.is_given_name(w) for w in words) \
        and not _CAPITAL_AFTER.match(text, end)


def publisher_pairs(text: str, runs: list[Run], known: list[Match], ev: Evidence) -> list[Run]:
    """The region's runs with each publisher named by two surnames read as one organisation."""
    out: list[Run] = []
    for run in runs:
        first = _lone(out[-1] if out else None, known)
        second = _lone(run, known)
        if first and second and _JOINER.fullmatch(text[out[-1].end:run.begin]) \
                and _pair(text, out[-1].begin, run.end, (first, second), ev):
            prev = out[-1]
            out[-1] = Run(prev.begin, run.end, prev.words + run.words, kind="organization")
            continue
        out.append(run)
    return out
