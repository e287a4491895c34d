"""Today's site credits a photo taken from a union's or a paper's page by the body's name in
brackets after the caption's last sentence (`cues.trailing_credit`, `_credited_body`; set DF's
2020 page, 2026-12-07, rdr48). An invented page."""

from __future__ import annotations

import pytest

from kg.reader import parse_article
from kg.reader.cues import trailing_credit

PAGE = ("Kelvo bakers block the road to the capital\n"
        "Drivers and dockers back the camps at the two bridges\n"
        "By Ana Ruiz\n"
        "December 21, 2020\n\n"
        "Bakers from Dorrow at the camp on the north bridge Dec. 12. Hundreds have stayed through "
        "the cold for three weeks. (Kelvo Bakers Union News)\n\n"
        "DORROW, Kelvia — Hundreds of bakers have camped on the bridges since Nov. 26.\n")


def test_a_body_credited_in_brackets_closes_the_caption():
    d = parse_article(PAGE, "militant-2020-12-21-v84n50-test.txt")
    assert d.dateline is not None and d.dateline.value == "DORROW, Kelvia"
    assert [p.credit and p.credit.value for p in d.photos] == ["Kelvo Bakers Union News"]


@pytest.mark.parametrize("line, credited", [
    ("Bakers march Dec. 12. (Kelvo Bakers Union News)", True),
    ("Bakers march Dec. 12. (Voice of the Dorrow Miners)", True),
    ("Bakers march Dec. 12. (Militant photo)", True),
    ("Bakers march Dec. 12. (We won’t go back.)", False),       # a sentence in brackets
    ("Bakers march Dec. 12. (see page 4)", False),
    ("Bakers march Dec. 12. (Kelvo Bakers Union, Local 12 News)", False),  # a number
])
def test_a_bracketed_credit_after_a_caption(line, credited):
    assert (trailing_credit(line) is not None) is credited
