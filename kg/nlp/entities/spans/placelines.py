"""A letter's town line ("Couva, Trinidad and Tobago", under its signer): a country whose name
holds "and" is one place there.

The entities stage reads a signer's town line by its role (kg.nlp.entities.names
`_document_runs`, region kind "place"), run by run; "and" stops a run, so a country named with it
("Trinidad and Tobago", "Bosnia and Herzegovina", "Antigua and Barbuda") fell into two pieces
there, the second junk, where running text reads it whole. A letter of set DJ's 2005 page, signed
over such a line, showed it once its signer was read (2026-12-07, rdr48).
"""

from __future__ import annotations

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.spans.runs import Run

_AND = " and "


def joined_places(text: str, runs: list[Run]) -> list[Run]:
    """The runs of a town line, each two joined by " and " into one where the gazetteer knows the
    whole as a country or a place ("Trinidad and Tobago"); the others as they were."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:run.begin] == _AND \
                and evidence().place_kind(text[prev.begin:run.end]) is not None:
            out[-1] = Run(prev.begin, run.end, prev.words + run.words, prev.title,
                          prev.absorbed + run.absorbed)
            continue
        out.append(run)
    return out
