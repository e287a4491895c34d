"""An armed force named with "of" and the man who commands it ("the clashes between the army
and the Rapid Defence Forces of Tomas Kelvani Orrow"): the scanner read one run through "of",
and the name was a body no one can look up, its leader lost inside it. The "of" part names the
force's commander, not the force: two names, the force up to its head and the person (set BK's
junk, branch ent96). Only a force's head (kg/data/nlp/boundaries.toml `[forces_of_leaders]
heads`) before "of", and after it two to four capitalised words, the first a given name the
gazetteer knows, closing the run: "the Army of the Republic", "the Forces of Order" and "the
Army of Kelvia" stay whole. A declared step of kg.nlp.entities.spans.regionsteps
`REGION_STEPS`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.spans.runs import Run, cut_run, rest_run


@cached
def _heads() -> frozenset[str]:
    """The heads of an armed force's name ("Forces", "Militia")."""
    return frozenset(load("boundaries")["forces_of_leaders"]["heads"])


def forces_of_leaders(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each "<force> of <given name> <name>…" parted into the force and the
    person; the other runs as they were."""
    out: list[Run] = []
    for run in runs:
        at = None if run.title or run.kind is not None else _leader_at(run)
        if at is None:
            out.append(run)
            continue
        out.append(cut_run(run, run.words[at - 1][1]))
        out.append(rest_run(run, at + 1))
    return out


def _leader_at(run: Run) -> int | None:
    """Where the "of" stands that parts the force from its leader's name, else None."""
    words = [w for _b, _e, w in run.words]
    at = next((i for i in range(2, len(words) - 2) if words[i] == "of" and words[i - 1] in _heads()), None)
    if at is None:
        return None
    person = words[at + 1:]
    if not 2 <= len(person) <= 4 or not all(w[:1].isupper() for w in person):
        return None
    return at if evidence().gazetteer.is_given_name(person[0]) else None
