"""A body named for the cause it stands "in": "the Kelvo Alliance in Support of Dorrow Miners",
"the Committee in Solidarity with the People of Kelvia" (set BR's first measure, branch ent118).

The runs of capitalised words stop at "in" (a link that joins a name to its place far more often
than it joins a name's own words), so such a name came out in pieces: the body's head ("Kelvo
Alliance"), the purpose's noun ("Support", read as a place after "in") and its object, junk all.
The links that open such a purpose are data (kg/data/nlp/boundaries.toml `[purpose_links]`):
where a run ending in an organisation's head (or an event's: a conference held for the cause,
the grown name an event) is followed by one, and the link by a capitalised
run (after an optional "the"), the body's name runs on to that run's end and through each
"of <name>" after it ("… Movements of China"); a registry name inside is absorbed.

kg.nlp.entities.spans.regionsteps runs `purpose_links` after `linked_names`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words
from kg.nlp.entities.spans.textspan import Region

_OF = " of "


@cached
def _links() -> re.Pattern[str]:
    return re.compile(r" (?:" + phrase_pattern(load("boundaries")["purpose_links"]["links"])
                      + r") (?:the )?")


def purpose_links(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs of region `r`, each body's run followed by a purpose link and its object grown
    to the object's end, the runs inside dropped (module docstring)."""
    out = list(runs)
    for m in _links().finditer(text, r.begin, r.end):
        head = next((x for x in out if x.end == m.start() and _body(x, cues)), None)
        if head is None:
            continue
        end = _object_end(text, m.end(), out, known)
        if end is None:
            continue
        inside = [x for x in out if head.end <= x.begin and x.end <= end]
        absorbed = head.absorbed + [a for x in inside for a in x.absorbed] \
            + [k for k in known if head.end <= k.begin and k.end <= end]
        grown = Run(head.begin, end, span_words(text, head.begin, end), False, absorbed,
                    kind=cues.heads[head.words[-1][2]])
        out = [grown if x is head else x for x in out if x is head or x not in inside]
    return out


def _body(run: Run, cues: Cues) -> bool:
    """A plain run (no title, not typed yet) whose last word is an organisation's head, or a
    gathering's (`_gatherings`: "the Kelvo Conference in Solidarity with the People of Dorrow": an event held
    for the cause, named so as a body is; branch passW44): the grown name takes the head's kind."""
    last = run.words[-1][2] if run.words else ""
    return not run.title and run.kind is None and bool(run.words) \
        and (cues.heads.get(last) == "organization"
             or cues.heads.get(last) == "event" and last in _gatherings())


@cached
def _gatherings() -> frozenset[str]:
    """A gathering's heads (cutnames.toml `serial_event_heads`: "Conference", "Congress"), the
    events a cause names as a body is; a march's or a strike's head is not asked here."""
    return frozenset(load("cutnames")["serial_event_heads"])


def _name_at(at: int, runs: list[Run], known: list[Match]) -> int | None:
    """The end of the run or registry name that begins at `at`, or None."""
    ends = [x.end for x in runs if x.begin == at and not x.title] + [k.end for k in known if k.begin == at]
    return max(ends, default=None)


def _object_end(text: str, at: int, runs: list[Run], known: list[Match]) -> int | None:
    """The end of the purpose's object that begins at `at`: a name, then each "of <name>"."""
    end = _name_at(at, runs, known)
    while end is not None and text.startswith(_OF, end):
        nxt = _name_at(end + len(_OF), runs, known)
        if nxt is None:
            break
        end = nxt
    return end
