"""A firm's legal form, then "of" and a registry place: "controlled by Kelvoral S.A. of Brazil".
The runs walk on over "of" into the place ("Kelvoral S.A. of Brazil", junk, the country
absorbed), but a legal form (kg/data/nlp/boundaries.toml `[suffix_of_place] legal_forms`) ends
a firm's name as printed, so "of" and the place after it say where the firm is from: the run is
cut after the legal form and the place is left its own registry mention. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`; the legal forms are data, the firms are not."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, cut_run

_PLACE_KINDS = (*PLACE_KINDS, "state", "region")


@cached
def _legal_forms() -> frozenset[str]:
    return frozenset(load("boundaries")["suffix_of_place"]["legal_forms"])


def _cut(text: str, run: Run) -> Run | None:
    """The run cut after its legal form where only " of " and one absorbed registry place
    follow it to its end; None where the run has no such shape."""
    if run.title or run.kind is not None:
        return None
    place = next((m for m in run.absorbed if m.end == run.end and m.entry.kind in _PLACE_KINDS), None)
    if place is None:
        return None
    head = text[run.begin:place.begin]
    if not head.endswith(" of "):
        return None
    firm = head[:-len(" of ")]
    if not any(firm.endswith(" " + form) for form in _legal_forms()):
        return None
    return cut_run(run, run.begin + len(firm))


def suffix_of_place(text: str, runs: list[Run]) -> list[Run]:
    """The region's runs, each firm's run cut before "of" and a place after its legal form."""
    return [cut if (cut := _cut(text, run)) is not None else run for run in runs]
