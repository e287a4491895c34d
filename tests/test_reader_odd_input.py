"""A user's own pages, saved by other tools: the same invented page with Windows or old Macintosh
line ends, a byte-order mark, tabs or no-break spaces for the volume line's spacing, trailing
spaces, no blank line between the titles and the text, reads as the plain page does; a page in
Windows-1252 is refused with an error naming the file, the line and what to do."""

from __future__ import annotations

import pytest

from kg.reader import ReadError, parse_article, read_article

VOLUME = "Vol. 69/No. 43           November 7, 2005"
PAGE = ("The Militant (logo) \n" + VOLUME + " \n\n"
        "Kelvo bakers strike for first contract \n"
        "Union says Dorrow Foods must bargain \n\n"
        "BY ANA DORROW \n\n"
        "KELVO, Ohio—Some 300 bakers walked out of the Dorrow Foods plant October 28. \n\n"
        "“We want a contract,” said Rosa Kelvin, a mixer on the night shift. \n\n"
        "The company hired replacement workers the next day. \n")
NBSP = "\u00a0"


def _reading(text: str) -> tuple:
    d = parse_article(text)
    return (d.masthead.volume, d.masthead.issue, d.masthead.date, d.headline.value,
            d.deck.value, d.dateline.value, [b.name for b in d.bylines],
            [p.span.of(d.text).split()[:4] for p in d.paragraphs])


@pytest.mark.parametrize("saved", [
    PAGE.replace("\n", "\r\n"),  # Windows line ends
    "\ufeff" + PAGE.replace("\n", "\r\n"),  # … and a byte-order mark
    PAGE.replace("\n", "\r"),  # old Macintosh line ends: a carriage return alone
    PAGE.replace(VOLUME, "Vol. 69/No. 43\t\tNovember 7, 2005"),  # tabs for the spacing
    PAGE.replace(VOLUME, "\tVol. 69/No. 43\tNovember 7, 2005"),
    PAGE.replace(VOLUME, VOLUME.replace(" ", NBSP)),  # no-break spaces, the date's too
    PAGE.replace("\n", "  \t\n"),  # trailing spaces and tabs
    PAGE.replace("\n\n", "\n" + NBSP + "\n"),  # a blank line holding a no-break space
    PAGE.replace("bargain \n\nBY", "bargain \nBY"),  # no blank line under the titles
    PAGE.replace("\n\n", "\n"),  # no blank line anywhere
], ids=["crlf", "bom-crlf", "cr", "tabs", "tab-first", "nbsp", "trailing", "nbsp-blank",
        "no-blank-under-titles", "no-blank-lines"])
def test_the_page_saved_another_way_reads_the_same(saved):
    assert _reading(saved) == _reading(PAGE)


def test_a_page_with_carriage_returns_alone_keeps_exact_offsets():
    d = parse_article(PAGE.replace("\n", "\r"))
    assert d.headline.span.of(d.text) == "Kelvo bakers strike for first contract"
    assert d.paragraphs[-1].span.of(d.text) == "The company hired replacement workers the next day."


def test_no_break_spaces_in_the_text_stay_in_its_spans():
    d = parse_article(PAGE.replace(" ", NBSP))
    assert d.masthead.volume == 69 and str(d.masthead.date) == "2005-11-07"
    assert d.headline.value == "Kelvo bakers strike for first contract".replace(" ", NBSP)
    assert d.headline.span.of(d.text) == d.headline.value


def test_a_page_saved_as_windows_1252_is_refused_saying_so(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("cp1252"))
    with pytest.raises(ReadError) as e:
        read_article(path)
    assert e.value.path == str(path) and e.value.line == 9  # the first "—", the dateline's
    assert "not UTF-8" in e.value.message and "Windows-1252" in e.value.message
    assert "save the file as UTF-8" in e.value.message


def test_another_byte_that_is_not_utf8_gets_no_windows_hint(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.replace("—", "-").replace("“", '"').replace("”", '"').encode("utf-8")
                     + "Café\n".encode("latin-1"))
    with pytest.raises(ReadError) as e:
        read_article(path)
    assert "not UTF-8" in e.value.message and "Windows-1252" not in e.value.message


@pytest.mark.parametrize("byline", ["By Ana" + NBSP + "Dorrow", "By Ana \tDorrow",
                                    "By Ana" + NBSP + "Dorrow and Tom  Kelvin"])
def test_a_bylines_name_with_odd_spaces_is_the_one_name(byline):
    # today's site: the writer is one person whatever spaces the saved page put in the name
    text = ("Kelvo bakers stay out, win back pay\n\nOwners of the Dorrow plant refuse to talk\n\n"
            + byline + "\n\nMay 15, 2023\n\n"
            "KELVO, Ohio — Bakers at the Dorrow plant voted 212 to 9 to stay out.\n")
    d = parse_article(text, "militant-2023-05-15-v87n19-x.txt")
    assert d.bylines[0].name == "Ana Dorrow"
    assert d.bylines[0].span.of(d.text) == "Ana" + byline.split("Ana", 1)[1].split(" and")[0]
    assert [p.name for p in d.bylines][1:] in ([], ["Tom Kelvin"])
