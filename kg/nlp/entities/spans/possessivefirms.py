"""A firm named for its owner's possessive and a firm's head: "Dorrow’s Packing Company",
"Nine K’s Dairy Co." (set CH, branch ent121).

The run walker ends a name at a possessive's "’s" unless a firm's or a place's head follows it
alone (kg.nlp.entities.spans.runbounds `possessive_firm`: "Kelvo’s Group"); a longer firm's
name after it was cut in two, the owner ("Dorrow", a name of nobody) and the firm's trade and
head ("Packing Company", junk). A run right before "’s" or "'s" and one space, then a run
ending in a firm's legal or trading head (kg/data/nlp/wholenames.toml `[possessive_firms]
ends`), with two words at least, are one organisation. A spelled number the walker left before
a lone capital letter ("Nine K’s …": the owners' initial counted) opens the name. An owner
the registry or the gazetteer knows as a place keeps its own name ("Kelvia’s National Oil
Company": the state's firm, named without the country), and so does a title. A firm after the
possessive that a place opens is a subsidiary named for its town, its owner a name of its own
("Kelvane Energy’s Toledo Electric Co.": `_town_firm`; set CT, branch ent142), and so does an
owner named in full as a person ("Tom Kelvane’s Dorrow Corporation": `_person_owner`; passL43).

A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`; `as_runs`
(kg.nlp.entities.spans.capruns) puts one run in place of the pieces."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

_POSSESSIVE = re.compile(r"[’']s[ \u00a0]")
_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) \Z")


@cached
def _ends() -> frozenset[str]:
    return frozenset(load("wholenames")["possessive_firms"]["ends"])


def possessive_firms(text: str, runs: list[Run], known: list[Match], cues: Cues, ev: Evidence) -> list[Run]:
    """The region's runs with each "<owner>’s <… firm's head>" read as one organisation."""
    by_begin = {run.begin: run for run in runs}
    spans = []
    for run in runs:
        gap = _POSSESSIVE.match(text, run.end)
        firm = by_begin.get(gap.end()) if gap else None
        if firm is None or run.title or firm.title or len(firm.words) < 2 \
                or firm.words[-1][2] not in _ends() or _place_owner(text, run, ev) \
                or _town_firm(firm, ev) or _person_owner(run, ev):
            continue
        spans.append((_opening(text, run, cues), firm.end))
    return as_runs(text, runs, spans, known, "organization")


def _place_owner(text: str, run: Run, ev: Evidence) -> bool:
    """The owner is a place: a registry place the run took in, or a place the gazetteer knows."""
    return any(m.entry.kind in PLACE_KINDS for m in run.absorbed) \
        or ev.place_kind(text[run.begin:run.end]) is not None


def _person_owner(run: Run, ev: Evidence) -> bool:
    """The owner is a person named in full, a given name and a surname at least ("owned by Tom
    Kelvane’s Dorrow Corporation"): the firm has a name of its own after the possessive, and the
    owner is a person; a founder's firm is named by one word ("Dorrow’s Packing Company")
    (frame over the 117 sets: 1, the person and the firm two gold names; set DL, branch passL43)."""
    return len(run.words) >= 2 and not run.absorbed and ev.gazetteer.is_given_name(run.words[0][2])


def _town_firm(firm: Run, ev: Evidence) -> bool:
    """The firm after the "’s" opens with a place (a registry place it took in there, or a word the
    gazetteer knows as one): a subsidiary named for the town it serves, owned by the name before
    the possessive ("Kelvane Energy’s Toledo Electric Illuminating Co."), two organisations; a
    founder's firm is named for its trade ("Dorrow’s Packing Company"; set CT, branch ent142)."""
    first = firm.words[0]
    return any(m.entry.kind in PLACE_KINDS and m.begin == first[0] for m in firm.absorbed) \
        or ev.place_kind(first[2]) is not None


def _opening(text: str, run: Run, cues: Cues) -> int:
    """Where the firm's name begins: at the owner, or at a spelled number right before an
    owner that is one capital letter ("Nine K")."""
    owner = text[run.begin:run.end]
    if len(owner) == 1 and owner.isupper():
        before = _WORD_BEFORE.search(text, max(0, run.begin - 20), run.begin)
        if before is not None and before.group(1) in cues.spelled_numbers:
            return before.start(1)
    return run.begin
