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
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

_AND = " and "


def whole_and_places(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs with each "<run> and <run or registry place>" the gazetteer knows whole as a
    place made one place run; a registry place after "and" is absorbed into it."""
    places = {m.begin: m for m in known if m.entry.kind in PLACE_KINDS}
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        joined = _join(text, run, nxt, places)
        if joined is None:
            out.append(run)
            i += 1
            continue
        out.append(joined)
        i += 2 if nxt is not None and joined.end == nxt.end else 1
    return out


def _plain(run: Run | None) -> bool:
    """A run no step has typed or read as a title: one the join may take."""
    return run is not None and not run.title and run.kind is None


def _join(text: str, run: Run, nxt: Run | None, places: dict[int, Match]) -> Run | None:
    """The one place `run`, "and" and what follows make, or None where they are no such place."""
    at = run.end + len(_AND)
    if not _plain(run) or text[run.end:at] != _AND:
        return None
    if nxt is not None and nxt.begin == at and _plain(nxt):
        end, tail, absorbed = nxt.end, nxt.words, nxt.absorbed
    elif (place := places.get(at)) is not None:
        end, tail = place.end, [(place.begin, place.end, text[place.begin:place.end])]
        absorbed = [place]
    else:
        return None
    if evidence().place_kind(text[run.begin:end]) is None:
        return None
    return Run(run.begin, end, run.words + [(run.end + 1, run.end + 4, "and")] + tail,
               False, run.absorbed + absorbed, kind="place")
