"""The publisher or the studio of a review's header line: "<Title> by Ana Dorrow. Kelvo City:
Tallow Books, 1989. 426 pages.", "<Title> by the Dorrow Band. Red Kelvin Records, 2023. 14
tracks.", "<Film>, directed by Lenn Kelvo. Tallow Pictures. 98 minutes." (set BY's kind, branch
ent112).

The header's sentences are set in capitals word by word, so kg.nlp.entities.spans.openers
`title_case_lines` read the publisher's sentence as a Title Case line and dropped its run; the
publisher, a body the review names once, was lost. A run (no kind or title another step gave
it) that opens its sentence or follows the city's colon and is closed by the imprint's year
(", 1989.", or a city then the year: ", Kelvo City, 2025.") or by a film's running time (".
98 minutes") is the publisher, an organisation. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.entities.spans.runs import Run

_BODY = "organization"
_OPENS = re.compile(r"(?:\.|:)[ \t]+\Z")
_CLOSES = re.compile(r",[ \t]+(?:[A-Z][\w .’'-]{1,30},[ \t]+)?(?:1[6-9]|20)\d\d\.(?:[ \t]|$)"
                     r"|\.[ \t]+\d{1,3}[ \t]+(?:minutes|min\.)")


def imprint_publishers(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each header's publisher or studio typed an organisation."""
    out = []
    for run in runs:
        if run.kind is None and not run.title and _OPENS.search(text, max(0, run.begin - 3), run.begin) \
                and _CLOSES.match(text, run.end):
            run = Run(run.begin, run.end, run.words, absorbed=run.absorbed, kind=_BODY)
        out.append(run)
    return out
