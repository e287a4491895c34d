"""Bad input gets a clear message naming the file (and line where it applies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.reader import ReadError, read_article

GOOD = """The Militant (logo)
   Vol. 74/No. 43           November 15, 2010


A short headline
(front page)

BY JANE DOE

A first paragraph that mentions a thing.1

A second paragraph.2


NOTES
1. The first note.

2. The second note.
"""


def write(tmp_path: Path, text: str | bytes, name: str = "article.txt") -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def error_of(path: Path) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    return info.value


def test_the_good_sample_reads(tmp_path):
    d = read_article(write(tmp_path, GOOD))
    assert [n.marker.span.of(d.text) for n in d.notes] == ["1", "2"]


def test_empty_file(tmp_path):
    assert "empty file" in str(error_of(write(tmp_path, "  \n\n")))


def test_binary_file(tmp_path):
    assert "binary" in str(error_of(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00")))


def test_not_utf8(tmp_path):
    e = error_of(write(tmp_path, GOOD.encode("utf-8") + "caf\xe9\n".encode("latin-1")))
    assert "not UTF-8" in e.message and e.line == GOOD.count("\n") + 1


def test_no_masthead(tmp_path):
    assert "no masthead" in str(error_of(write(tmp_path, "Just some text\n\nwith no masthead.\n")))


def test_marker_with_no_note(tmp_path):
    text = GOOD.replace("A second paragraph.2", "A second paragraph.2 And a third claim.3")
    e = error_of(write(tmp_path, text))
    assert "footnote marker 3 has no note" in e.message
    assert e.line == text.splitlines().index(
        "A second paragraph.2 And a third claim.3") + 1


def test_note_with_no_marker(tmp_path):
    e = error_of(write(tmp_path, GOOD.replace("A second paragraph.2", "A second paragraph.")))
    assert "note 2 has no marker" in e.message


def test_duplicate_note_numbers(tmp_path):
    e = error_of(write(tmp_path, GOOD.replace("2. The second note.", "1. The second note.")))
    assert "duplicate note number 1" in e.message and e.line == GOOD.count("\n")


def test_gap_in_note_numbers(tmp_path):
    e = error_of(write(tmp_path, GOOD.replace("2. The second note.", "3. The second note.")))
    assert "note 2 is missing" in e.message


def test_second_marker_for_a_note(tmp_path):
    text = GOOD.replace("A second paragraph.2", "A second paragraph.2 Again.2")
    assert "note 2 has a second marker" in error_of(write(tmp_path, text)).message


def test_missing_file_and_folder(tmp_path):
    assert "No such file" in str(error_of(tmp_path / "nope.txt"))
    assert "is a folder" in str(error_of(tmp_path))


def test_decimals_and_thousands_are_not_markers(tmp_path):
    text = GOOD.replace("A second paragraph.2", "A raise of $1.50 an hour for 3,500 workers.2")
    d = read_article(write(tmp_path, text))
    assert [d.text[n.marker.span.begin - 1:n.marker.span.end] for n in d.notes] == [".1", ".2"]


def test_crlf_text_keeps_exact_offsets(tmp_path):
    d = read_article(write(tmp_path, GOOD.replace("\n", "\r\n").encode("utf-8")))
    assert "\r\n" in d.text
    assert d.headline.span.of(d.text) == "A short headline"
    assert [n.marker.span.of(d.text) for n in d.notes] == ["1", "2"]
    assert d.paragraphs[0].span.of(d.text) == "A first paragraph that mentions a thing.1"


def test_impossible_masthead_date(tmp_path):
    e = error_of(write(tmp_path, GOOD.replace("November 15, 2010", "November 31, 2010")))
    assert "masthead date November 31, 2010 is not a date" in e.message and e.line == 2


LISTING = """Dock workers at Port Kelvo win pay raise

Vol. 88/No. 14 - April 8, 2024

KELVO, Oregon — Members of the dockers’ union voted March 20 to accept a contract after a…

Why we need a labor party

Short deck of the second teaser
Vol. 88/No. 13 - April 1, 2024
A caption under the second teaser's issue line.

Statement by Ana Kovac, candidate for U.S. Senate in Oregon, released March 22. Working people face…
"""

ONE_ISSUE_LINE = LISTING.split("Why we need")[0] + "A second paragraph of the same article.\n"


def test_a_listing_page_of_the_site_is_refused_naming_its_second_teaser(tmp_path):
    # An author's or a tag's page of today's site: teasers, each a headline over its issue line.
    # Read as an article, the first teaser's headline titled every teaser's cut-off text.
    e = error_of(write(tmp_path, LISTING))
    assert "listing page of the site (2 teasers" in str(e)
    assert e.line == 10  # the second issue line


def test_an_article_with_one_issue_line_is_no_listing(tmp_path):
    d = read_article(write(tmp_path, ONE_ISSUE_LINE))
    assert d.headline.value == "Dock workers at Port Kelvo win pay raise"
