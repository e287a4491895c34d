"""A body named for a purpose whose object opens with a country's dotted initials: "the
Committee to End U.S. Aid to Dorrovia", "the Kelvo Alliance Against U.S. Bases in Central
America" (set BU's junk, branch ent117).

The scanner reads the initials' last full stop as a gap no name's words cross, so the run
stopped at them ("Committee to End U.S", junk) and the words after them were lost, the land at
the end a mention of its own (junk where the gold lists the body whole). A run holding an
organisation's or event's head with "to", "for" or "against" and a capitalised word after it,
ending in dotted initials (their last stop cut), then capitalised words and "in", "to" or "in
the" a registry country or region no capitalised word goes on from, is one name, the land
absorbed (as kg.nlp.entities.spans.purposeplaces absorbs it after the purpose's words).
kg.nlp.entities.spans.regionsteps runs `initials_in_purposes`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words

_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S" as the run holds it, its last stop cut
# after the stop: capitalised words, then "in", "to" or "in the" before the land
_OBJECT = re.compile(r"\. (?:[A-Z][a-z][\w’'-]* )+(?:in|to)(?: the)? ")
_LANDS = ("country", "place")
_PURPOSE = ("to", "for", "For", "against", "Against")


def _purposed(run: Run, cues: Cues) -> bool:
    """A run with an organisation's or an event's head right before a purpose's word and a
    word after that ("Committee to End …")."""
    words = [w for (_b, _e, w) in run.words]
    return run.kind is None and not run.title and any(
        cues.heads.get(a) in ("organization", "event") and b in _PURPOSE and i + 2 < len(words)
        for i, (a, b) in enumerate(zip(words, words[1:], strict=False)))


def _land_after(text: str, run: Run, starts: dict[int, Match]) -> tuple[re.Match, Match] | None:
    """The object's words after the run's initials and the registry land closing them."""
    if not (run.words and _INITIALS.fullmatch(run.words[-1][2])):
        return None
    m = _OBJECT.match(text, run.end)
    land = starts.get(m.end()) if m is not None else None
    if land is None or re.match(r"[ \u00a0][A-Z]", text[land.end:land.end + 2]):
        return None
    return m, land


def initials_in_purposes(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs with each body named for a purpose, cut at a country's initials, made one name
    with its object and the registry land after it; runs inside the name dropped."""
    starts = {m.begin: m for m in known if m.entry.kind in _LANDS}
    out: list[Run] = []
    made: list[Run] = []
    for run in runs:
        found = _land_after(text, run, starts) if _purposed(run, cues) else None
        if found is None:
            out.append(run)
            continue
        m, land = found
        last = run.words[-1][0]
        words = list(run.words[:-1]) + [(last, run.end + 1, text[last:run.end + 1])]
        words += span_words(text, run.end + 1, m.end()) + [(land.begin, land.end, text[land.begin:land.end])]
        made.append(Run(run.begin, land.end, words, absorbed=list(run.absorbed) + [land], kind=run.kind))
        out.append(made[-1])
    # a run inside a name made here ("Intervention" read alone) is no name of its own
    return [r for r in out if any(r is o for o in made)
            or not any(o.begin <= r.begin and r.end <= o.end for o in made)]
