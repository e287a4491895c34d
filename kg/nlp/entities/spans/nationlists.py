"""A Native nation named for the peoples it joined, listed before its head: "the Kelvo, Dorrow
and Tallowa Nation", "the Kelvo, Dorrow and Tallowa Confederacy" (set CM's junk at its second
measure, branch ent130).

Nations that several peoples formed under one government keep every people's name, joined by
commas and "and", before the body's head. The runs of capitalised words stop at the commas and
at "and": the nation was cut to its last people ("Tallowa Nation", only part of the body) and
the first peoples were left names of their own, junk ("Kelvo", "Dorrow"). A run ending on a
nation's head (kg/data/nlp/boundaries.toml [nation_lists] `heads`) and at least two runs right
before it, joined by ", " and a last " and ", each of one or two capitalised words and none a
head, the first right after "the", are one organisation. Two peoples with "and" only ("the
Kelvo and Tallowa Nation") are left alone: "Kelvo" may be a people beside a nation there. The
same walk (kg.nlp.entities.spans.listedparts `listed_parts`) as
kg.nlp.entities.spans.areacouncils, which names a council by its areas;
kg.nlp.entities.spans.regionsteps runs `nation_lists` after it.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.listedparts import joined_run, listed_parts
from kg.nlp.entities.spans.runs import Run

_MAX_PEOPLES = 5  # "the Kelvo, Dorrow, Tallowa, Kelvin and Dorrowak Nation": five peoples at most


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["nation_lists"]["heads"])


def nation_lists(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs of one region (sorted), a nation's peoples before it and the nation one run."""
    heads = _heads()
    out: list[Run] = []
    for run in runs:
        ws = [w for (_b, _e, w) in run.words]
        if run.title or run.kind not in (None, "organization") or len(ws) < 2 or ws[-1] not in heads:
            out.append(run)
            continue
        peoples = listed_parts(text, out, run, _MAX_PEOPLES - 1, lambda r: _people(r, cues))
        if len(peoples) < 2 or not text[:peoples[0].begin].endswith("the "):
            out.append(run)
            continue
        del out[len(out) - len(peoples):]
        out.append(joined_run(text, peoples, run))
    return out


def _people(run: Run, cues: Cues) -> bool:
    """A people's name before the nation's: one or two capitalised words, no title, no kind its
    cue gave, no head word ("Kelvo Mining" is a firm)."""
    ws = [w for (_b, _e, w) in run.words]
    return not run.title and run.kind is None and 1 <= len(ws) <= 2 \
        and all(w[:1].isupper() and w not in cues.heads for w in ws)
