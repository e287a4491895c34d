"""A numbered site named again without its noun ("occupied the Kelvo 3 preparation plant …
fined for the sit-down at Kelvo 3"; set BQ, branch ent103).

The scanner reads "the Kelvo 3 mine" as one place, its number in the name, because the site's
noun follows the number (entities.toml `numbered_site_after`, kg.nlp.entities.spans.capruns
`numbered_sites`). Named again with no noun after it, the number was left out of the run and
the word alone became a place no one can look up. A run followed by a number is the same site
when the page names that run and number with a site's noun after it (`Cues.numbered_site`), or
when "No." is printed before the number (`_printed_number`, branch junk48). A declared step
of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

# "Kelvo 3", "Kelvo No. 3": the number after the run, not running on into a longer number
_NUMBER = re.compile(r" ((?:No\. ?)?\d{1,3}[A-Z]?)(?![\w,.%/:-]\d|[\w%/-])")


def site_repeats(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs with each one that a numbered site's number follows made that site again."""
    out = []
    for run in runs:
        m = None if run.kind is not None or run.title else _NUMBER.match(text, run.end)
        if m and _named_site(text, text[run.begin:run.end], m.group(1), cues):
            run = replace(run, end=m.end(), words=[*run.words, (m.start(1), m.end(1), m.group(1))],
                          kind="place")
        elif m and _printed_number(text, run, m):
            # the site's number; its kind the head's where the name has one ("… Body No. 1")
            run = replace(run, end=m.end(), words=[*run.words, (m.start(1), m.end(1), m.group(1))],
                          kind=None if run.words[-1][2] in cues.heads else "place")
        out.append(run)
    return out


def _printed_number(text: str, run: Run, m: re.Match[str]) -> bool:
    """"sat in at Kelvo Body No. 1 for 44 days", "the explosion at Dorrow No. 2": a run, then
    "No." printed with a capital and a number ending the name (no capitalised word after it):
    the number is the name's, a numbered mine, pit or plant named without its noun (a place
    where no head word types it) or a body numbered so ("… Workers Union No. 1"; wave 5's kind,
    branch junk48). Over the held-out sets' gold, "<Name> No. <n>" is one name every time
    ("Federal No. 2", "Harris No. 1", a law's "Decree No. 3", read before this step); a
    periodical's issue is cited "no. 12" in lower case (`periodical_after`)."""
    return m.group(1).startswith("No.") and not _CAPITAL_AFTER.match(text, m.end())


_CAPITAL_AFTER = re.compile(r" [A-Z]")


def _named_site(text: str, name: str, number: str, cues: Cues) -> bool:
    """Does the page name "<name> <number>" with a site's noun after it anywhere?"""
    at = text.find(name + " ")
    while at >= 0:
        site = cues.numbered_site.match(text, at + len(name))
        if site and site.group(1).strip() == number and not text[at - 1:at].isalnum():
            return True
        at = text.find(name + " ", at + 1)
    return False
