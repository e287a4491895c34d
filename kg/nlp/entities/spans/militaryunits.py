"""Armed forces' units and services named in war reports (issue 10, set BU's kinds, branch
ent108). Three region steps of kg.nlp.entities.spans.regionsteps, on the runs after
`numbered_names` has glued an ordinal before a unit's head ("the 2nd Infantry Division"):

- `unit_chains`: a unit named with the larger unit it belongs to, over a comma ("the 3rd
  Battalion, 7th Marines"), is one name: both parts open with an ordinal and the second's head
  ranks above the first's (kg/data/nlp/militaryunits.toml `unit_ranks`). Each part alone was
  a name of its own, the first junk (a brigade of no division) and the whole a miss.
- `unit_numbers`: a unit's head and the number after it ("Joint Task Force 121") are one name;
  the run stopped before the number, and the name without it was junk.
- `ship_names`: a ship's prefix and the registry name after it ("the USS Kelvin Dorrow", a
  ship named for a famous person) are one name, the ship's; the person was a mention of their
  own there, and the prefix alone junk.
- `lone_services`: a state's armed service written alone mid-sentence ("the Army would pay
  for college", "an Army report") is an organisation, where the article names no longer body
  ending in the word that it could refer back to. Without this the word was dropped as a lone
  head word (kg/data/nlp/entities.toml `single_words`); at a sentence's start it still is (a
  headline's or a list's "Army units …" is a modifier as often as a name).

Words of the language only, in kg/data/nlp/militaryunits.toml.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import TextIndex

_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# a number of one to four digits after one space, that no digit, comma-digit or decimal goes on
# from, and no unit of measure or count after it ("Force 300 miles", "Squadron 12 percent")
_NUMBER = re.compile(r" \d{1,4}(?![\w,.%/:-]\d|[\w%/-])(?! (?:percent|per|times|years?|months?|"
                     r"days?|hours?|miles?|km|planes?|ships?|troops?|soldiers?|men)\b)")
_COMMA = re.compile(r",[ \t]+")


@cached
def _data() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    d = load("militaryunits")
    ranks = {head: rank for rank, heads in enumerate(d["unit_ranks"]) for head in heads}
    return ranks, frozenset(d["number_heads"]), frozenset(d["lone_services"])


@cached
def _ship_prefixes() -> frozenset[str]:
    return frozenset(load("militaryunits")["ship_prefixes"])


def _rank(run: Run) -> int | None:
    """The rank of a unit's head ending `run`, where an ordinal opens it; None for any other run."""
    if run.title or len(run.words) < 2 or not _ORDINAL.fullmatch(run.words[0][2]):
        return None
    return _data()[0].get(run.words[-1][2])


def unit_chains(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each ordinal unit and the larger ordinal unit after its comma made one run
    ("the 3rd Battalion, 7th Marines"); a chain of three goes on from the joined run."""
    out: list[Run] = []
    for run in sorted(runs, key=lambda x: x.begin):
        prev = out[-1] if out else None
        low = None if prev is None else _rank(_last_part(prev))
        high = _rank(run)
        if prev is not None and low is not None and high is not None and high > low \
                and _COMMA.fullmatch(text, prev.end, run.begin):
            out[-1] = Run(prev.begin, run.end, list(prev.words) + list(run.words),
                          absorbed=list(prev.absorbed) + list(run.absorbed))
            continue
        out.append(run)
    return out


def _last_part(run: Run) -> Run:
    """The last unit of a joined chain (its words from the last ordinal on), or the run."""
    starts = [i for i, w in enumerate(run.words) if _ORDINAL.fullmatch(w[2])]
    if not starts or starts[-1] == 0:
        return run
    return Run(run.words[starts[-1]][0], run.end, run.words[starts[-1]:])


def unit_numbers(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each unit's head (`number_heads`) and the number right after it made one
    name ("Joint Task Force 121")."""
    heads = _data()[1]
    out = []
    for run in runs:
        m = _NUMBER.match(text, run.end)
        if m and not run.title and run.words and run.words[-1][2] in heads:
            num = m.group(0).strip()
            run = Run(run.begin, m.end(), list(run.words) + [(m.end() - len(num), m.end(), num)],
                      absorbed=list(run.absorbed), kind=run.kind or "organization")
        out.append(run)
    return out


def lone_services(text: str, runs: list[Run], tx: TextIndex) -> list[Run]:
    """The runs with each armed service written alone mid-sentence (`lone_services`) typed an
    organisation, where the text names no longer body ending in the word."""
    services = _data()[2]
    out = []
    for run in runs:
        if len(run.words) == 1 and run.kind is None and not run.title and not run.absorbed \
                and run.words[0][2] in services and not tx.is_sentence_start(run.begin) \
                and not _longer_body(text, run.words[0][2]):
            run = Run(run.begin, run.end, list(run.words), kind="organization")
        out.append(run)
    return out


@cached
def _longer_pattern(word: str) -> re.Pattern[str]:
    # a capitalised word with a lower-case letter after its first (no "U.S.", no initials), no
    # article or determiner, right before the service's word: "Kelvish Liberation Army"
    return re.compile(r"(?<![\w’'.-])(?!(?:The|An|A|Its|Their|This|That)\b)[A-Z][a-z][\w’'-]* "
                      + re.escape(word) + r"\b")


def _longer_body(text: str, word: str) -> bool:
    """Whether the text names a body ending in `word` ("the Kelvish Liberation Army")."""
    return _longer_pattern(word).search(text) is not None


def ship_names(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs with each lone ship's prefix (`ship_prefixes`) and the registry name one space
    after it made one run, the registry name absorbed."""
    prefixes = _ship_prefixes()
    starts = {m.begin: m for m in known}
    out = []
    for run in runs:
        m = starts.get(run.end + 1)
        if m is not None and len(run.words) == 1 and run.words[0][2] in prefixes and not run.title \
                and run.kind is None and text[run.end] == " ":
            run = Run(run.begin, m.end, list(run.words) + [(m.begin, m.end, text[m.begin:m.end])],
                      absorbed=list(run.absorbed) + [m])
        out.append(run)
    return out
