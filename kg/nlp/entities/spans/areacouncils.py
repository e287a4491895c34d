"""A local council named for the two or three areas it governs: "Kelvo City and Dorrow District
Council", "Tallow, Kelvo and Dorrow Borough Council" (set CL's junk at its first measure,
branch ent128).

Britain's and Ireland's councils merged from two or three older ones keep all their names,
joined by commas and "and", with the level of the last ("District", "Borough", "City") before
the head. The runs of capitalised words stop at "and": the council was cut to its last area
("Dorrow District Council", another body) and the first area left a place of its own, junk
("Kelvo City"). A run ending on a level and a council's head (kg/data/nlp/boundaries.toml
[area_councils] `levels`, `heads`) and the runs right before it joined by ", " or " and " (the
last gap " and "), each of one or two words, none a head but a level's ("City"), are one
organisation (the walk over the list and the joined run: kg.nlp.entities.spans.listedparts).
kg.nlp.entities.spans.regionsteps runs `area_councils` after the inquiries' joins.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.listedparts import joined_run, listed_parts
from kg.nlp.entities.spans.runs import Run

_MAX_AREAS = 3  # "Armagh, Banbridge and Craigavon": a council merged from three at most


@cached
def _councils() -> dict:
    return load("boundaries")["area_councils"]


def area_councils(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs of one region (sorted), a council's areas before "and" and the council one run."""
    c = _councils()
    levels, heads = frozenset(c["levels"]), frozenset(c["heads"])
    out: list[Run] = []
    for run in runs:
        ws = [w for (_b, _e, w) in run.words]
        if run.title or run.kind not in (None, "organization") or len(ws) < 3 \
                or ws[-1] not in heads or ws[-2] not in levels:
            out.append(run)
            continue
        areas = listed_parts(text, out, run, _MAX_AREAS - 1, lambda r: _area(r, levels, cues))
        if not areas:
            out.append(run)
            continue
        del out[len(out) - len(areas):]
        out.append(joined_run(text, areas, run))
    return out


def _area(run: Run, levels: frozenset[str], cues: Cues) -> bool:
    """An area's name before the council's: one or two capitalised words, no title, no kind
    its cue gave, no head word but a level ("Kelvo City"; "Kelvo Mining" is a firm)."""
    ws = [w for (_b, _e, w) in run.words]
    return not run.title and run.kind is None and 1 <= len(ws) <= 2 \
        and all(w[:1].isupper() and (w not in cues.heads or w in levels) for w in ws)
