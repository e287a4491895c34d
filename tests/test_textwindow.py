"""kg.nlp.textwindow: a pattern just before or just after a point, in a window of the text,
read in place (the text's own start and lookbehinds) or cut out as a string of its own."""

from __future__ import annotations

import re

from kg.nlp.textwindow import after, before

TEXT = "workers at the Dorvane mill struck on Monday"
AT = TEXT.index("Dorvane")
END = AT + len("Dorvane")


def test_before_finds_a_cue_that_ends_at_the_point_and_keeps_the_match():
    m = before(re.compile(r"(?P<art>[Tt]he)\s+\Z"), TEXT, AT, 5)
    assert m is not None and m.group("art") == "the"
    assert m.start() == TEXT.index("the")  # in place: offsets into the text


def test_before_ends_at_the_point_not_at_the_texts_end():
    # `$` and `\Z` match at the point, which is the window's end, not the text's
    assert before(re.compile(r"mill$"), TEXT, END + len(" mill"), 10) is not None
    assert before(re.compile(r"mill$"), TEXT, AT, 40) is None


def test_before_sees_only_its_window():
    assert before(re.compile(r"workers"), TEXT, AT, 10) is None
    assert before(re.compile(r"workers"), TEXT, AT, AT) is not None


def test_before_clamps_a_window_wider_than_the_start():
    assert before(re.compile(r"\Aworkers"), TEXT, AT, 500) is not None
    assert before(re.compile(r"\Aworkers"), TEXT, 0, 5) is None  # an empty window at the start


def test_before_in_place_keeps_the_texts_start_and_lookbehinds():
    # "bathe " ends in "the ": read in place, the lookbehind sees the "a" before the window
    text = "they bathe  Kelmont"
    at = text.index("Kelmont")
    the = r"(?<![\w’'-])[Tt]he\s+$"
    assert before(the, text, at, 5) is None
    assert before(the, text, at, 5, cut=True) is not None
    # `^` matches at the window's start only when the window is cut out
    assert before(r"^the", text, at, 5) is None
    assert before(r"^the", text, at, 5, cut=True) is not None


def test_before_cut_counts_offsets_from_the_windows_start():
    m = before(r"(\w+) \Z", TEXT, AT, 5, cut=True)
    assert m is not None and m.group(1) == "the" and m.start() == 1


def test_before_takes_a_string_or_a_compiled_pattern_alike():
    for pattern in (r"at the\s+$", re.compile(r"at the\s+$")):
        assert before(pattern, TEXT, AT, 12) is not None


def test_after_matches_at_the_point_only():
    assert after(re.compile(r" mill\b"), TEXT, END) is not None
    assert after(re.compile(r"mill"), TEXT, END) is None  # a match, not a search


def test_after_window_ends_the_text():
    assert after(re.compile(r" mill$"), TEXT, END, 5) is not None
    assert after(re.compile(r" mill$"), TEXT, END, 12) is None
    assert after(re.compile(r" mill struck"), TEXT, END, 8) is None  # past the window
    assert after(re.compile(r" mill$"), TEXT, END) is None  # no window: the text's end


def test_after_at_the_texts_end_and_a_window_past_it():
    assert after(re.compile(r"\Z"), TEXT, len(TEXT), 40) is not None
    assert after(re.compile(r" on Monday\Z"), TEXT, TEXT.index(" on"), 400) is not None


def test_after_in_place_keeps_word_edges_that_a_cut_loses():
    # "Dorvanemill": the word goes on across the point; in place `\b` sees it, a cut does not
    text = "the Dorvanemill"
    at = text.index("mill")
    assert after(r"\bmill", text, at, 10) is None
    assert after(r"\bmill", text, at, 10, cut=True) is not None
    m = after(r"(mi)ll", text, at, 10, cut=True)
    assert m is not None and m.start(1) == 0
