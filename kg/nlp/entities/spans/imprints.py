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
kg.nlp.entities.spans.regionsteps `REGION_STEPS`.

A cast's last name may end in a generational suffix right before the studio ("Starring Ana
Dorrow and Tom Bellamy Jr. Kelvo Pictures. 98 minutes."): the suffix's full stop is no
sentence's end (entities.toml `abbreviations`), so the walk ran the person on into the studio
and the whole list was one firm. `studio_after_suffix` tells the walk
(kg.nlp.entities.spans.runwalk) that the words after the suffix are the imprint's sentence: the
person's name ends at the suffix (wave 4's kind, branch junk47)."""

from __future__ import annotations

import re

from kg.nlp.entities.spans.runs import Run

_BODY = "organization"
_OPENS = re.compile(r"(?:\.|:)[ \t]+\Z")
_CLOSES = re.compile(r",[ \t]+(?:[A-Z][\w .’'-]{1,30},[ \t]+)?(?:1[6-9]|20)\d\d\.(?:[ \t]|$)"
                     r"|\.[ \t]+\d{1,3}[ \t]+(?:minutes|min\.)")


def studio_after_suffix(text: str, words: list[tuple[int, int, str]], i: int,
                        suffixes: frozenset[str]) -> bool:
    """Is words[i] a capitalised word right after a person's generational suffix (`suffixes`)
    that opens the imprint's sentence: its capitalised words glued by one space, the last
    closed by the imprint's year or running time (the last word's own stop, "Bros.", may be
    the sentence's)?"""
    if i == 0 or words[i - 1][2] not in suffixes or text[words[i - 1][1]:words[i][0]] != " ":
        return False
    j = i
    while j + 1 < len(words) and text[words[j][1]:words[j + 1][0]] == " " and words[j + 1][2][:1].isupper():
        j += 1
    end = words[j][1]
    return bool(_CLOSES.match(text, end) or words[j][2].endswith(".") and _CLOSES.match(text, end - 1))


def imprint_publishers(text: str, runs: list[Run]) -> list[Run]:
    """The runs, each header's publisher or studio typed an organisation."""
    out = []
    for run in runs:
        if run.kind is None and not run.title and _OPENS.search(text, max(0, run.begin - 3), run.begin) \
                and _CLOSES.match(text, run.end):
            run = Run(run.begin, run.end, run.words, absorbed=run.absorbed, kind=_BODY)
        out.append(run)
    return out
