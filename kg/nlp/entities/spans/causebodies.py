"""A registry body's name run on by the cause of a longer body's name: "<registry body> for the
<Cause> of <Place>" (set BI, branch ent94).

The run walk takes "for the" and "of" inside a new name ("the Kelvish Front for the Liberation
of Dorrovia" is one run), but a registry name is no run: where a longer body's name opens with
one ("the National Front for the Freedom of Kelvia", opened by the registry's "National Front"),
the registry name was its own mention and the rest fell apart, the cause alone junk ("Freedom"),
the place a mention of its own.

`cause_bodies` joins them back: a registry organisation of two words or more, " for the ", a run
of one to three capitalised words with no title, no head word and no kind of its own (the cause),
" of ", then a registry place or a run of one to three capitalised words (what the cause is of).
The whole is one organisation's run; the registry body and the place are absorbed into it, as
registry names inside a name are. A title ("the Labour Party for the Mayor of Kelvin") or any
other word between leaves the pieces alone.

kg.nlp.entities.spans.regionsteps runs it with the other joins of registry bodies.
"""

from __future__ import annotations

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

_FOR = " for the "
_OF = " of "


def cause_bodies(text: str, runs: list[Run], known: list, cues: Cues) -> list[Run]:
    """The runs, each "<registry body> for the <Cause> of <Place>" made one organisation's run
    (module docstring)."""
    bodies = {m.end + len(_FOR): m for m in known if m.entry.kind == "organization"
              and m.how == "name" and len(m.entry.label.split()) > 1
              and text[m.end:m.end + len(_FOR)] == _FOR}
    places = {m.begin: m for m in known if m.entry.kind in PLACE_KINDS}
    starts = {run.begin: run for run in runs}
    out: list[Run] = []
    used: set[int] = set()
    for run in runs:
        if id(run) in used:
            continue
        body = bodies.get(run.begin)
        joined = _joined(text, body, run, starts, places, cues) if body is not None else None
        if joined is None:
            out.append(run)
            continue
        joined_run, tail = joined
        if tail is not None:
            used.add(id(tail))
        out.append(joined_run)
    return out


def _joined(text: str, body, cause: Run, starts: dict[int, Run], places: dict,
            cues: Cues) -> tuple[Run, Run | None] | None:
    """The body, the cause and what it is of as one run, and the run the last was (None when it
    was a registry place), or None when the frame does not hold."""
    if not _plain(cause, cues) or text[cause.end:cause.end + len(_OF)] != _OF:
        return None
    at = cause.end + len(_OF)
    head = [(body.begin, body.end, text[body.begin:body.end])]
    tail = starts.get(at)
    if tail is not None and _plain(tail, cues):
        return Run(body.begin, tail.end, head + cause.words + tail.words, cause.title,
                   [body] + cause.absorbed + tail.absorbed, kind="organization"), tail
    place = places.get(at)
    if place is None or tail is not None:
        return None
    words = head + cause.words + [(place.begin, place.end, text[place.begin:place.end])]
    return Run(body.begin, place.end, words, cause.title, [body, place] + cause.absorbed,
               kind="organization"), None


def _plain(run: Run, cues: Cues) -> bool:
    """One to three capitalised words, no title, no kind, no head word nor title word."""
    return 1 <= len(run.words) <= 3 and not run.title and run.kind is None \
        and all(w[:1].isupper() and w not in cues.heads and w not in cues.titles
                for (_b, _e, w) in run.words)
