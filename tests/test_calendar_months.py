"""The months of the name cues' calendar, read from the data for the steps that read a date."""

from __future__ import annotations

import re

from kg.nlp.cuedata import load
from kg.nlp.entities.cues.months import month_pattern, month_words
from kg.nlp.entities.spans.datedcaptions import dated_caption


def test_the_months_are_the_calendar_s_months_and_their_abbreviations_without_the_days():
    words = set(month_words())
    calendar = set(load("entities")["calendar"])
    assert words <= calendar
    assert {"January", "May", "Sept", "Sep", "Dec"} <= words
    assert not words & {"Monday", "Mon", "Sat", "Sun", "Tues", "Thurs"}
    # the longest first, so that "Sept." is not read as "Sep" and a stray "t."
    assert month_words().index("September") < month_words().index("Sept") < month_words().index("Sep")


def test_the_pattern_reads_a_month_whole_and_no_other_word():
    pattern = re.compile(month_pattern() + r"\.? \d")
    assert pattern.fullmatch("Sept. 4")
    assert pattern.fullmatch("May 1")
    assert not pattern.fullmatch("Sunday 4")
    assert not pattern.fullmatch("Junk 4")


def test_a_caption_ending_in_an_abbreviated_month_and_day_is_dated():
    assert dated_caption("Pickets outside Dorrow Foods, Sept. 4.")
    assert dated_caption("Visitors at the Kelvo Museum, March 28, 2019.")
    assert not dated_caption("Pickets outside Dorrow Foods, Sunday 4.")
