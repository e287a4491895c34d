"""kg.nlp.wordspans finds a word where the regular expression the rules used to build would."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.nlp.wordspans import GLUE, word_spans, writes_word


def _pattern(word: str, before: str | None, after: str | None) -> re.Pattern[str]:
    lead = "" if before is None else r"(?<![\w" + re.escape(before) + "])"
    tail = "" if after is None else r"(?![\w" + re.escape(after) + "])"
    return re.compile(lead + re.escape(word) + tail)


@pytest.mark.parametrize(("text", "word", "spans"), [
    ("workers at Dorrow and the Dorrow plant", "Dorrow", [(11, 17), (26, 32)]),
    ("Dorrow’s plant, Dorrow-owned, Dorrowville", "Dorrow", []),  # glued: a piece of a longer word
    ("Dorrow", "Dorrow", [(0, 6)]),  # the text's edges are edges
    ("Kelvo Inc. and Kelvo Inc.s", "Kelvo Inc.", [(0, 10)]),
    ("the Dorrow, the _Dorrow", "Dorrow", [(4, 10)]),  # "_" is a word character, as in `\w`
    ("", "Dorrow", []),
    ("Dorrow", "", []),  # an empty word is nowhere
])
def test_word_spans(text: str, word: str, spans: list[tuple[int, int]]) -> None:
    assert word_spans(text, word) == spans


def test_edges_chosen_by_the_caller() -> None:
    text = "Dorrow’s plant and Dorrow-owned"
    assert word_spans(text, "Dorrow", after="-") == [(0, 6)]  # a possessive after it allowed
    assert word_spans(text, "Dorrow", after=None) == [(0, 6), (19, 25)]
    assert word_spans("J.Dorrow and Dorrow", "Dorrow", before="’'.-") == [(13, 19)]
    assert word_spans("Élan Dorrowé", "Dorrow", before="", after="") == []  # accented letters glue
    assert writes_word("the Dorrow mine", "Dorrow") and not writes_word("Dorrows", "Dorrow")


_ALPHABET = st.sampled_from(list("ab AB.-_’'é1\n\t,") + ["ab", "a b", "Ba"])
_TEXT = st.lists(_ALPHABET, max_size=30).map("".join)
_EDGE = st.one_of(st.none(), st.sampled_from(["", GLUE, "-", "’'.-"]))


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, word=_TEXT.filter(bool), before=_EDGE, after=_EDGE)
def test_same_places_as_the_pattern(text: str, word: str, before: str | None, after: str | None) -> None:
    expected = [m.span() for m in _pattern(word, before, after).finditer(text)]
    assert word_spans(text, word, before=before, after=after) == expected
    assert writes_word(text, word, before=before, after=after) == bool(expected)
