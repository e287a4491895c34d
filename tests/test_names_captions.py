"""A photo's caption is sentences about the photo, never a line in Title Case: its names are read
as running text's are (textspan.Region.caption; set BO, 2026-12-06). Invented text."""

from __future__ import annotations

from kg.nlp import annotate
from kg.reader import parse_article

PAGE = ("The Militant (logo) \n   Vol.56/No.21           May 29, 1992 \n \nMiners demand answers\n \n"
        "Militant/Doug Marr\n{caption}\n \nBY ROSS MACK \n"
        "HARLAN, Kentucky--Twenty coal miners were killed May 9 in the Kelvo mine.\n")


def _names(caption: str) -> set[tuple[str, str]]:
    d = parse_article(PAGE.format(caption=caption))
    annotate(d)
    return {(m.span.of(d.text), m.entity.split("/")[0]) for m in d.annotations.mentions}


def test_a_captions_names_are_read_though_most_of_its_words_are_capitalised():
    found = _names("Vigil at St. Brendan’s Church in Kelvo Falls May 17.")
    assert ("St. Brendan’s Church", "place") in found
    assert ("Kelvo Falls", "place") in found


def test_the_same_line_in_running_text_in_title_case_still_names_nothing_new():
    # a Title Case line of the body (a listing's talk) keeps its rule: capitals say nothing there
    from kg.nlp.entities.spans.titlecase import is_title_case

    assert is_title_case("Vigil at St. Brendan’s Church in Kelvo Falls May 17.")
