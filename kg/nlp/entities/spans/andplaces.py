"""A place whose own name holds "and", read whole where nothing comes before it: "Kelvo and
Dorrow" where the gazetteer knows the pair as one place (kg/data/places/regions.tsv's "Jammu
and Kashmir", a London borough's "Kensington and Chelsea", the countries "Trinidad and Tobago"
and "Antigua and Barbuda"), set BR's first measure (branch ent118).

The runs of capitalised words stop at every "and", so such a name came out as two places, the
first often a town of the same name ("Jammu"): a piece of the name and a miss. `region_with_and`
(andlists) joins it only after a word before it ("Southern Trinidad and Tobago") and leaves the
pair alone as it was; this step, run right after it, joins the pair too. A list of two places
("Kelvo and Dorrow" that no gazetteer holds whole) stays two, and so does a run that is a title
or typed already.
"""

from __future__ import annotations

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.nextnames import join_next, plain, tail_at
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

_AND = " and "


def whole_and_places(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs with each "<run> and <run or registry place>" the gazetteer knows whole as a
    place made one place run; a registry place after "and" is absorbed into it."""
    places = {m.begin: m for m in known if m.entry.kind in PLACE_KINDS}
    return join_next(runs, lambda run, nxt: _join(text, run, nxt, places))


def _join(text: str, run: Run, nxt: Run | None, places: dict[int, Match]) -> Run | None:
    """The one place `run`, "and" and what follows make, or None where they are no such place."""
    at = run.end + len(_AND)
    if not plain(run) or text[run.end:at] != _AND:
        return None
    tail = tail_at(text, at, nxt, places)
    if tail is None or evidence().place_kind(text[run.begin:tail.end]) is None:
        return None
    return Run(run.begin, tail.end, run.words + [(run.end + 1, run.end + 4, "and")] + tail.words,
               False, run.absorbed + tail.absorbed, kind="place")
