"""Page shapes found by the held-out sets BJ–BM (2026-12-05), each on an invented page: a
standing name over an excerpt on a print page, a column's head naming the paper, a statement's
introduction under an uncredited caption, a Turkish capital in a byline, an editor's note titled
on its own line between letters, and a "Years Ago" page's slug after its issue number."""

from __future__ import annotations

from kg.reader import parse_article
from kg.reader.cues import names_paper_column
from kg.reader.header import FILE_NAME_RE
from kg.reader.patterns import name_case

PRINT = "The Militant (logo)\n\nVol. 78/No. 12      March 24, 2014\n\n"


def test_books_of_the_month_over_one_excerpt_on_a_print_page_is_the_kicker():
    text = (PRINT + "Books of the Month\n\nHow the dockers of Kelvo\nwon their union hall\n\n"
            "Below is an excerpt from Harbor Days in Kelvo by Marta Dorrow-Lane, one of "
            "Pathfinder’s Books of the Month for March. It tells how the dockers organized.\n\n"
            "The dockers walked off the ships on May 9, 1934, and the port stayed shut for weeks "
            "while the employers tried every trick they knew to break them.\n")
    d = parse_article(text)
    assert d.overline.value == "Books of the Month"
    assert d.headline.value == "How the dockers of Kelvo won their union hall"
    assert d.page_kind is None and [b.name for b in d.bylines] == ["Marta Dorrow-Lane"]


def test_a_books_page_with_price_lines_keeps_its_name_as_headline():
    text = (PRINT + "Books of the Month\n\nHarbor Days in Kelvo\nby Marta Dorrow-Lane\n"
            "$20. Special price: $15\n\nHow the dockers of Kelvo organized their union.\n")
    d = parse_article(text)
    assert d.headline.value == "Books of the Month" and d.page_kind == "books"


def test_a_column_head_naming_the_paper_is_the_kicker_on_todays_site():
    text = ("Ask the Militant\n\nWhy do bosses in Kelvo want a longer workweek?\n\n"
            "By Ana Dorrow\nMarch 9, 2026\n\n"
            "A reader in Kelvo wrote to ask about the plan the city’s bosses put forward last "
            "month. It is a fair question, and one many workers ask.\n")
    d = parse_article(text, "militant-2026-03-09-v90n10-ask-kelvo.txt")
    assert d.overline.value == "Ask the Militant"
    assert d.headline.value == "Why do bosses in Kelvo want a longer workweek?"
    assert d.deck is None


def test_names_paper_column():
    assert names_paper_column("Ask the Militant") and names_paper_column("Militant Interview")
    assert not names_paper_column("Workers welcome the Militant at the plant gate")
    assert not names_paper_column("Read the Militant!") and not names_paper_column("Ask a worker")


def test_statement_introduction_under_an_uncredited_caption_names_the_writer():
    text = ("SWP: ‘Jail the guard who killed Tomas Reyes’\nMarch 9, 2026\n\n"
            "Vigil in Kelvo for a tenant shot by a guard.\n"
            "The following statement was issued March 4 by Ana Dorrow-Lima, Socialist Workers "
            "Party candidate for governor of Kelvania. Dorrow-Lima is a nurse.\n\n"
            "Working people in Kelvo were outraged when the video was made public.\n")
    d = parse_article(text, "militant-2026-03-09-v90n10-swp-statement.txt")
    assert [b.name for b in d.bylines] == ["Ana Dorrow-Lima"]


def test_a_long_first_paragraph_is_no_caption_before_a_statement():
    text = ("SWP: ‘Jail the guard’\nMarch 9, 2026\n\n"
            "Working people in Kelvo were outraged when the video was made public. They marched.\n"
            "The following statement was issued March 4 by Ana Dorrow-Lima, Socialist Workers "
            "Party candidate for governor of Kelvania.\n\nThe text follows.\n")
    d = parse_article(text, "militant-2026-03-09-v90n10-swp-statement.txt")
    assert d.bylines == []


def test_a_turkish_dotted_capital_in_a_byline_is_one_letter_in_name_case():
    assert name_case("AYŞE KARAKİR-DORROW", "") == "Ayşe Karakir-Dorrow"
    assert len(name_case("İPEK DORROW", "")) == len("İPEK DORROW")


def test_an_editors_note_titled_on_its_own_line_answers_the_letter_above():
    text = (PRINT + "Letters\n\nStrike at the mill\nWe walked out last week for better pay.\n"
            "Ana Ruiz\nKelvo, Kelvania\n\nEditor's note\n"
            "The mill is one of three that the same owners run in the valley.\n\n"
            "Flood in the valley\nThe river broke its banks and we collected money for relief.\n"
            "Tom Dorrow\nTallow, Kelvania\n")
    d = parse_article(text)
    assert [i.title.value for i in d.items] == ["Strike at the mill", "Flood in the valley"]
    assert d.items[0].reply.of(d.text).startswith("Editor's note\nThe mill")
    assert [a.name for a in d.items[1].authors] == ["Tom Dorrow"]


def test_a_years_ago_slug_after_the_issue_number_is_no_double_issue():
    def issue(name):
        m = FILE_NAME_RE.search(name)
        return m.group(5), m.group(6)
    assert issue("militant-2016-06-20-v80n24-25-50-75-years-ago.txt") == ("24", None)
    assert issue("militant-2016-06-20-v80n24-25-and-50-years-ago.txt") == ("24", None)
    assert issue("militant-2016-06-20-v80n24-25-years-ago.txt") == ("24", None)
    assert issue("militant-2006-09-04-v70n33-34-labor-day.txt") == ("33", "34")
    assert issue("militant-2019-01-07-v83n1-2-25-50-75-years-ago.txt") == ("1", "2")
    assert issue("militant-2019-06-24-v83n24-25-freedom-summer.txt") == ("24", "25")
