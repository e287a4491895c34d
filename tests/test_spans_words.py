"""`span_words` (kg/nlp/entities/spans/runs.py): the words of a stretch of text with their
offsets in the whole text, the one helper the span steps build a name's words with."""

from __future__ import annotations

import re

from kg.nlp.entities.spans.runs import WORD, span_words

TEXT = "Members of the Kelvo-Dorrow Miners’ Union (Tallis Local 12) met on Friday."


def _at(word: str) -> int:
    return TEXT.index(word)


def test_offsets_are_the_whole_texts():
    """Each word's offsets point into the whole text, not into the stretch read."""
    b = _at("Kelvo")
    e = _at(" (Tallis")
    words = span_words(TEXT, b, e)
    assert [w for (_b, _e, w) in words] == ["Kelvo-Dorrow", "Miners’", "Union"]
    assert all(TEXT[wb:we] == w for (wb, we, w) in words)
    assert words[0][0] == b and words[-1][1] == e


def test_the_default_is_a_names_word_and_a_callers_pattern_is_kept():
    """WORD (letters first, no number) by default; a caller's own pattern, compiled or not,
    says what a word is there: `\\S+` keeps the bracket and the number."""
    b, e = _at("(Tallis"), _at(" met")
    assert [w for (_b, _e, w) in span_words(TEXT, b, e)] == ["Tallis", "Local"]
    assert [w for (_b, _e, w) in span_words(TEXT, b, e, r"\S+")] == ["(Tallis", "Local", "12)"]
    assert span_words(TEXT, b, e, re.compile(r"\S+")) == span_words(TEXT, b, e, r"\S+")


def test_a_word_is_cut_at_the_stretchs_end():
    """The stretch's end ends the last word ("Kelvo" of "Kelvo-Dorrow"), and a lookahead sees
    nothing past it, as with a slice: WORD's single hyphen before a dash ("Dorrow--a welder")
    is a hyphen when the stretch ends between the two."""
    b = _at("Kelvo")
    assert span_words(TEXT, b, b + len("Kelvo")) == [(b, b + len("Kelvo"), "Kelvo")]
    dash = "Ana Dorrow--a welder"
    assert [w for (_b, _e, w) in span_words(dash, 0, len(dash))] == ["Ana", "Dorrow", "a", "welder"]
    assert span_words(dash, 4, 11) == [(4, 11, "Dorrow-")]


def test_same_as_the_slice_for_the_callers_patterns():
    """For the patterns the span steps pass (no lookbehind, no anchor) the words are those of
    the slice text[b:e], moved by b."""
    for pattern in (WORD, r"\S+", r"\w+", r"[^\W\d_][\w’'-]*", r"[^\W\d_][\w’'.-]*", r"[A-Z][\w’'-]*"):
        for b, e in ((0, len(TEXT)), (_at("of"), _at("Union") + 3), (_at("iners"), _at("12") + 1)):
            sliced = [(b + w.start(), b + w.end(), w.group(0)) for w in re.finditer(pattern, TEXT[b:e])]
            assert span_words(TEXT, b, e, pattern) == sliced, (pattern, b, e)


def test_empty_stretch():
    assert span_words(TEXT, 5, 5) == []
