"""A public inquiry named by what it looks into: "the Royal Commission into Kelvo Deaths in
Custody", "the Commission of Inquiry into the Dorrow Mine Tragedy" (set CD's junk at its first
measure, 2026-12-06).

Commonwealth governments name their inquiries so, and the runs of capitalised words stop at
"into" and again at the subject's small words ("in", "of"): the head was left a body of its own
("Royal Commission", one for every inquiry there ever was) and the subject junk ("Kelvo Deaths",
"Custody"). A run ending on an inquiry's head (kg/data/nlp/boundaries.toml [inquiries] `heads`),
then " into ", perhaps "the ", and the runs of the subject joined by one small word each
(`links`) are one name, an organisation. A lower-case word or a stop ends the subject.
kg.nlp.entities.spans.regionsteps runs `inquiries_into` after the laws' joins.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run

_INTO = re.compile(r" into (?:the )?")


@cached
def _inquiries() -> dict:
    return load("boundaries")["inquiries"]


def inquiries_into(text: str, runs: list[Run]) -> list[Run]:
    """The runs of one region (sorted), each inquiry's head, "into" and its subject one run."""
    heads, links = frozenset(_inquiries()["heads"]), frozenset(_inquiries()["links"])
    out: list[Run] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        m = _INTO.match(text, run.end)
        if run.title or run.kind not in (None, "organization") or m is None \
                or run.words[-1][2] not in heads or k + 1 >= len(runs) or runs[k + 1].begin != m.end():
            out.append(run)
            k += 1
            continue
        j = k + 1
        while j + 1 < len(runs) and _linked(text, runs[j], runs[j + 1], links):
            j += 1
        subject = runs[k + 1:j + 1]
        if any(r.title or r.kind not in (None, "place", "organization") for r in subject):
            out.append(run)
            k += 1
            continue
        words = list(run.words) + [(run.end + 1, m.end() - 1, text[run.end:m.end()].strip())]
        absorbed = list(run.absorbed)
        for n, r in enumerate(subject):
            if n:
                words.append((subject[n - 1].end + 1, r.begin - 1, text[subject[n - 1].end:r.begin].strip()))
            words += r.words
            absorbed += r.absorbed
        out.append(Run(run.begin, subject[-1].end, words, False, absorbed, "organization"))
        k = j + 1
    return out


def _linked(text: str, a: Run, b: Run, links: frozenset[str]) -> bool:
    """One small word of the subject's (`links`: "in", "of", "and" …) alone between two runs."""
    gap = text[a.end:b.begin]
    return gap.startswith(" ") and gap.endswith(" ") and gap.strip() in links
