"""A body named for the people of a place and its cause, opening a sentence: "Tallowans for Fair
Courts signed up nurses", "Kelvians for Clean Water said …" (set BS's junk, branch
ent106).

`_people_for` (kg.nlp.entities.spans.joins) joins "Pastors for Kelvia" mid-sentence only: a
sentence's first word is capitalised by its place ("Workers for Kelvane struck"), so there the
people were left out and the body lost them ("Fair Courts": junk, a name of nothing). A people's
plural named for a place is capitalised wherever it stands: a word in "-ans" whose place the
gazetteer knows ("Iowans": Iowa; "Texans": Texas; "Ohioans": Ohio). Such a word alone in its run, opening
a sentence, then " for " and a plain run, is one organisation's name. kg.nlp.entities.spans.
regionsteps runs `place_groups` right after `join_marks` (which holds `_people_for`).
"""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import TextIndex


def people_of_place(word: str, ev: Evidence) -> bool:
    """"Iowans", "Kansans", "Ohioans": a plural in "-ans" of a place the gazetteer knows."""
    if not word.endswith("ans") or not word[:1].isupper():
        return False
    stem = word[:-2]  # "Iowa", "Kansa", "Ohioa"
    places = (stem, stem + "s", word[:-3])  # "Iowa"; "Kansas", "Texas"; "Ohio", "Chicago"
    return any(len(p) > 2 and ev.place_kind(p) is not None for p in places)


def place_groups(text: str, runs: list[Run], tx: TextIndex, ev: Evidence) -> list[Run]:
    """The runs with each people's plural named for a place, opening a sentence, and the plain run
    after its " for " made one organisation (module docstring)."""
    out = list(runs)
    for a, b in zip(runs, runs[1:], strict=False):
        if len(a.words) != 1 or a.kind or a.same_as or b.kind or b.same_as or a not in out \
                or text[a.end:b.begin] != " for " or not tx.is_sentence_start(a.begin) \
                or not people_of_place(a.words[0][2], ev):
            continue
        merged = replace(a, end=b.end, words=[*a.words, (a.end + 1, a.end + 4, "for"), *b.words],
                         absorbed=[*a.absorbed, *b.absorbed], kind="organization")
        out = [merged if r is a else r for r in out if r is not b]
    return out
