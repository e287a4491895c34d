"""The reader on the bundled article and on test articles of other shapes."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kg.reader import read_article

ROOT = Path(__file__).resolve().parent.parent
BARNES = ROOT / "kg" / "data" / "corpus" / "militant-2006-09-04-v70n33-barnes-letter.txt"
ARTICLES = ROOT / "tests" / "articles"


@pytest.fixture(scope="module")
def doc():
    return read_article(BARNES)


def test_text_is_the_exact_file(doc):
    assert doc.text == BARNES.read_bytes().decode("utf-8")


def test_masthead(doc):
    mh = doc.masthead
    assert (mh.periodical.value, mh.volume, mh.issue, mh.date) == (
        "The Militant", 70, "33", dt.date(2006, 9, 4))
    assert mh.periodical.span.of(doc.text) == "The Militant"


def test_headline_deck_kicker(doc):
    assert doc.headline.value == ("‘We are for whatever strengthens the confidence and capacity "
                                  "of the toilers’")
    assert doc.headline.span.of(doc.text) == ("‘We are for whatever strengthens the\n"
                                              "confidence and capacity of the toilers’")
    assert doc.deck.value == "Letter from SWP leader on Israel’s murderous war on Lebanon"
    assert doc.kicker.value == "feature article"
    assert doc.kicker.span.of(doc.text) == "feature article"


def test_byline_copyright_intro(doc):
    assert [b.name for b in doc.bylines] == ["Jack Barnes"]
    assert doc.bylines[0].span.of(doc.text) == "JACK BARNES"
    assert doc.copyright.year == 2006 and doc.copyright.holder == "New International"
    intro = doc.sections[0]
    assert intro.kind == "introduction" and len(intro.paragraphs) == 4
    assert intro.paragraphs[0].span.of(doc.text).startswith("The following letter from Jack Barnes")
    assert not any("Copyright" in p.span.of(doc.text) for p in doc.paragraphs)


def test_nine_subheadings_in_order(doc):
    titles = [s.title.of(doc.text) for s in doc.sections if s.title]
    assert titles == [
        "What we are for", "Hezbollah, counterrevolution in Iran",
        "Fight for workers,’ peasants’ power", "Political crisis in Israel",
        "End of ‘Greater Israel’ prospect", "Capitalism: death trap for Jews",
        "Bourgeois vs. revolutionary methods", "‘Islamofascism’", "Building proletarian parties"]
    assert [s.name for s in doc.sections if s.title] == titles


def test_five_numbered_points(doc):
    assert [p.number for p in doc.points] == [1, 2, 3, 4, 5]
    for p in doc.points:
        assert p.label.of(doc.text) == f"{p.number})"
        assert p.span.of(doc.text).startswith(f"{p.number}) ")
    assert doc.points[0].span.of(doc.text).endswith("had degenerated into by the late 1980s.")
    assert doc.points[4].span.of(doc.text).endswith("to the dictatorship of the proletariat.")
    numbered = [p.point for p in doc.paragraphs if p.point]
    assert numbered == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("number,context", [
    (1, "1973, and 1982"), (2, "the Kuomintang"), (3, "Emperor Haile Selassie"),
    (4, "in those countries."), (5, "Khomeini was its leader."),
    (6, "the Palestine Liberation Organization"), (7, "established the Israeli state.”"),
    (8, "a knockoff of Moshe Dayan."), (9, "along the bell curve"), (10, "for half a decade")])
def test_marker_offsets(doc, number, context):
    """Each marker sits right after the text it is glued to, and holds only its digits."""
    note = doc.notes[number - 1]
    assert note.number == number
    at = doc.text.index(context) + len(context)
    assert (note.marker.span.begin, note.marker.span.end) == (at, at + len(str(number)))
    assert note.marker.span.of(doc.text) == str(number)
    assert note.marker.line == doc.text.count("\n", 0, at) + 1


def test_notes(doc):
    assert [n.number for n in doc.notes] == list(range(1, 11))
    assert doc.notes_title.of(doc.text) == "NOTES"
    for n in doc.notes:
        assert n.span.of(doc.text).startswith(f"{n.number}. ")
        assert not n.text.of(doc.text).startswith(f"{n.number}.")
    five = doc.notes[4]
    assert len(five.paragraphs) == 2
    assert five.paragraphs[1].of(doc.text).startswith("In an insurrection in February 1979")
    assert [len(n.paragraphs) for n in doc.notes if n.number != 5] == [1] * 9
    assert doc.notes[9].text.of(doc.text).endswith("It is published in New International no. 12.")


def test_letter(doc):
    letter = doc.letter
    assert letter.sender.name == "Jack Barnes"
    assert letter.date_value == dt.date(2006, 8, 17)
    assert letter.date.span.of(doc.text) == "August 17, 2006"
    assert letter.recipient.name == "Ma’mud Shirvani"
    assert letter.recipient.span.of(doc.text) == "Ma’mud Shirvani"
    assert letter.place.value == "New York"
    assert letter.salutation.of(doc.text) == "Dear Ma’mud,"
    assert letter.closing.of(doc.text) == "Comradely,"
    assert [s.of(doc.text) for s in letter.signature] == ["s/Jack", "Jack Barnes"]
    assert letter.span.of(doc.text).startswith("JACK BARNES")
    assert letter.span.of(doc.text).endswith("Comradely,\ns/Jack\nJack Barnes")


def test_related_and_chrome_kept_out_of_body(doc):
    assert [r.value for r in doc.related] == [
        "U.S. military blocks Iranian arms shipment to Hezbollah",
        "Israeli troops conduct raid deep in Lebanon as deployment of int’l force delayed",
        "Fascism: not a form of capitalism but a way to maintain capitalist rule"]
    chrome = [c.of(doc.text) for c in doc.chrome]
    assert chrome == ["(logo)", "Front page (for this issue) | Home | Text-version home"]
    body = " ".join(p.span.of(doc.text) for p in doc.paragraphs)
    for text in chrome + ["Related articles:", "NOTES", "Comradely,", "Dear Ma’mud,"]:
        assert text not in body


def test_every_span_lies_inside_the_text(doc):
    spans = [p.span for p in doc.paragraphs] + [s.span for s in doc.sections]
    spans += [n.span for n in doc.notes] + [n.marker.span for n in doc.notes]
    for s in spans:
        assert 0 <= s.begin < s.end <= len(doc.text)
        assert s.of(doc.text) == s.of(doc.text).strip()  # no stray white space at the edges


def test_paragraph_positions_run_in_order(doc):
    assert [p.position for p in doc.paragraphs] == list(range(1, len(doc.paragraphs) + 1))
    assert [s.position for s in doc.sections] == list(range(1, len(doc.sections) + 1))
    begins = [p.span.begin for p in doc.paragraphs]
    assert begins == sorted(begins)


# -- other shapes of article ---------------------------------------------------------


def test_news_report_with_byline_and_dateline_no_notes():
    d = read_article(ARTICLES / "militant-2016-03-28-v80n12-seoul-rail-strike.txt")
    assert d.headline.value == "Rail workers in South Korea strike against privatization plan"
    assert d.deck is None and d.kicker.value == "front page"
    assert [b.name for b in d.bylines] == ["Paul Mailhot"]
    assert d.dateline.value == "SEOUL, South Korea"
    assert d.dateline.span.of(d.text) == "SEOUL, South Korea"
    assert d.notes == [] and d.letter is None and d.copyright is None
    assert [s.title.of(d.text) for s in d.sections if s.title] == ["Solidarity from other unions"]
    assert all(s.kind == "body" for s in d.sections)
    assert [r.value for r in d.related] == ["Korean workers rally against new labor laws"]


def test_double_byline_and_no_kicker():
    d = read_article(ARTICLES / "militant-2015-06-01-v79n21-cuba-solidarity-conference.txt")
    assert d.kicker is None and d.deck is None
    assert d.headline.value == "Conference builds solidarity with Cuban Revolution"
    assert [(b.name, b.span.of(d.text)) for b in d.bylines] == [
        ("Mary Martin", "MARY MARTIN"), ("Seth Galinsky", "SETH GALINSKY")]
    assert d.dateline.value == "TORONTO"
    assert len(d.paragraphs) == 4


def test_markers_after_numbers_and_closing_quotes():
    d = read_article(ARTICLES / "militant-2010-11-15-v74n43-labor-history-lessons.txt")
    glued = [d.text[n.marker.span.begin - 6:n.marker.span.end] for n in d.notes]
    assert glued == ["lion.”1", "reets.2", "f 19343", "sses.”4", "ugust.5"]
    assert d.kicker.value == "lead article"
    # the year keeps its digits: "19343" is 1934 and note 3
    three = d.notes[2].marker.span
    assert d.text[three.begin - 4:three.begin] == "1934"
    assert len(d.notes[4].paragraphs) == 2
    assert [r.value for r in d.related] == ["Strikes then and now: what workers can learn",
                                            "Teamster Rebellion: new edition out"]


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")) + sorted(
    (ARTICLES / "shapes").glob("*.txt")) + [BARNES], ids=lambda p: p.name)
def test_no_digit_glued_to_a_word_is_left_unexplained(path):
    """Every glued marker-like number in the body is a resolved marker (the masthead's
    "Vol.63/No.34" is not body)."""
    d = read_article(path)
    markers = {n.marker.span.begin for n in d.notes}
    end = d.notes_title.begin if d.notes_title else len(d.text)
    for m in re.finditer(r"(?<=[a-z.”])(?<!\d[.,])\d{1,2}(?=[\s.,;—]|$)", d.text[:end]):
        if m.start() < d.masthead.span.end:
            continue
        assert m.start() in markers, d.text[m.start() - 20:m.end()]
