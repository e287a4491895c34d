"""A law's article or section read as the law, and a law by its number: a work each (issue 10, set BD's kinds,
branch ent87). The words are data (kg/data/nlp/boundaries.toml [laws] `part_words`,
`part_of_heads`, `number_heads`).

Two shapes the paper prints on any page that reports a law's use:

- **A part of a law** ("under Article 12 of the Basic Law", "Section 13(1) of the Labour
  Relations Act", "Article 370 of the Constitution"): the runs stop at the number and leave the
  part's word a headless junk run beside the law's name. The law is the thing named: it is what
  other articles name, what Wikidata has an item for and what a researcher looks up, while a
  clause is a part of it, no work of its own (bench/quality/README.md, "A law's article or
  section", decided by the lead 2026-12-05). So the part's word is dropped and the law's run is
  typed a work. The law's name is a run whose head (its last word before any "of": "the Charter
  Law of Kelvia") is a law's (`part_of_heads`), or a registry work ("the Taft-Hartley Act"),
  which stays the registry's mention. A part of a body ("Section 22 of the Kelvo Teachers
  Union", a local) is no law: its head is none of those.
  A part numbered in Roman numerals ("Title III of the Kelvo Act") is a law's too, and the law
  after it may be named by its acronym ("Title IV of KELPRA"; set BJ, branch ent95): a union's
  section takes Arabic numbers ("Section 22 of SNTU"), which leave an acronym alone.
- **A law by its number** ("signed Law No. 4410", "Decree No. 12"): a law's head
  (`number_heads`) alone, then "No." and a number, is the law's name; the head alone named
  nothing and the number was lost.

kg.nlp.entities.spans.regionsteps runs `law_parts` and `numbered_laws` right after the laws'
own joins (kg.nlp.entities.spans.laws); both runs are typed works (`Run.kind`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, run_label, span_words
from kg.nlp.entities.spans.textspan import Region

_WORK_KINDS = ("work", "book")


@cached
def _laws() -> dict:
    return load("boundaries")["laws"]


@cached
def _part_before() -> re.Pattern[str]:
    """"Article 12 of the ", "Section 13(1)(b) of ": anchored at the law's name."""
    parts = phrase_pattern(_laws()["part_words"])
    return re.compile(rf"(?<![\w’'-])(?P<part>{parts}) (?:\d{{1,4}}[A-Za-z]?|(?P<roman>[IVXLC]{{1,7}}))"
                      rf"(?:\(\w{{1,4}}\))* of (?:the )?\Z")


NUMBER_AFTER = re.compile(r" No\. ?\d{1,6}(?:[/-]\d{1,4})?(?![\w,.-]\d|\w)")


def law_parts(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs of region `r` with each part of a law read as the law: a run or a registry work
    of the region ending where the part's phrase ends is the law (a run of it typed a work); the
    part's own run (its word alone) is dropped."""
    heads = set(_laws()["part_of_heads"])
    laws = [(run.begin, run.end, run) for run in runs
            if run.words and (head_word(run_label(text, run), cues) in heads or _acronym(text, run))
            and not run.title and run.kind in (None, "work")]
    laws += [(m.begin, m.end, m) for m in known
             if m.entry.kind in _WORK_KINDS and r.begin <= m.begin and m.end <= r.end]
    out = list(runs)
    for begin, end, law in sorted(laws, key=lambda x: x[0]):
        m = _part_before().search(text, max(r.begin, begin - 40), begin)
        if m is None or (isinstance(law, Run) and _acronym(text, law) and not m.group("roman")):
            continue  # "Section 22 of SNTU" may be a union's section; "Title III of KELPRA" is a law's
        b, part_end = m.start("part"), m.end("roman") if m.group("roman") else m.end("part")
        if any(x is not law and x.begin < end and b < x.end and not (b <= x.begin and x.end <= part_end)
               for x in out):
            continue  # the part's words overlap another name: leave the runs as they were
        out = [x for x in out if not (b <= x.begin and x.end <= part_end)]
        if isinstance(law, Run):
            out = [replace(x, kind="work") if x is law else x for x in out]
    return sorted(out, key=lambda x: x.begin)


def _acronym(text: str, run: Run) -> bool:
    """A run of one word in capitals ("KELPRA"): a law by its acronym after a part numbered in
    Roman numerals ("Title III of KELPRA"), which only laws number so."""
    return len(run.words) == 1 and text[run.begin:run.end].isupper() and len(run.words[0][2]) > 2


def numbered_laws(text: str, runs: list[Run]) -> list[Run]:
    """The runs of one region with each law's head alone before "No." and a number made the
    law's name, a work ("Law No. 4410")."""
    heads = set(_laws()["number_heads"])
    out = []
    for run in runs:
        m = NUMBER_AFTER.match(text, run.end)
        if m and len(run.words) == 1 and run.words[0][2] in heads and run.kind is None and not run.title:
            run = replace(run, end=m.end(), words=span_words(text, run.begin, m.end(), r"\S+"), kind="work")
        out.append(run)
    return out
