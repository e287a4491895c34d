"""A body's agency named by the office that heads it: "<registry body> <office> for <purpose>".

"the United Nations High Commissioner for Labor Migrants", "the UN Commissioner for Kelvish
Seamen": the paper names such an agency by its head's office, the body that holds the office
first and the people or cause it is for after "for". The runs kept the registry body alone,
the office ("High Commissioner": junk) and the purpose ("Labor Migrants", read as people) as
three names (set AV, branch ent76).

A registry organisation's match, one space, a run ending in an office's noun
(kg/data/nlp/boundaries.toml `[agency_offices] offices`: "Commissioner" …) of no more than
three words, " for ", and a run of one to three capitalised common English words (no given
name, no known place, no organisation's head: "for Refugees", "for Human Rights"), closing the
name (no capitalised word glued after it), are one organisation. An office with no registry
body before it ("the High Commissioner for Kelvo") is left as it was: a person may hold it.

The step `agency_offices` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps);
`as_runs` (kg.nlp.entities.spans.capruns) puts one run in place of the pieces.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.joins import common_word
from kg.nlp.entities.spans.runs import Run

_SPACE = re.compile(r"[ \u00a0]")
_FOR = re.compile(r"[ \u00a0]for[ \u00a0]")
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-Z]")


@cached
def _offices() -> frozenset[str]:
    return frozenset(load("boundaries")["agency_offices"]["offices"])


def _purpose(run: Run, cues: Cues) -> bool:
    """One to three capitalised common English words, none a given name, a known place or an
    organisation's head ("Refugees", "Human Rights")."""
    ev = evidence()
    words = [w for (_b, _e, w) in run.words]
    return 1 <= len(words) <= 3 and not run.absorbed and not run.title and all(
        w[:1].isupper() and common_word(w) and cues.heads.get(w) != "organization"
        and not ev.gazetteer.is_given_name(w) and ev.place_kind(w) is None for w in words)


def _spans(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[tuple[int, int]]:
    out = []
    by_begin = {run.begin: run for run in runs}
    for m in known:
        if m.entry.kind != "organization" or not _SPACE.fullmatch(text[m.end:m.end + 1]):
            continue
        office = by_begin.get(m.end + 1)
        if office is None or office.title or not 1 <= len(office.words) <= 3 \
                or office.words[-1][2] not in _offices():
            continue
        gap = _FOR.match(text, office.end)
        purpose = by_begin.get(gap.end()) if gap else None
        if purpose is None or not _purpose(purpose, cues) or _CAPITAL_AFTER.match(text, purpose.end):
            continue
        out.append((m.begin, purpose.end))
    return out


def agency_offices(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs with each agency named by its office read whole."""
    return as_runs(text, runs, _spans(text, runs, known, cues), known, "organization")
