"""The walk over a list of parts before a body's head (kg.nlp.entities.spans.listedparts), which
the council rule (areacouncils) and the nation rule (nationlists) share: which runs before a run
are listed with it, and the one run they make. Invented names only."""

from __future__ import annotations

from kg.nlp.entities.spans.listedparts import joined_run, listed_parts
from kg.nlp.entities.spans.runs import WORD, Run, span_words


def _runs(text: str, *surfaces: str) -> list[Run]:
    """One run per surface, at its first place in the text from the last run's end."""
    runs, at = [], 0
    for s in surfaces:
        b = text.index(s, at)
        runs.append(Run(b, b + len(s), span_words(text, b, b + len(s), WORD)))
        at = b + len(s)
    return runs


def test_the_parts_joined_by_commas_and_a_last_and_are_read_in_text_order():
    text = "the Kelvo, Dorrow and Tallowa Nation met"
    *before, run = _runs(text, "Kelvo", "Dorrow", "Tallowa Nation")
    parts = listed_parts(text, before, run, 4, lambda r: True)
    assert [text[p.begin:p.end] for p in parts] == ["Kelvo", "Dorrow"]
    joined = joined_run(text, parts, run)
    assert (joined.begin, joined.end, joined.kind) == (4, text.index(" met"), "organization")
    assert [w for (_b, _e, w) in joined.words] == ["Kelvo", "Dorrow", "and", "Tallowa", "Nation"]


def test_the_walk_stops_at_a_gap_of_another_shape_at_a_part_refused_and_at_the_most():
    text = "Kelvo; Dorrow, Tallow and Kelvin Borough Council"
    *before, run = _runs(text, "Kelvo", "Dorrow", "Tallow", "Kelvin Borough Council")

    def said(most: int, refused: str = "") -> list[str]:
        parts = listed_parts(text, before, run, most, lambda r: text[r.begin:r.end] != refused)
        return [text[p.begin:p.end] for p in parts]

    assert said(5) == ["Dorrow", "Tallow"]  # "; " is no list's gap
    assert said(5, refused="Dorrow") == ["Tallow"]
    assert said(1) == ["Tallow"]
    assert said(5, refused="Tallow") == []  # the part before the head must be one


def test_the_first_gap_must_be_and():
    text = "Kelvo, Kelvin Borough Council"
    *before, run = _runs(text, "Kelvo", "Kelvin Borough Council")
    assert listed_parts(text, before, run, 3, lambda r: True) == []
