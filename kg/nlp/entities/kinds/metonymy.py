"""Metonymy: a capital standing for its state ("Tel Aviv’s armed forces" → Israel).

Which city may stand for which state is registry data (column `state`); when it does is
decided by the ordered rules of kg/data/nlp/metonymy.toml (first match wins; no match keeps the
city). Coordinated cities ("London, Paris, and Tel Aviv") are read together: the rules see
the text before the first and after the last. See that file for the rules and examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.cuedata import NLP_DATA, CueDataError, cached, load
from kg.nlp.entities.registry.registry import Registry
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.textspan import TextIndex

WINDOW = 80
_COORD = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")


@dataclass(frozen=True)
class Rule:
    reading: str  # "state" | "place"
    before: re.Pattern | None
    after: re.Pattern | None
    coordinated_with: tuple[str, ...]
    why: str


@cached
def rules() -> tuple[Rule, ...]:
    out = []
    where = NLP_DATA / "metonymy.toml"
    for n, raw in enumerate(load("metonymy").get("rule", []), start=1):
        reading = raw.get("reading")
        if reading not in ("state", "place"):
            raise CueDataError(f"{where}: rule {n}: reading must be 'state' or 'place'")
        try:
            before = re.compile(raw["before"], re.IGNORECASE) if raw.get("before") else None
            after = re.compile(raw["after"], re.IGNORECASE) if raw.get("after") else None
        except re.error as e:
            raise CueDataError(f"{where}: rule {n}: bad pattern: {e}") from None
        coord = tuple(raw.get("coordinated_with", ()))
        if not (before or after or coord):
            raise CueDataError(f"{where}: rule {n}: needs before, after or coordinated_with")
        out.append(Rule(reading, before, after, coord, raw.get("why", "")))
    return tuple(out)


def reading(text: str, begin: int, end: int, limit: tuple[int, int], neighbours: list[Match]) -> Rule | None:
    """The first rule that fits a mention (or a run of coordinated mentions) at [begin, end)."""
    lo, hi = limit
    before = text[max(lo, begin - WINDOW):begin]
    after = text[end:min(hi, end + WINDOW)]
    kinds = {n.entry.kind for n in neighbours}
    for rule in rules():
        if rule.coordinated_with:
            if kinds & set(rule.coordinated_with) and not (rule.before or rule.after):
                return rule
            continue
        if rule.before and not rule.before.search(before):
            continue
        if rule.after and not rule.after.search(after):
            continue
        return rule
    return None


def apply_metonymy(text: str, tx: TextIndex, registry: Registry, mentions: list[Match]) -> list[Match]:
    """Re-point mentions of a city that stand for its state; the others are unchanged."""
    ordered = sorted(mentions, key=lambda m: m.begin)
    done: set[int] = set()
    for i, m in enumerate(ordered):
        if i in done or not m.entry.state:
            continue
        run = [i]  # coordinated cities that may stand for states: read as one
        j = i
        while j + 1 < len(ordered) and ordered[j + 1].entry.state and _COORD.fullmatch(
                text[ordered[j].end:ordered[j + 1].begin]):
            j += 1
            run.append(j)
        region = tx.region_of(m.begin)
        limit = (region.begin, region.end) if region else (0, len(text))
        first, last = ordered[run[0]], ordered[run[-1]]
        neighbours = _coordinated(text, ordered, run[0], run[-1])
        rule = reading(text, first.begin, last.end, limit, neighbours)
        done.update(run)
        if rule and rule.reading == "state":
            for k in run:
                city = ordered[k]
                state = registry.by_label(city.entry.state)
                if state is not None:
                    ordered[k] = Match(city.begin, city.end, state, city.alias, "metonymy")
    return ordered


def _coordinated(text: str, ordered: list[Match], first: int, last: int) -> list[Match]:
    """Mentions joined to the run by "and" or a comma, just before or just after it."""
    out = []
    if first > 0 and _COORD.fullmatch(text[ordered[first - 1].end:ordered[first].begin]):
        out.append(ordered[first - 1])
    if last + 1 < len(ordered) and _COORD.fullmatch(text[ordered[last].end:ordered[last + 1].begin]):
        out.append(ordered[last + 1])
    return out
