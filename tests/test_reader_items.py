"""Pages made of items: letters, "25, 50 and 75 Years Ago", briefs (reader and RDF)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.iri import Minter
from kg.namespaces import KG, PO, SCHEMA
from kg.pipeline import process, validate_article
from kg.reader import ReadError, parse_article, read_article
from kg.reader.patterns import BOOK_PRICE_RE, entry_date

SHAPES = Path(__file__).resolve().parent / "articles" / "shapes"


def read(name: str):
    return read_article(SHAPES / name)


def items(d):
    return [(i.kind, i.title and i.title.value, i.author and i.author.name,
             i.signature and i.signature.value, i.place and i.place.value,
             i.via and i.via.value) for i in d.items]


def test_letters_page_with_headline():
    d = read("militant-2004-01-19-v68n2-letters.txt")
    assert d.headline.value == "Letters" and d.page_kind == "letters"
    assert items(d) == [
        ("letter", "Why a labor party?", None, "C.S.", "Tacoma, Washington", None),
        ("letter", "Coverage of farmers", "Walter Brandt", "Walter Brandt",
         "Burlington, Vermont", None)]
    first = d.sections[d.items[0].section - 1]
    assert first.kind == "item" and len(first.paragraphs) == 2
    # signer and place are fields, never paragraphs
    text = " ".join(p.span.of(d.text) for p in d.paragraphs)
    assert "Walter Brandt" not in text and "Tacoma" not in text


def test_letters_page_with_no_headline_line_titles_directly_above_text():
    d = read("militant-2017-01-16-v81n3-letters.txt")
    assert d.headline.value == "Letters" and len(d.headline.span) == 0
    assert items(d) == [
        ("letter", "Reading in the break room", "Dolores Vance", "Dolores Vance",
         "Omaha, Nebraska", None),
        ("letter", "Wants back issues", None, "A prisoner", None, None),
        ("letter", "Audio edition", "Kevin O’Brien", "Kevin O’Brien", "Glasgow, Scotland", None)]
    reply = d.items[2].reply
    assert reply.of(d.text).startswith("Editor’s note: Each issue")
    assert d.editor_notes == [reply]
    assert d.items[0].place.span.of(d.text) == "Omaha, Nebraska"


def test_letters_page_first_letter_untitled_and_by_email():
    d = read("militant-2008-11-24-v72n46-letters.txt")
    assert items(d) == [
        ("letter", None, "Ray Duncan", "Ray Duncan", "Flint, Michigan", None),
        ("letter", "Bank bailout", "Sandra Pike", "Sandra Pike", None, "By e-mail"),
        ("letter", "Foreclosures", "Luis Herrera", "Luis Herrera", "Phoenix, Arizona", None)]


def test_letters_unlabelled_answer_between_a_signature_and_the_next_title():
    # the editors answer a letter's question in a paragraph of its own, with no "Editor's
    # note": it is the letter's reply, and the next letter keeps its title
    text = ("The Militant (logo)\n   Vol. 65/No. 12           March 26, 2001\n\n\nLetters\n\n\n"
            "Bakery strike\nThe bakery workers here have been out for six weeks now.\n\n"
            "Where can I find the book on the 1934 strikes you mentioned?\n\n"
            "Olga Brandvold\nFargo, North Dakota\n\n\n"
            "The book Teamster Power is available from Pathfinder Press for $20.\n\n\n"
            "Rail safety\nSince the derailment last month the crews have been cut again.\n\n"
            "Mikko Saari\nby e-mail\n")
    d = parse_article(text, "page.txt")
    assert items(d) == [
        ("letter", "Bakery strike", "Olga Brandvold", "Olga Brandvold", "Fargo, North Dakota",
         None),
        ("letter", "Rail safety", "Mikko Saari", "Mikko Saari", None, "by e-mail")]
    reply = d.items[0].reply.of(d.text)
    assert reply.startswith("The book Teamster Power") and d.editor_notes == [d.items[0].reply]
    assert "Teamster Power" not in d.items[1].span.of(d.text)


def test_letters_by_email_line_under_the_signers_town_closes_the_signature():
    # "Name" / "Town, State" / "by e-mail": the letter came by e-mail from a town the writer
    # names; the last line is the signature's, no unsigned letter of its own
    text = ("The Militant (logo)\n   Vol. 67/No. 12           March 24, 2003\n\n\nLetters\n\n\n"
            "Cannery shifts\nThe cannery here added a night shift and cut the breaks to ten "
            "minutes.\nTobias Wrenfield\nDorrow Falls, Oregon\n\n"
            "Bus pass\nThe city raised the fare again this month.\nAmara Kelvin-Osei\n"
            "Kelvo, Manitoba\nby e-mail\n")
    d = parse_article(text, "page.txt")
    assert items(d) == [
        ("letter", "Cannery shifts", "Tobias Wrenfield", "Tobias Wrenfield",
         "Dorrow Falls, Oregon", None),
        ("letter", "Bus pass", "Amara Kelvin-Osei", "Amara Kelvin-Osei", "Kelvo, Manitoba",
         "by e-mail")]
    assert d.items[1].span.of(d.text).endswith("by e-mail")


@pytest.mark.parametrize("name,dates,datelines", [
    ("militant-2006-02-20-v70n7-years-ago.txt",
     [dt.date(1981, 2, 20), dt.date(1956, 2, 20), dt.date(1931, 2, 15)],
     [None, "MONTGOMERY, Alabama", None]),
    ("militant-2005-10-17-v69n40-years-ago.txt",
     [dt.date(1980, 10, 17), dt.date(1955, 10, 17), dt.date(1930, 10, 1)],
     ["DETROIT", None, None]),
    ("militant-2022-10-31-v86n42-years-ago.txt",
     [dt.date(1997, 11, 3), dt.date(1972, 11, 3), dt.date(1947, 11, 3)],
     ["SANTA CLARA, Cuba", None, None]),
    # an item's dateline that is a date in capitals, as the paper of the time printed it
    ("militant-2016-08-29-v80n32-years-ago-dated-datelines.txt",
     [dt.date(1991, 8, 30), dt.date(1966, 8, 29), dt.date(1941, 8, 30)],
     ["DULUTH, Minnesota", "AUG. 23", "AUG. 26"]),
])
def test_years_ago_items_each_with_its_own_date(name, dates, datelines):
    d = read(name)
    assert d.page_kind == "years-ago"
    assert [i.date_value for i in d.items] == dates
    assert [i.dateline.value if i.dateline else None for i in d.items] == datelines
    assert all(i.kind == "years-ago" for i in d.items)
    assert d.datelines == [i.dateline for i in d.items if i.dateline]
    assert len(d.paragraphs) >= 3


def test_in_brief_items_with_titles():
    d = read("militant-1999-10-04-v63n34-in-brief.txt")
    assert (d.masthead.volume, d.masthead.issue) == (63, "34")
    assert d.page_kind == "briefs" and d.headline.value == "In Brief"
    assert [(i.title.value, len(d.sections[i.section - 1].paragraphs)) for i in d.items] == [
        ("Dock workers strike in Chile", 2), ("Farmers protest in Quebec", 1)]


def test_column_with_introduction_and_signed_items():
    d = read("militant-2007-03-12-v71n10-on-the-picket-line.txt")
    assert d.page_kind == "briefs"
    assert d.sections[0].kind == "introduction"
    assert d.sections[0].paragraphs[0].span.of(d.text).startswith("This column is written")
    assert [(i.title.value, i.author.name, i.author.span.of(d.text)) for i in d.items] == [
        ("Bakery workers win contract", "Anna Kowalski", "ANNA KOWALSKI"),
        ("Nurses rally in Minnesota", "Derek Holm", "DEREK HOLM")]


def test_impossible_item_date_names_the_line():
    text = ("The Militant (logo)\n   Vol. 70/No. 7           February 20, 2006\n"
            "25, 50 and 75 years ago\nFebruary 30, 1981\nSome text of the item.\n")
    with pytest.raises(ReadError, match="item date February 30, 1981 is not a date") as e:
        parse_article(text, "page.txt")
    assert e.value.line == 4


# -- RDF ----------------------------------------------------------------------------------

PAGES = ["militant-2017-01-16-v81n3-letters.txt", "militant-2005-10-17-v69n40-years-ago.txt",
         "militant-2007-05-14-v71n19-may-day-reports.txt",
         "militant-2024-03-18-v88n11-grain-workers-contract.txt",
         "militant-2007-03-12-v71n10-on-the-picket-line.txt",
         "militant-2012-05-21-v76n20-farmers-march.txt",
         "militant-2010-06-14-v74n23-statement-on-deportations.txt",
         "militant-2001-11-05-v65n42-the-great-society.txt",
         "militant-2004-11-29-v68n44-letters.txt",
         "militant-2001-12-24-v65n49-militant-labor-forums.txt",
         "militant-2006-11-14-v70n44-fund-drive-reports.txt",
         "militant-2006-02-06-v70n5-fund-drive-spaced-stars.txt",
         "militant-2001-07-16-v65n27-forums-abroad.txt",
         "militant-2022-05-09-v86n18-may-day-reports.txt",
         "militant-2006-11-21-v70n45-fund-drive-titled-reports.txt",
         "militant-2005-01-17-v69n2-letters-affiliations.txt",
         "militant-2007-04-16-v71n15-books-of-the-month.txt",
         "militant-2024-10-21-v88n40-sales-team-reports.txt",
         "militant-1998-07-13-v62n27-cannery-vote-years-ago.txt",
         "militant-1999-11-22-v63n41-fund-meetings-dateline.txt",
         "militant-2001-01-15-v65n2-miners-notebook.txt",
         "militant-1996-05-13-v60n18-letters.txt",
         "militant-2016-08-29-v80n32-years-ago-dated-datelines.txt",
         # not pages of items: photos whose credit is glued to the caption (RDF: ImageObject)
         "militant-2024-10-21-v88n39-caption-printed-again.txt",
         "militant-2024-11-04-v88n42-caption-glued-to-credit.txt"]


@pytest.fixture(scope="module")
def built():
    minter = Minter.from_config()
    return {name: process(SHAPES / name, minter) for name in PAGES}


@pytest.mark.slow
@pytest.mark.parametrize("name", PAGES)
def test_pages_validate(built, name):
    _, rdf = built[name]
    violations, _warnings = validate_article(rdf)
    assert violations == []


@pytest.mark.slow
def test_letters_items_as_articles_of_the_page(built):
    doc, rdf = built["militant-2017-01-16-v81n3-letters.txt"]
    g, page = rdf.article, rdf.article_iri
    parts = sorted(g.objects(page, SCHEMA.hasPart))
    assert len(parts) == 3
    first = URIRef(f"{page}/item/1")
    assert (first, RDF.type, KG.PageItem) in g and (first, RDF.type, SCHEMA.Article) in g
    assert (first, SCHEMA.isPartOf, page) in g
    assert g.value(first, SCHEMA.headline) == Literal("Reading in the break room", lang="en")
    author = g.value(first, SCHEMA.author)
    assert (author, RDF.type, SCHEMA.Person) in rdf.shared
    place = g.value(first, SCHEMA.locationCreated)
    assert any(rdf.shared.triples((place, RDF.type, None)))
    assert (page, SCHEMA.articleSection, Literal("Letters", lang="en")) in g
    # the anonymous signer is a signature, not a person
    second = URIRef(f"{page}/item/2")
    assert g.value(second, SCHEMA.author) is None
    assert g.value(second, SCHEMA.creditText) == Literal("A prisoner")
    third = URIRef(f"{page}/item/3")
    comment = g.value(third, SCHEMA.comment)
    assert (comment, RDF.type, SCHEMA.Comment) in g
    assert (third, PO.contains, None) in g


@pytest.mark.slow
def test_signed_reports_have_their_writers_and_datelines(built):
    _, rdf = built["militant-2006-11-14-v70n44-fund-drive-reports.txt"]
    g, page = rdf.article, rdf.article_iri
    assert len(list(g.objects(page, SCHEMA.hasPart))) == 3
    # the page itself is unsigned: it speaks for the paper, the writers are its reports'
    assert [(a, RDF.type, SCHEMA.Person) in rdf.shared
            for a in g.objects(page, SCHEMA.author)] == [False]
    third = URIRef(f"{page}/item/3")
    assert g.value(third, SCHEMA.dateline) == Literal("SYDNEY, Australia")
    authors = list(g.objects(third, SCHEMA.author))
    assert len(authors) == 2
    assert all((a, RDF.type, SCHEMA.Person) in rdf.shared for a in authors)


@pytest.mark.slow
def test_years_ago_items_dated(built):
    doc, rdf = built["militant-2005-10-17-v69n40-years-ago.txt"]
    g, page = rdf.article, rdf.article_iri
    dates = sorted(str(g.value(i, SCHEMA.dateCreated)) for i in g.objects(page, SCHEMA.hasPart))
    assert dates == ["1930-10-01", "1955-10-17", "1980-10-17"]
    first = URIRef(f"{page}/item/1")
    assert str(g.value(first, SCHEMA.dateCreated).datatype) == "http://www.w3.org/2001/XMLSchema#date"
    assert g.value(first, SCHEMA.dateline) == Literal("DETROIT")


@pytest.mark.slow
def test_page_names_are_not_entities(built):
    for name in ("militant-2005-10-17-v69n40-years-ago.txt",
                 "militant-2007-03-12-v71n10-on-the-picket-line.txt"):
        doc, _ = built[name]
        for m in doc.annotations.mentions:
            assert not doc.headline.span.contains(m.span)


@pytest.mark.slow
def test_photo_kicker_and_comment(built):
    _, rdf = built["militant-2012-05-21-v76n20-farmers-march.txt"]
    g, page = rdf.article, rdf.article_iri
    assert g.value(page, KG.kicker) == Literal("Farm crisis in the Midwest", lang="en")
    photo = g.value(page, SCHEMA.image)
    assert g.value(photo, SCHEMA.creditText) == Literal("Militant/Karen Dolan")
    assert str(g.value(photo, SCHEMA.caption)).startswith("Farmers and their supporters")
    _, rdf = built["militant-2010-06-14-v74n23-statement-on-deportations.txt"]
    comment = rdf.article.value(rdf.article_iri, SCHEMA.comment)
    assert str(rdf.article.value(comment, SCHEMA.text)).startswith("Editor’s note:")


def test_todays_site_letters_page_opening_with_its_date_organisation_signer():
    d = read("militant-2018-02-19-v82n7-letters.txt")
    assert (d.masthead.volume, d.masthead.issue) == (82, "7")
    assert d.headline.value == "Letters" and d.page_kind == "letters"
    assert items(d) == [
        ("letter", "Paper read in Nepal", None, "Kathmandu Workers’ Education Committee", None,
         None),
        ("letter", "Truth about the subway", "Lena Morris", "Lena Morris", "Yonkers, New York",
         None),
        ("letter", "Thanks from inside", None, "A prisoner", None, None)]


def test_todays_site_letter_with_a_town_line_and_no_signer():
    """Today's site: a letter's text, one blank line, its town alone, one blank line, the next
    letter's title: the town is the letter's place (no signer), and the next letter is read."""
    text = ("Letters\n\nMarch 7, 2022\n\nFarm costs climb\n\n"
            "Fuel is up a dollar a gallon since the fall and seed prices have doubled.\n\n"
            "Ames, Iowa\n\nRail crews\n\n"
            "The railroads want one-person crews. Our local voted to fight it.\n"
            "Ana Ruiz\nGalesburg, Illinois\n")
    d = parse_article(text, "militant-2022-03-07-v86n9-letters.txt")
    assert d.page_kind == "letters"
    assert items(d) == [
        ("letter", "Farm costs climb", None, None, "Ames, Iowa", None),
        ("letter", "Rail crews", "Ana Ruiz", "Ana Ruiz", "Galesburg, Illinois", None)]
    prose = " ".join(p.span.of(d.text) for p in d.paragraphs)
    assert "Ames, Iowa" not in prose


def test_a_title_with_a_comma_over_its_letter_stays_the_title():
    text = ("Letters\n\nMarch 7, 2022\n\nFarm costs climb\n\n"
            "Fuel is up a dollar a gallon since the fall and seed prices have doubled.\n"
            "Ruth Ames\nAmes, Iowa\n\nCuba, Venezuela\n\n"
            "Thanks for your coverage of the blockade. It tells the truth.\n"
            "Ana Ruiz\nGalesburg, Illinois\n")
    d = parse_article(text, "militant-2022-03-07-v86n9-letters.txt")
    assert [i[1] for i in items(d)] == ["Farm costs climb", "Cuba, Venezuela"]


def test_reports_first_report_bylined_under_an_unsigned_introduction():
    """2003 print: an introduction, then the first report's byline and dateline with no *****
    above them (the separators stand between reports only): the first report is an item."""
    text = ("The Militant (logo)\n   Vol. 67/No. 10           March 31, 2003\n\n\n"
            "Workers protest war\n(front page)\n\n"
            "Printed below are accounts from several of last week's actions against the war.\n\n"
            "BY NORA VEGA\nDENVER--Some 2,000 people marched downtown March 20.\n\n"
            "Rail workers carried a union banner.\n*****\n"
            "BY SAM PRICE\nTOLEDO, Ohio--About 300 people rallied at the federal building.\n"
            "*****\nBY ALMA REYES\nYAKIMA, Washington--Farmworkers marched through town.\n")
    d = parse_article(text)
    assert d.page_kind == "reports" and d.bylines == []
    assert [([a.name for a in i.authors], i.dateline.value) for i in d.items] == [
        (["Nora Vega"], "DENVER"), (["Sam Price"], "TOLEDO, Ohio"),
        (["Alma Reyes"], "YAKIMA, Washington")]
    assert d.sections[0].kind == "introduction"
    assert d.sections[0].paragraphs[0].span.of(d.text).startswith("Printed below")


def test_reports_two_bylined_reports_one_separator_under_an_introduction():
    """2015 print: a lead article of two reports, the editor's introduction, the first report's
    byline and dateline, one ***** and the second report: a page of two reports, their writers
    and datelines the items', the page with no byline or dateline of its own."""
    text = ("The Militant (logo)\n\nVol. 79/No. 9      March 16, 2015\n\n(lead article)\n"
            "Dockers in Kelvo strike,\nbakers in Dorrow win contract\n\n"
            "The two reports below were filed by our correspondents in the valley towns.\n\n"
            "BY NORA VEGA  \nKELVO — Some 400 dockers walked off the job March 3.\n\n"
            "The port authority hired replacements the next day.\n\n*****\n\n"
            "BY SAM PRICE  \nDORROW — Bakers at the Dorrow Bread Company voted to accept a "
            "contract.\n\nThe vote was 212 to 40.\n")
    d = parse_article(text)
    assert d.page_kind == "reports" and d.bylines == [] and d.dateline is None
    assert [([a.name for a in i.authors], i.dateline.value) for i in d.items] == [
        (["Nora Vega"], "KELVO"), (["Sam Price"], "DORROW")]
    assert d.sections[0].kind == "introduction"
    assert d.sections[0].paragraphs[0].span.of(d.text).startswith("The two reports below")


def test_a_bylined_report_with_one_sidebar_is_no_page_of_reports():
    """A news report under its own byline and one bylined part after a *****: the first byline
    opens the page's lines (no introduction above it), so the page keeps its byline."""
    text = ("The Militant (logo)\n\nVol. 79/No. 9      March 16, 2015\n\n"
            "Dockers in Kelvo strike\n\n"
            "BY NORA VEGA  \nKELVO — Some 400 dockers walked off the job March 3.\n\n"
            "The port authority hired replacements the next day.\n\n*****\n\n"
            "BY SAM PRICE  \nDORROW — Bakers at the Dorrow Bread Company voted to accept a "
            "contract.\n\nThe vote was 212 to 40.\n")
    d = parse_article(text)
    assert d.page_kind != "reports"
    assert [a.name for a in d.bylines][:1] == ["Nora Vega"]


def test_todays_site_years_ago_issue_date_then_items():
    d = read("militant-2025-04-14-v89n15-years-ago.txt")
    assert (d.masthead.volume, d.masthead.issue, d.masthead.date) == (
        89, "15", dt.date(2025, 4, 14))
    assert [i.date_value for i in d.items] == [
        dt.date(2000, 4, 10), dt.date(1975, 4, 11), dt.date(1950, 4, 10)]
    assert d.items[0].dateline.value == "TUCSON, Ariz."


def test_reports_set_off_by_separators_each_with_byline_and_dateline():
    d = read("militant-2007-05-14-v71n19-may-day-reports.txt")
    assert d.page_kind == "reports" and d.kicker.value == "lead article"
    assert d.bylines == []  # the reports' writers are the items' authors, not the page's
    assert d.sections[0].kind == "introduction"
    assert [([a.name for a in i.authors], i.dateline.value, i.title and i.title.value)
            for i in d.items] == [
        (["Nora Vega"], "CHICAGO", None),
        (["Sam Price", "Lin Chao"], "LOS ANGELES", None),
        (["Alma Reyes"], "YAKIMA, Washington", "Farmworkers march in Yakima")]
    text = " ".join(p.span.of(d.text) for p in d.paragraphs)
    assert "BY NORA VEGA" not in text and "*****" not in text


def test_column_items_with_datelines_and_sign_offs_in_name_case():
    d = read("militant-2015-04-20-v79n15-on-the-picket-line.txt")
    assert [(i.title.value, i.dateline.value, i.author.name, i.author.span.of(d.text))
            for i in d.items] == [
        ("Warehouse workers walk out over heat", "RIVERSIDE, California", "Carla Benson",
         "Carla Benson"),
        ("Hotel workers win first contract", "PROVIDENCE, Rhode Island", "Dave Kerr",
         "Dave Kerr")]


def test_items_page_with_only_a_photo_has_no_items():
    text = ("The Militant (logo)\n   Vol. 70/No. 7           February 20, 2006\n"
            "25, 50 and 75 years ago\n\nMilitant/Ana Ruiz\n")
    with pytest.raises(ReadError, match="the page has no items"):
        parse_article(text, "page.txt")


def test_letters_bracketed_editors_answer_and_standing_note():
    d = read("militant-2004-11-29-v68n44-letters.txt")
    assert items(d) == [
        ("letter", "Miners at the union hall", "Harold Wilkes", "Harold Wilkes", "Price, Utah", None),
        ("letter", "Too much on the elections?", "Jean Moreau", "Jean Moreau", "Montreal, Quebec",
         None),
        ("letter", "Prices at the store", "Luis Carranza", "Luis Carranza", None, "By e-mail")]
    reply = d.items[1].reply.of(d.text)
    assert reply.startswith("[Our coverage") and reply.endswith("—Editor]")
    assert d.editor_notes == [d.items[1].reply]
    # the column's standing note is the page's, neither a letter nor part of the last one
    note = [s for s in d.sections if s.kind == "page-note"]
    assert len(note) == 1 and note[0].span.of(d.text).startswith("The letters column is")
    assert "letters column" not in d.items[2].span.of(d.text)


def test_listing_of_events_each_event_an_item_with_title_day_and_city():
    d = read("militant-2001-12-24-v65n49-militant-labor-forums.txt")
    assert d.page_kind == "events" and d.headline.value == "Militant Labor Forums"
    assert [(i.kind, i.title.value, i.date.value, i.place.value) for i in d.items] == [
        ("event", "Why Working People Need a Labor Party.", "2001-12-21", "Atlanta"),
        ("event", "The Steel Crisis and the Fight for Jobs.", "2001-12-29", "Cleveland"),
        # a December issue's January event is next year's; a second event in the same city
        ("event", "Celebrate the New Year: Dinner and Program.", "2002-01-01", "Cleveland"),
        ("event", "Cuba Defends Its Revolution", "2001-12-28", "Seattle")]
    assert d.items[2].date.span.of(d.text) == "Mon. Jan. 1"
    second = d.items[1].span.of(d.text)  # the text: speakers, day; not the next event's title
    assert "Speaker: Dale Novak" in second and "Celebrate" not in second
    assert d.items[2].span.of(d.text).endswith("Tel: (216) 555-0147.")
    # state and city lines are neither items' text nor an introduction
    assert not any("GEORGIA" in p.span.of(d.text) or p.span.of(d.text) == "Seattle"
                   for p in d.paragraphs)
    assert [s.kind for s in d.sections] == ["item"] * 4


@pytest.mark.parametrize(("month", "day", "issue", "expected"), [
    ("Dec", "21", dt.date(2001, 12, 24), dt.date(2001, 12, 21)),
    ("Jan", "4", dt.date(2001, 12, 24), dt.date(2002, 1, 4)),
    ("Dec", "30", dt.date(2002, 1, 7), dt.date(2001, 12, 30)),
    ("Feb", "29", dt.date(2001, 2, 19), dt.date(2000, 2, 29)),  # only a leap year has it
    ("Sept", "3", dt.date(2011, 9, 12), dt.date(2011, 9, 3))])
def test_an_event_day_takes_the_year_nearest_the_issue(month, day, issue, expected):
    from kg.reader.patterns import event_date
    assert event_date(month, day, issue) == expected


def test_listing_with_an_impossible_event_day_names_the_line():
    text = ("The Militant (logo)\n   Vol.65/No.49            December 24, 2001\n"
            "Militant Labor Forums\n\nOHIO\nCleveland\nA forum.\nFri., Dec. 41, 7:30 p.m.\n")
    with pytest.raises(ReadError, match=r"event day Fri\., Dec\. 41 is not a date") as e:
        parse_article(text)
    assert e.value.line == 8


@pytest.mark.slow
def test_listed_events_as_schema_events(built):
    _, rdf = built["militant-2001-12-24-v65n49-militant-labor-forums.txt"]
    g, page = rdf.article, rdf.article_iri
    first = URIRef(f"{page}/item/1")
    event = g.value(first, SCHEMA.about)
    assert (event, RDF.type, SCHEMA.Event) in g
    day = g.value(event, SCHEMA.startDate)
    assert str(day) == "2001-12-21" and str(day.datatype) == "http://www.w3.org/2001/XMLSchema#date"
    assert g.value(event, SCHEMA.name) == Literal("Why Working People Need a Labor Party.", lang="en")
    city = g.value(event, SCHEMA.location)
    assert city is not None and any(
        (city, SCHEMA.name, None) in graph for graph in (g, rdf.shared))
    # the listing was not written on the event's day nor in its city
    assert g.value(first, SCHEMA.dateCreated) is None
    assert g.value(first, SCHEMA.locationCreated) is None


def test_todays_site_copy_with_the_date_under_the_volume_line():
    """Some copies of today's site print "Vol. 84/No. 10" with the issue's date on the next
    line: both are the masthead, never the page's deck."""
    d = read("militant-2020-03-16-v84n10-25-50-75-years-ago.txt")
    assert (d.masthead.volume, d.masthead.issue, d.masthead.date) == (84, "10", dt.date(2020, 3, 16))
    assert d.masthead.span.of(d.text) == "Vol. 84/No. 10\nMarch 16, 2020"
    assert d.headline.value == "25, 50 and 75 Years Ago" and d.deck is None
    assert [(i.date.value, i.dateline and i.dateline.value) for i in d.items] == [
        ("1995-03-20", "DECATUR, Illinois"), ("1970-03-20", None), ("1945-03-17", None)]


def test_letters_signed_with_a_state_or_country_alone():
    d = read("militant-2003-04-14-v67n14-letters.txt")
    assert items(d) == [
        ("letter", "In memory of a fighter", "Walter Brandt", "Walter Brandt", "New Jersey", None),
        ("letter", "Meeting on the war", "Irene Dubois", "Irene Dubois", "Tampa, Florida", None),
        ("letter", "Coverage from abroad", "Callum Reid", "Callum Reid", "Scotland", None)]
    assert d.items[2].reply.of(d.text).startswith("[Editor’s note: More reports")


def test_todays_site_letter_signed_with_a_region_right_over_the_next_title():
    """Today's site sets no blank line between letters: a signer ("A prisoner") and a state alone
    under it, then the next letter's title over its text, are a signature with its place, and
    the next letter is a letter of its own (set CG's letters page ran two letters into one)."""
    text = ("Letters\nApril 8, 2024\nRent strike holds\nOur building on Halvern Street has paid no "
            "rent since January, and the landlord has not fixed the boiler once.\nMarisol Ketteridge\n"
            "Dayton, Ohio\nBooks held back\nThe mail room sent my last three issues back to the "
            "publisher without a word.\nA prisoner\nNevada\nThe fight over the docks\nDockworkers in "
            "our town voted down the offer by a wide margin last week.\nTeodor Valsky\n"
            "Duluth, Minnesota\n")
    d = parse_article(text, "militant-2024-04-08-v88n14-letters.txt")
    assert items(d) == [
        ("letter", "Rent strike holds", "Marisol Ketteridge", "Marisol Ketteridge", "Dayton, Ohio", None),
        ("letter", "Books held back", None, "A prisoner", "Nevada", None),
        ("letter", "The fight over the docks", "Teodor Valsky", "Teodor Valsky", "Duluth, Minnesota",
         None)]


@pytest.mark.parametrize("region", ["Local 1010", "United Steelworkers Union", "the union hall",
                                    "Letters"])
def test_a_line_under_a_name_that_is_no_region_makes_no_signature(region):
    text = ("The Militant (logo)\n   Vol. 67/No. 14           April 14, 2003\n\n\nLetters\n\n"
            "A title\nThe letter's only sentence.\n\nWalter Brandt\n" + region + "\n\n"
            "Second title\nAnother letter.\n\nIrene Dubois\nTampa, Florida\n")
    d = parse_article(text)
    assert [i.place and i.place.value for i in d.items] == ["Tampa, Florida"]


def test_letters_standing_note_in_words_of_its_own():
    """The note after the last letter need not open with a known phrase: short, untitled,
    unsigned text that speaks of letters is the page's note."""
    d = read("militant-2002-09-16-v66n35-letters.txt")
    assert [(i.title.value, i.author.name, i.place.value) for i in d.items] == [
        ("Strike at the mill", "Frank Olsen", "Duluth, Minnesota"),
        ("A question on Cuba", "Grace Whitman", "Eugene, Oregon")]
    [note] = [s for s in d.sections if s.kind == "page-note"]
    assert note.span.of(d.text).startswith("We print letters from readers")


_SITE_LETTERS = ("Letters\n\nVol. 87/No. 30 - August 7, 2023\n\nBakery line speed\n"
                 "Our bosses at the bakery sped up the wrapping line twice this spring.\n"
                 "Olga Brennan\nDuluth, Minnesota\n\nMine safety\n"
                 "The inspectors came once in two years to our pit.\nTomas Feld\nButte, Montana\n\n")


@pytest.mark.parametrize("note", [
    "Readers’ views are welcome here. Keep it short: we trim long ones. Say if you want only "
    "your initials printed.",
    "Notes from readers are abridged where needed.",
])
def test_letters_standing_note_with_no_word_letters(note):
    """A column's note can speak of readers, initials or abridging and never say "letters"
    (kg/data/reader/signatures.txt `note-word`): still the page's note, not an unsigned letter."""
    d = parse_article(_SITE_LETTERS + note + "\n")
    assert [(i.title.value, i.author.name) for i in d.items] == [
        ("Bakery line speed", "Olga Brennan"), ("Mine safety", "Tomas Feld")]
    [sec] = [s for s in d.sections if s.kind == "page-note"]
    assert sec.span.of(d.text) == note


def test_a_short_unsigned_text_after_the_letters_with_no_note_word_stays_a_letter():
    d = parse_article(_SITE_LETTERS + "Our union hall in Kelvo is open to all on Sundays.\n")
    assert len(d.items) == 3 and not [s for s in d.sections if s.kind == "page-note"]


def test_todays_site_letter_with_only_its_town_right_under_the_text():
    """A letter whose writer gives only the town, printed right under the last sentence: the
    town and its state are the letter's place, no signer (not a person named "Kelvo Falls")."""
    d = parse_article(
        "Letters\n\nVol. 82/No. 43 - November 5, 2018\n\nBakers need a union\n\n"
        "The bosses at our bakery cut the night shift again.\nDana Ode\nKelvoville, Ohio\n\n"
        "Art and the working class\n\nThe pieces on art have been my favorites this fall.\n"
        "Kelvo Falls, Oregon\n\nMiners speak out\n\nOur local voted to back the strike.\n"
        "Ana Ruiz, UFCW Local 7\n\nA paper that makes sense\n\nI read every issue twice.\n"
        "Tom Lee\nDorrow, Iowa\n")
    assert items(d) == [
        ("letter", "Bakers need a union", "Dana Ode", "Dana Ode", "Kelvoville, Ohio", None),
        ("letter", "Art and the working class", None, None, "Kelvo Falls, Oregon", None),
        ("letter", "Miners speak out", "Ana Ruiz", "Ana Ruiz, UFCW Local 7", None, None),
        ("letter", "A paper that makes sense", "Tom Lee", "Tom Lee", "Dorrow, Iowa", None)]


def test_column_items_signed_by_several_writers():
    """"—Ana Ruiz and Tom Lee", "—A, B AND C": each writer an author of the item with its own
    span, the sign-off as printed its signature; never a paragraph of the item."""
    d = read("militant-2013-06-03-v77n21-on-the-picket-line.txt")
    assert [[(p.name, p.span.of(d.text)) for p in i.authors] for i in d.items] == [
        [("Tomás Herrera", "Tomás Herrera"), ("Linda Park", "Linda Park")],
        [("Kevin Brady", "KEVIN BRADY"), ("Ana Soto", "ANA SOTO"), ("John Reyes", "JOHN REYES")],
        [("Grace Okafor", "Grace Okafor")]]
    assert [i.signature.value for i in d.items] == [
        "Tomás Herrera and Linda Park", "KEVIN BRADY, ANA SOTO AND JOHN REYES", "Grace Okafor"]
    assert [i.dateline.value for i in d.items] == ["SALINAS, Calif.", "DAYTON, Ohio", "MINNEAPOLIS"]
    text = " ".join(p.span.of(d.text) for p in d.paragraphs)
    assert "Linda Park" not in text and "JOHN REYES" not in text


@pytest.mark.parametrize("line,names", [
    ("— Luisa de la Vega", ["Luisa de la Vega"]),
    ("—Tomás del Río and Ana Ruiz", ["Tomás del Río", "Ana Ruiz"]),
    ("—Ana Ruiz, Jo Park and Piet van der Berg", ["Ana Ruiz", "Jo Park", "Piet van der Berg"]),
])
def test_column_item_signed_with_a_small_particle_in_the_name(line, names):
    """"— Luisa de la Vega": small particles (de, la, del, van, der…) may stand inside a
    sign-off's name, as in bylines; each writer keeps the name as printed, with its span."""
    text = ("On the Picket Line\nOctober 22, 2018\n\n"
            "Nurses in Kelvo vote to authorize strike\n\n"
            "KELVO, Ohio — Nurses at Kelvo General Hospital voted 94 percent Oct. 9 to authorize a "
            "strike over staffing.\n"
            f"{line}\n\n"
            "Bus drivers in Leeds rally for pay\n\n"
            "LEEDS, England — Bus drivers rallied outside the depot Oct. 11.\n"
            "—Tom Lee\n")
    d = parse_article(text, "militant-2018-10-22-v82n39-on-the-picket-line.txt")
    assert [[(p.name, p.span.of(d.text)) for p in i.authors] for i in d.items] == [
        [(n, n) for n in names], [("Tom Lee", "Tom Lee")]]
    assert all(line.lstrip("— ") not in p.span.of(d.text) for p in d.paragraphs)


@pytest.mark.parametrize("dash", ["--", "—"])
def test_column_item_signed_over_the_rule_to_the_next_item(dash):
    """"—Ana Ruiz" / (blank) / "*****" / (blank) / the next title: the rule between two items is
    neither's text, and the sign-off over it is the item's writer (print, 2003 and 2012)."""
    text = ("The Militant (logo)  \nVol.67/No.36           October 13, 2003 \n \n \n"
            "On the Picket Line \n \n"
            "Bakers in Kelvo hold the line \n"
            f"KELVO, Ohio{dash}Seven weeks into their strike, 300 bakers still walk the line. \n"
            "The company wants to end overtime pay. \n"
            f"{dash}Tomas Brindle \n \n***** \n \n"
            "Drivers in Dorrow rally \n"
            f"DORROW, Iowa{dash}Bus drivers rallied at the depot September 20. \n"
            f"{dash}Marta Kelvin and Jo Park \n")
    d = parse_article(text, "militant-2003-10-13-v67n36-on-the-picket-line.txt")
    assert [[p.name for p in i.authors] for i in d.items] == [
        ["Tomas Brindle"], ["Marta Kelvin", "Jo Park"]]
    assert not any("*****" in p.span.of(d.text) or "Brindle" in p.span.of(d.text)
                   for p in d.paragraphs)


@pytest.mark.parametrize("line", ["—Luisa de la", "— de la Vega", "—Luisa de la vega"])
def test_a_sign_off_name_never_ends_on_a_particle_or_opens_with_one(line):
    from kg.reader.patterns import SIGNOFF_RE
    assert SIGNOFF_RE.match(line) is None


def test_signed_statement_by_two_writers_names_both():
    text = ("The Militant (logo)\n   Vol. 70/No. 7           February 20, 2006\n\n"
            "Free the jailed strikers!\n\n"
            "The arrest of six strikers at the mill gate is an attack on every union in the "
            "valley, and all who stand with working people should demand their release.\n"
            "—Ana Ruiz and Tom Lee\n")
    d = parse_article(text, "page.txt")
    assert [(a.name, a.span.of(d.text)) for a in d.authors] == [("Ana Ruiz", "Ana Ruiz"),
                                                                ("Tom Lee", "Tom Lee")]
    assert d.signoff.name == "Ana Ruiz" and [p.name for p in d.co_signers] == ["Tom Lee"]
    assert len(d.paragraphs) == 1


@pytest.mark.parametrize("line", ["—Mary Anderson", "—MARY ANDERSON"])
def test_a_name_holding_and_is_one_writer(line):
    text = ("The Militant (logo)\n   Vol. 70/No. 7           February 20, 2006\n\n"
            "Free the jailed strikers!\n\n"
            "The arrest of six strikers at the mill gate is an attack on every union in the "
            "valley, and all who stand with working people should demand their release.\n"
            f"{line}\n")
    assert [a.name for a in parse_article(text, "page.txt").authors] == ["Mary Anderson"]


def test_print_letters_page_with_no_heading_is_named_not_titled_by_its_first_letter():
    """2001 print: the volume line, then the first letter's title. The page prints no heading:
    its name "Letters" has an empty span (no title is printed), and the first letter keeps its
    title; straight quotes, "by e-mail" in lower case, "A prisoner" over a state alone."""
    d = read("militant-2001-06-18-v65n23-letters.txt")
    assert d.page_kind == "letters"
    assert d.headline.value == "Letters" and len(d.headline.span) == 0
    assert items(d) == [
        ("letter", "Teachers' walkout in Ohio", "Marcia Dunlap", "Marcia Dunlap",
         "Westerville, Ohio", None),
        ("letter", "Sugar harvest in Louisiana", "Henry Boudreaux", "Henry Boudreaux", None,
         "by e-mail"),
        ("letter", "A reader inside", None, "A prisoner", "Oklahoma", None)]
    assert d.sections[-1].kind == "page-note"


LETTERS_1996 = "militant-1996-05-13-v60n18-letters.txt"


def test_1996_letters_page_signer_and_town_each_set_off_by_blank_lines():
    """1996 print: no "Letters" line; each letter a title directly over its text, then the
    signer and the town each set off by a blank line; a withheld name (two blank lines over
    the town), two people signing together, "A prisoner", an organisation; a standing note."""
    d = read(LETTERS_1996)
    assert d.page_kind == "letters"
    assert d.headline.value == "Letters" and len(d.headline.span) == 0  # named, not printed
    assert items(d) == [
        ("letter", "Bus drivers in Toledo", "Karen Oduya", "Karen Oduya", "Toledo, Ohio", None),
        ("letter", "Grain prices and our farm", None, None, "Ames, Iowa", None),
        ("letter", "Support for the miners", "Luis Aranda", "Luis Aranda and Teresa Moll",
         "Gary, Indiana", None),
        ("letter", "Books behind bars", None, "A prisoner", "Florence, Arizona", None),
        ("letter", "Solidarity with the nurses", None, "Northside Nurses Support Committee",
         "Chicago, Illinois", None)]
    # two signers: two people, each at the words of their name
    both = d.items[2].authors
    assert [(p.name, p.span.of(d.text)) for p in both] == [
        ("Luis Aranda", "Luis Aranda"), ("Teresa Moll", "Teresa Moll")]
    # the letters' text only: titles, signers and towns are fields; the standing note is the page's
    assert [len(d.sections[i.section - 1].paragraphs) for i in d.items] == [2, 2, 1, 1, 1]
    assert d.sections[-1].kind == "page-note"
    prose = " ".join(p.span.of(d.text) for p in d.paragraphs)
    assert "Ames, Iowa" not in prose and "Karen Oduya" not in prose


def _spaced_page(title_over_text: bool) -> str:
    gap = "\n" if title_over_text else "\n\n"
    return ("The Militant(logo) \n    Vol.60/No.18           May 13, 1996 \n\n"
            f"Bus drivers in Toledo{gap}The transit board wants a pay freeze for three years.\n\n"
            "Karen Oduya\n\nToledo, Ohio\n\n"
            f"Grain prices and our farm{gap}The grain traders made more on our corn than we did.\n\n"
            "Ruth Ames\n\nAmes, Iowa\n")


def test_signers_set_off_by_blank_lines_make_a_letters_page_only_with_titled_letters():
    # titles directly over their text: letters
    assert parse_article(_spaced_page(True)).page_kind == "letters"
    # the same names and towns set off, no title over running text: an ordinary page
    d = parse_article(_spaced_page(False))
    assert d.page_kind is None and d.items == []
    assert d.headline.value == "Bus drivers in Toledo"


def test_an_article_closing_on_a_name_and_a_town_set_off_is_no_letters_page():
    text = ("The Militant(logo) \n    Vol.60/No.18           May 13, 1996 \n\n"
            "Bus drivers vote to strike\n"
            "Bus drivers in Toledo voted by a wide margin to strike if the transit board "
            "imposes its pay freeze.\n\n"
            "The union said it would picket the board's meeting on Monday.\n\n"
            "Karen Oduya\n\nToledo, Ohio\n")
    d = parse_article(text)
    assert d.page_kind is None and d.items == []
    assert d.headline.value == "Bus drivers vote to strike"


@pytest.mark.slow
def test_1996_letters_in_rdf_a_withheld_signer_and_two_signers(built):
    doc, rdf = built[LETTERS_1996]
    g, page = rdf.article, rdf.article_iri
    withheld, both = URIRef(f"{page}/item/2"), URIRef(f"{page}/item/3")
    assert g.value(withheld, SCHEMA.author) is None and g.value(withheld, SCHEMA.creditText) is None
    assert g.value(withheld, SCHEMA.locationCreated) is not None
    names = {str(rdf.shared.value(a, SCHEMA.name)) for a in g.objects(both, SCHEMA.author)}
    assert names == {"Luis Aranda", "Teresa Moll"}


def test_reports_set_off_by_separators_each_with_dateline_and_sign_off():
    # a fund (or subscription) drive's page: an introduction, then reports with no byline, each
    # opening with its dateline and closed by its writer's sign-off
    d = read("militant-2006-11-14-v70n44-fund-drive-reports.txt")
    assert d.page_kind == "reports"
    assert d.bylines == [] and d.dateline is None and d.signoff is None
    assert d.headline.value == "Fund drive goes over the top in last week of campaign"
    assert [s.kind for s in d.sections] == ["introduction", "item", "item", "item"]
    assert [([a.name for a in i.authors], i.dateline.value, i.title and i.title.value,
             i.signature.value) for i in d.items] == [
        (["Karen Holt"], "SEATTLE", None, "Karen Holt"),
        (["Pierre Lavoie"], "TORONTO", None, "Pierre Lavoie"),
        (["Ruth Gale", "Tom Burke"], "SYDNEY, Australia", "Young socialists hold a car wash",
         "Ruth Gale and Tom Burke")]
    assert [len(d.sections[i.section - 1].paragraphs) for i in d.items] == [1, 2, 1]
    assert [a.span.of(d.text) for i in d.items for a in i.authors] == [
        "Karen Holt", "Pierre Lavoie", "Ruth Gale", "Tom Burke"]
    text = " ".join(p.span.of(d.text) for p in d.paragraphs)
    assert "—Karen Holt" not in text and "*****" not in text


def test_separated_parts_with_datelines_but_no_sign_off_are_no_reports():
    text = ("The Militant (logo)\n   Vol. 70/No. 44           November 14, 2006\n\n"
            "Fund drive goes over the top\n\nSupporters raised the last of the fund this week.\n\n"
            "*****\n\nSEATTLE—Eleven workers came to a dinner here and gave $640 to the fund.\n\n"
            "*****\n\nTORONTO—A forum on the docks raised $1,150 for the fund this week.\n")
    d = parse_article(text)
    assert d.page_kind is None and d.items == []


# -- shapes across the eras (branch rdr5) ----------------------------------------------------

def test_reports_set_off_by_spaced_stars():
    # "* * *" between the parts, as "*****" elsewhere: each part a report with its writer
    d = read("militant-2006-02-06-v70n5-fund-drive-spaced-stars.txt")
    assert d.page_kind == "reports" and d.headline.value == "Fund drive news"
    assert [(i.kind, i.title and i.title.value, i.dateline.value, [a.name for a in i.authors])
            for i in d.items] == [("report", None, "HOUSTON", ["Anna Berg"]),
                                  ("report", "Picnic in Atlanta", "ATLANTA", ["John Keane"])]
    assert d.bylines == [] and d.dateline is None
    assert [s.kind for s in d.sections] == ["introduction", "item", "item"]
    assert not any(p.span.of(d.text) == "* * *" for p in d.paragraphs)


@pytest.mark.parametrize("line,separator", [
    ("*****", True), ("***", True), ("* * *", True), ("* * * * *", True),
    ("**", False), ("* *", False), ("*  *  *", False), ("* Note", False)])
def test_separator_lines(line, separator):
    from kg.reader.patterns import SEPARATOR_RE
    assert bool(SEPARATOR_RE.match(line)) is separator


def test_listed_events_with_the_day_inside_the_title_line():
    # 2001 listings abroad: "Title. Fri., July 20, 7:00 p.m. Address. Donation." on one line
    d = read("militant-2001-07-16-v65n27-forums-abroad.txt")
    assert d.page_kind == "events"
    assert [(i.title.value, i.date.value, i.place.value) for i in d.items] == [
        ("Workers and the Fight for Land.", "2001-07-20", "Dunedin, New Zealand"),
        ("Workers and the Fight for Land.", "2001-07-22", "Perth, Australia"),
        ("A Working-Class Answer to Layoffs.", "2001-07-14", "Denver"),
        ("Why Workers Need Their Own Party.", "2001-07-20", "Denver")]
    first, second = d.items[0], d.items[1]
    assert first.title.span.of(d.text) == "Workers and the Fight for Land."
    assert first.date.span.of(d.text) == "Fri., July 20"
    assert second.date.span.of(d.text) == "Sun., July 22"
    # the line stays whole, the event's text; the next city is the next event's
    assert d.items[0].span.of(d.text).startswith("Workers and the Fight for Land. Fri., July 20")
    assert "Perth" not in d.items[0].span.of(d.text)
    assert d.items[1].span.of(d.text).endswith("Tel: (08) 5555-0102")


def test_lines_with_no_event_day_in_them():
    from kg.reader.items import _event_day
    assert _event_day("We met on Friday. Then we marched.") is None  # no month and day
    long_title = " ".join(["word"] * 20) + ". Fri., July 20, 7:00 p.m."
    assert _event_day(long_title) is None  # running text, not a title and its day


def test_event_day_after_the_speakers_keeps_the_title_above():
    text = ("The Militant (logo)\n   Vol.65/No.27            July 16, 2001\n"
            "Militant Labor Forums\n\nDenver\nA Working-Class Answer to Layoffs.\n"
            "Speaker: Lena Ortiz, Socialist Workers Party. Sat., July 14, 7:30 p.m.\n"
            "100 Main St. Donation: $5.\n")
    d = parse_article(text)
    assert [(i.title.value, i.date.value, i.place.value) for i in d.items] == [
        ("A Working-Class Answer to Layoffs.", "2001-07-14", "Denver")]


def test_whats_on_page_with_each_event_run_into_one_paragraph():
    # 2019-2020 print: "What's On" / "Militant Labor Forums" / STATE / City / "Title. Speaker:
    # NAME, …. Fri., Nov. 22, 7:30 p.m. Address. Tel: …" in one paragraph
    d = read("militant-2019-11-18-v83n44-whats-on.txt")
    assert d.page_kind == "events" and d.headline.value == "What's On" and d.deck is None
    assert [(i.title.value, i.date.value, i.place.value) for i in d.items] == [
        ("Why Glass Workers Walked Out: The Fight Against Forced Overtime.", "2019-11-22",
         "Toledo"),
        ("Hands Off Venezuela! What Washington's Sanctions Mean for Working People.",
         "2019-11-23", "Columbus"),
        ("Port Workers Say No to Casual Jobs.", "2019-11-29", "Auckland")]
    first = d.items[0]
    assert first.title.span.of(d.text) == first.title.value
    assert first.date.span.of(d.text) == "Fri., Nov. 22"
    # the paragraph stays whole, the event's text, speakers and address in it
    assert first.span.of(d.text).startswith("Why Glass Workers Walked Out")
    assert "Speaker: Rita Kowal" in first.span.of(d.text)
    assert "Columbus" not in first.span.of(d.text)
    assert d.sections[0].kind == "introduction"


def test_event_title_ends_where_the_speakers_begin():
    from kg.reader.items import _event_day, _event_lead
    line = ("Lessons of the Rail Strike: What Crews Won and What They Face Next. Speakers: "
            "Ana Ruiz, Socialist Workers Party; Tom Lee, rail worker. Sat., Feb. 15, 7 p.m.")
    m = _event_day(line)
    assert m is not None and m.group(0) == "Sat., Feb. 15"
    assert _event_lead(line[:m.start()]) == (
        "Lessons of the Rail Strike: What Crews Won and What They Face Next.")
    # running text with a "Speaker:" in it is still too long to be a title
    assert _event_day(" ".join(["word"] * 20) + ". Speaker: Ana Ruiz. Fri., July 20, 7 p.m."
                      ) is None


@pytest.mark.parametrize("lead,title", [
    # a sentence of running text after the title's "!": the event's text, not its title
    ("Free the Miners! Strikers from the Elk Valley pit speak out.", "Free the Miners!"),
    ("Why Strike? Nurses from the county hospital tell their story.", "Why Strike?"),
    ("Lessons of the Dock Strike. Workers from the port talk about what they won.",
     "Lessons of the Dock Strike."),
    # a subtitle in Title Case after "!" stays in the title
    ("Hands Off Cuba! What Washington's Embargo Means for Working People.",
     "Hands Off Cuba! What Washington's Embargo Means for Working People."),
    # an abbreviation's full stop inside the title
    ("Why Workers Need a Candidate for U.S. Congress.",
     "Why Workers Need a Candidate for U.S. Congress."),
    # a title with no sentence after it
    ("Why Working People Need a Labor Party.", "Why Working People Need a Labor Party."),
])
def test_event_title_ends_before_a_sentence_run_on(lead, title):
    from kg.reader.items import event_title
    assert event_title(lead) == title


def test_listing_event_title_with_a_sentence_run_on_after_it():
    text = ("The Militant (logo)\n   Vol.65/No.27            July 16, 2001\n"
            "Militant Labor Forums\n\nOHIO\nToledo\n"
            "Free the Miners! Strikers from the Elk Valley pit speak out. Speakers: Lena Ortiz, "
            "Socialist Workers Party. Sat., July 14, 7:30 p.m. 100 Main St. Donation: $5.\n")
    d = parse_article(text)
    assert [(i.title.value, i.date.value, i.place.value) for i in d.items] == [
        ("Free the Miners!", "2001-07-14", "Toledo")]
    item = d.items[0]
    assert item.title.span.of(d.text) == "Free the Miners!"
    # the sentence after the title stays in the event's text
    assert "Strikers from the Elk Valley pit speak out." in item.span.of(d.text)


def test_report_with_a_second_writer_on_the_bylines_next_line():
    d = read("militant-2007-05-21-v71n20-immigrant-rights-reports.txt")
    assert d.page_kind == "reports" and d.bylines == []
    assert [(i.title and i.title.value, i.dateline.value, [a.name for a in i.authors])
            for i in d.items] == [(None, "CHICAGO", ["Nora Vega", "Paul Kim"]),
                                  ("Farmworkers march in Yakima", "YAKIMA, Washington",
                                   ["Alma Reyes"])]
    assert [a.span.of(d.text) for a in d.items[0].authors] == ["NORA VEGA", "PAUL KIM"]
    assert not any("PAUL KIM" in p.span.of(d.text) for p in d.paragraphs)


def test_todays_site_reports_with_title_case_bylines():
    d = read("militant-2022-05-09-v86n18-may-day-reports.txt")
    assert d.page_kind == "reports" and d.bylines == [] and d.dateline is None
    assert [(i.title and i.title.value, i.dateline.value, [a.name for a in i.authors])
            for i in d.items] == [(None, "CHICAGO", ["Nora Vega", "Paul Kim"]),
                                  ("Farmworkers march in Yakima", "YAKIMA, Wash.",
                                   ["Alma Reyes"])]
    assert [s.kind for s in d.sections] == ["introduction", "item", "item"]


def test_reports_with_a_title_and_a_sign_off_and_no_dateline():
    d = read("militant-2006-11-21-v70n45-fund-drive-titled-reports.txt")
    assert d.page_kind == "reports" and d.signoff is None and d.bylines == []
    assert [(i.title.value, i.dateline, [a.name for a in i.authors], i.signature.value)
            for i in d.items] == [
        ("Dinner in Seattle", None, ["Karen Holt"], "Karen Holt"),
        ("Car wash in Sydney", None, ["Ruth Gale", "Tom Burke"], "Ruth Gale and Tom Burke")]
    assert [p.span.of(d.text)[:20] for p in d.paragraphs] == [
        "Supporters of the pa", "Eleven workers came ", "Members of the Commu"]


def test_by_any_means_after_stars_is_no_report_byline():
    # a title-case "By …" line opens a report only over the paragraph with the dateline
    text = ("The Militant (logo)\n   Vol. 71/No. 20           May 21, 2007\n\n\n"
            "Malcolm X speaks\n\nAn introduction to the talks.\n\n*****\n\n"
            "By Any Means Necessary\nThe first talk was given in 1964.\n\n*****\n\n"
            "By Any Means Necessary\nThe second talk was given in 1965.\n")
    d = parse_article(text)
    assert d.page_kind is None and d.items == []


def test_column_items_with_a_byline_under_each_title():
    # today's site: "Title" / "By Ana Ruiz" (a second writer perhaps) / "CITY — text"
    d = read("militant-2020-10-26-v84n40-picket-line-bylines.txt")
    assert d.page_kind == "briefs" and d.bylines == []
    assert [(i.title.value, i.dateline.value, [a.name for a in i.authors]) for i in d.items] == [
        ("Nurses in Duluth strike over staffing", "DULUTH, Minn.", ["Ana Ruiz"]),
        ("Bus drivers in Leeds vote to strike", "LEEDS, England", ["Tom Lee", "Jo Park"])]
    assert [a.span.of(d.text) for a in d.items[1].authors] == ["Tom Lee", "Jo Park"]
    assert [s.kind for s in d.sections] == ["introduction", "item", "item"]
    assert not any(p.span.of(d.text).startswith(("By ", "and ")) for p in d.paragraphs)


def test_letters_signed_with_a_union_or_a_title_after_the_name():
    # "Ana Ruiz, UFCW Local 7" / "Toledo, Ohio": the signer is the name before the comma
    d = read("militant-2005-01-17-v69n2-letters-affiliations.txt")
    assert d.page_kind == "letters"
    assert [(i.title.value, i.signature.value, i.place.value, [a.name for a in i.authors])
            for i in d.items] == [
        ("Strike at the packing plant", "Ana Ruiz, UFCW Local 7", "Toledo, Ohio", ["Ana Ruiz"]),
        ("Cuba's example", "Tom Lee", "Auckland, New Zealand", ["Tom Lee"]),
        ("A voice for workers", "Rosa Vidal, Socialist Workers Party candidate", "Miami, Florida",
         ["Rosa Vidal"])]
    assert d.items[0].authors[0].span.of(d.text) == "Ana Ruiz"


@pytest.mark.parametrize("line,name", [
    ("Ana Ruiz", "Ana Ruiz"),
    ("Ana Ruiz, UFCW Local 7", "Ana Ruiz"),
    ("Ana Ruiz, a reader for ten years", None),  # nothing after the comma names a union or title
    ("Ana Ruiz, who wrote to us last week, is right.", None),
    # a name's particles, from the one list both stages read (kg.nameparticles)
    ("Rosa Lima dos Tallares", "Rosa Lima dos Tallares"),
    ("Marta do Kelvo", "Marta do Kelvo"),
    ("Jan van den Brandt, UFCW Local 7", "Jan van den Brandt"),
    ("Lia da Costa-Ruiz, Socialist Workers Party candidate", "Lia da Costa-Ruiz"),
    ("Did they do it", None),
])
def test_signer_names(line, name):
    from kg.reader.items import signer_name
    assert signer_name(line) == name


# -- set K's kinds (branch rdr8) ----------------------------------------------------------

def test_first_signed_report_straight_under_the_introduction():
    # today's site: the standing introduction, then the first report with no ***** above it
    # (the separators stand only between reports): it is a report, not more introduction
    d = read("militant-2024-10-21-v88n40-sales-team-reports.txt")
    assert d.page_kind == "reports" and d.bylines == [] and d.signoff is None
    assert [s.kind for s in d.sections] == ["introduction", "item", "item", "item"]
    assert [(i.title.value, i.dateline.value, [a.name for a in i.authors]) for i in d.items] == [
        ("Team in the Iron Range", "HIBBING, Minn.", ["Dale Morrow"]),
        ("Farm country in Iowa", "CRESTON, Iowa", ["Irma Solis", "Ted Lang"]),
        ("Back to the paper mill", "BEMIDJI, Minn.", ["Ray Fuentes"])]
    assert [len(d.sections[i.section - 1].paragraphs) for i in d.items] == [2, 1, 1]
    intro = d.sections[0]
    assert len(intro.paragraphs) == 1
    assert intro.paragraphs[0].span.of(d.text).startswith("Supporters of the paper")


def test_book_entries_are_items_under_the_page_name_and_its_kicker():
    # "Books of the month" (2006-2008 print): a kicker over the page's name, a standing
    # introduction, then entries: title, subtitle, a `by` line with two, one or no authors, the
    # price line and the description. Each entry an item titled by its title line.
    d = read("militant-2007-04-16-v71n15-books-of-the-month.txt")
    assert d.overline.value == "Readers Club Specials"
    assert d.headline.value == "Books of the Month" and d.page_kind == "books"
    assert d.deck is None and d.bylines == []
    assert [(i.kind, i.title.value, i.authors) for i in d.items] == [
        ("book", "Harbor Days", []),
        ("book", "Cartas de la zafra", []),
        ("book", "Questions and Answers on the Labor Party", [])]
    assert [s.kind for s in d.sections] == ["introduction", "item", "item", "item"]
    first = [p.span.of(d.text) for p in d.sections[d.items[0].section - 1].paragraphs]
    assert first[:3] == ["The Dockers’ Strikes of 1934 on the West Coast",
                         "by Ana Ruiz and Tom Lee", "$18. Special price: $13"]
    assert d.sections[0].paragraphs[0].span.of(d.text).startswith("Members of the Readers Club")


def test_book_entries_under_another_headline_make_a_page_of_books():
    # two entries or more, each a title over its price line, make a page of books whatever
    # its headline; one price line in an article's text does not
    text = ("The Militant (logo)\n   Vol. 71/No. 15           April 16, 2007\n\n"
            "New titles for worker-bolsheviks\n\n"
            "Harbor Days\nby Ana Ruiz\n$18. Special price: $13\nThe longshore walkout of 1934.\n\n"
            "Cartas de la zafra\n$12. Club price: $9\nLetters of a cane cutter.\n")
    d = parse_article(text)
    assert d.page_kind == "books"
    assert [i.title.value for i in d.items] == ["Harbor Days", "Cartas de la zafra"]
    one = ("The Militant (logo)\n   Vol. 71/No. 15           April 16, 2007\n\n"
           "New titles for worker-bolsheviks\n\nBY ANA RUIZ\n"
           "Harbor Days\n$18. Special price: $13\nThe longshore walkout of 1934 is told here.\n")
    assert parse_article(one).page_kind is None


def test_book_items_in_rdf_are_book_announcements(built):
    _, rdf = built["militant-2007-04-16-v71n15-books-of-the-month.txt"]
    g, page = rdf.article, rdf.article_iri
    first = URIRef(f"{page}/item/1")
    assert len(list(g.objects(page, SCHEMA.hasPart))) == 3
    assert g.value(first, SCHEMA.genre) == Literal("book announcement", lang="en")
    assert str(g.value(first, SCHEMA.name)) == "Harbor Days"


def test_books_of_the_month_over_one_excerpt_is_an_article():
    # the page's name over an excerpt of one book, no entries with prices: read as an article,
    # never refused as a page of books with no entry
    text = ("Books of the Month\n\nVol. 87/No. 20 - May 22, 2023\n\n"
            "The following is an excerpt from Harbor Days by Ana Ruiz, one of Pathfinder’s books "
            "for May. Copyright © 2023 by Pathfinder Press. Reprinted by permission.\n\n"
            "The dockers walked off the ships on May 9, 1934, and the ports stayed shut for "
            "eighty-three days while the employers tried every trick they knew.\n")
    d = parse_article(text)
    assert d.page_kind is None and d.items == []
    assert [p.name for p in d.bylines] == ["Ana Ruiz"]


@pytest.mark.parametrize("line, price", [
    ("$20. Special price: $15", True), ("$16.00, Readers Club price: $12.00", True),
    ("$10. Special offer: $7", True), ("Special price: $15", True),
    ("$20 for the book, and more for the set.", False), ("The price: workers’ lives", False),
    ("Pathfinder books are $15 with a subscription.", False)])
def test_book_price_lines(line, price):
    assert bool(BOOK_PRICE_RE.match(line)) is price


def test_a_report_s_sign_off_keeps_the_writer_s_title():
    # "--Dana Whitlock, member of Teamsters Local 313": the writer, and their title as printed
    d = read("militant-1999-05-17-v63n19-picket-line-signed-roles.txt")
    assert [([a.name for a in i.authors], i.role.value) for i in d.items] == [
        (["Dana Whitlock"], "member of Teamsters Local 313"),
        (["Luis Ortega"], "Socialist Workers Party candidate for city council in Kansas City")]
    assert all(i.role.span.of(d.text) == i.role.value for i in d.items)
    assert not any("member of" in p.span.of(d.text) for p in d.paragraphs)


# -- a "Years Ago" column set into a news page; a page of reports under a datelined introduction

INSET = "militant-1998-07-13-v62n27-cannery-vote-years-ago.txt"


def test_years_ago_column_under_a_news_report_is_read_as_items():
    """A 1990s news page with "25 And 50 Years Ago" under its report: the report keeps the
    page (headline, byline, dateline, its paragraphs), each dated item under the head is an
    item with its date and dateline, and the head is neither the headline nor text."""
    d = read(INSET)
    assert d.page_kind is None
    assert d.headline.value == "Cannery workers in Salinas vote down two-tier contract"
    assert [p.name for p in d.bylines] == ["Rita Okafor"]
    assert d.dateline.value == "SALINAS, California"
    assert [s.kind for s in d.sections] == ["body", "item", "item"]
    assert len(d.sections[0].paragraphs) == 3
    assert [(i.kind, i.date.value, i.dateline and i.dateline.value, i.title) for i in d.items] == [
        ("years-ago", "1973-07-13", None, None), ("years-ago", "1948-07-12", "MINNEAPOLIS", None)]
    assert all(i.column.value == "25 And 50 Years Ago" for i in d.items)
    assert d.items[0].column.span.of(d.text) == "25 And 50 Years Ago"
    assert d.items[1].date.span.of(d.text) == "July 12, 1948"
    # the items' sections follow the report's, their paragraphs numbered on from its own
    assert [d.sections[i.section - 1].kind for i in d.items] == ["item", "item"]
    assert [p.position for p in d.paragraphs] == list(range(1, 7))
    text = " ".join(p.span.of(d.text) for p in d.paragraphs)
    assert "Years Ago" not in text and "July 13, 1973" not in text
    assert d.datelines == [d.dateline, d.items[1].dateline]


@pytest.mark.parametrize("head", ["25, 50, and 75 Years Ago", "25, 50 and 75 years ago",
                                  "25 AND 50 YEARS AGO", "50 Years Ago"])
def test_years_ago_column_under_a_report_in_any_spelling_of_its_head(head):
    text = (SHAPES / INSET).read_text(encoding="utf-8").replace("25 And 50 Years Ago", head)
    d = parse_article(text, INSET)
    assert [i.date.value for i in d.items] == ["1973-07-13", "1948-07-12"]
    assert d.items[0].column.value == head
    assert d.headline.value.startswith("Cannery workers")


@pytest.mark.parametrize("under", [
    # a subheading that only speaks of years ago, over running text: no item
    "The strike began when the plant opened in 1948 and the union has held on ever since.",
    # a date of the issue's own year is no item of the paper's files
    "July 1, 1998",
    # a date line with no text under it before the next one: no column of items
    "July 13, 1973\nJuly 12, 1973"])
def test_years_ago_line_in_a_report_without_an_earlier_date_under_it_opens_no_items(under):
    text = (SHAPES / INSET).read_text(encoding="utf-8").replace(
        "25 And 50 Years Ago  \nJuly 13, 1973", f"25 And 50 Years Ago  \n{under}")
    d = parse_article(text, INSET)
    assert d.items == [] and d.page_kind is None
    assert {s.kind for s in d.sections} == {"body"}


def test_years_ago_page_of_its_own_keeps_its_head_as_headline():
    # the column printed as a page: its head is the page's headline, the items have no column
    d = read("militant-2005-10-17-v69n40-years-ago.txt")
    assert d.page_kind == "years-ago" and all(i.column is None for i in d.items)


@pytest.mark.slow
def test_years_ago_items_under_a_report_in_rdf(built):
    _, rdf = built[INSET]
    g, page = rdf.article, rdf.article_iri
    assert g.value(page, SCHEMA.articleSection) is None  # the page is the report, not a column
    assert g.value(page, SCHEMA.dateline) == Literal("SALINAS, California")
    parts = sorted(g.objects(page, SCHEMA.hasPart))
    assert len(parts) == 2
    first = URIRef(f"{page}/item/1")
    assert g.value(first, SCHEMA.articleSection) == Literal("25 And 50 Years Ago", lang="en")
    assert str(g.value(first, SCHEMA.dateCreated)) == "1973-07-13"


def test_reports_under_a_datelined_introduction_give_the_page_its_dateline():
    """A fund's meetings page (1999 print): the introduction opens with its dateline, then two
    reports set off by *****, each with its byline and dateline. The introduction's dateline is
    the page's; the reports keep theirs."""
    d = read("militant-1999-11-22-v63n41-fund-meetings-dateline.txt")
    assert d.page_kind == "reports" and d.bylines == []
    assert d.dateline.value == "NEWARK, New Jersey"
    assert d.dateline.span.of(d.text) == "NEWARK, New Jersey"
    assert d.sections[0].kind == "introduction"
    assert [([a.name for a in i.authors], i.dateline.value) for i in d.items] == [
        (["Helen Ward"], "SEATTLE"), (["Tomas Rivera"], "DES MOINES, Iowa")]


def test_reports_under_an_introduction_with_no_dateline_leave_the_page_without_one():
    d = read("militant-2007-05-14-v71n19-may-day-reports.txt")
    assert d.page_kind == "reports" and d.dateline is None
    d = read("militant-2024-10-21-v88n40-sales-team-reports.txt")
    assert d.dateline is None


@pytest.mark.slow
def test_reports_under_a_datelined_introduction_in_rdf(built):
    _, rdf = built["militant-1999-11-22-v63n41-fund-meetings-dateline.txt"]
    g, page = rdf.article, rdf.article_iri
    assert g.value(page, SCHEMA.dateline) == Literal("NEWARK, New Jersey")
    assert len(list(g.objects(page, SCHEMA.hasPart))) == 2


NOTEBOOK = "militant-2001-01-15-v65n2-miners-notebook.txt"


def test_reporters_notebook_entries_are_dated_items():
    """A reporter's notebook (2000s print): the column's introduction keeps the page (its
    byline, its dateline, its paragraph); each entry after ***** opens with a run-in date and
    is an item with that date, the date staying the opening of its text and being no dateline.
    A January issue's "Dec. 27--" was written in December of the year before."""
    d = read(NOTEBOOK)
    assert d.page_kind is None
    assert [b.name for b in d.bylines] == ["Luisa Marquez"]
    assert d.dateline.value == "CALAMA, Chile"
    assert [s.kind for s in d.sections] == ["body", "item", "item", "item"]
    assert [(i.kind, i.date.value, i.date.span.of(d.text), i.dateline, i.title)
            for i in d.items] == [
        ("entry", "2000-12-27", "Dec. 27", None, None),
        ("entry", "2000-12-29", "Friday, Dec. 29", None, None),
        ("entry", "2001-01-03", "JANUARY 3", None, None)]
    first = d.sections[d.items[0].section - 1]
    assert [p.span.of(d.text)[:17] for p in first.paragraphs] == [
        "Dec. 27--Hector G", "The union is dema"]
    assert d.items[0].span.of(d.text).endswith("where the ground has shifted.")
    # the introduction is no item; every paragraph is read once, numbered in page order
    assert d.sections[0].paragraphs[0].span.of(d.text).startswith("CALAMA, Chile--")
    assert [p.position for p in d.paragraphs] == list(range(1, 6))
    assert d.datelines == [d.dateline]


@pytest.mark.parametrize(("opening", "day"), [
    ("Feb. 21--The", "2000-02-21"), ("Feb. 21 — The", "2000-02-21"),
    ("Monday, Feb. 21. The", "2000-02-21"), ("FEBRUARY 21 — The", "2000-02-21"),
    ("MONDAY, FEBRUARY 21—The", "2000-02-21"), ("Sept. 30--The", "1999-09-30"),
    ("Tuesday, February 22, 2000: The", "2000-02-22"), ("March 20—The", "2000-03-20"),
])
def test_a_notebook_entry_opens_with_a_run_in_date_in_any_of_its_spellings(opening, day):
    m, date = entry_date(f"{opening} cooperative met.", dt.date(2000, 3, 20))
    assert date.isoformat() == day
    assert f"{opening} cooperative met.".startswith(m.group(1))


@pytest.mark.parametrize("opening", [
    "May 1 marches drew thousands.", "Feb. 30--No such day.", "March 21, workers said.",
    "February was cold.", "Mondays, Feb. 21--", "CALAMA, Chile--Text."])
def test_no_run_in_date(opening):
    assert entry_date(opening, dt.date(2000, 3, 20)) is None


def _notebook(parts: list[str]) -> str:
    head = (SHAPES / NOTEBOOK).read_text(encoding="utf-8").split("\n*****\n")[0]
    return head + "".join(f"\n*****\n\n{p}\n" for p in parts) + " \nFront page (for this issue)\n"


def test_an_undated_part_after_an_entry_continues_it():
    d = parse_article(_notebook(["Dec. 27--First entry text here.", "More of the first day.",
                                 "Dec. 28--Second entry text here."]), NOTEBOOK)
    assert [i.date.value for i in d.items] == ["2000-12-27", "2000-12-28"]
    assert len(d.sections[d.items[0].section - 1].paragraphs) == 2


def test_a_sign_off_under_the_last_entry_is_the_pages():
    d = parse_article(_notebook(["Dec. 27--First entry text here.",
                                 "Dec. 28--Second entry text here.\n—LUISA MARQUEZ"]), NOTEBOOK)
    assert d.signoff.name == "Luisa Marquez" and len(d.items) == 2
    assert d.items[1].span.of(d.text) == "Dec. 28--Second entry text here."


@pytest.mark.parametrize("parts", [
    ["Dec. 27--Only one dated part here."],
    ["An undated part first.", "Dec. 27--Then a dated one.", "Dec. 28--And another."],
])
def test_one_dated_part_or_an_undated_first_part_is_no_notebook(parts):
    d = parse_article(_notebook(parts), NOTEBOOK)
    assert d.items == [] and d.dateline.value == "CALAMA, Chile"
    assert sum(len(s.paragraphs) for s in d.sections) == 1 + len(parts)


@pytest.mark.slow
def test_notebook_entries_in_rdf(built):
    _, rdf = built[NOTEBOOK]
    g, page = rdf.article, rdf.article_iri
    parts = sorted(g.objects(page, SCHEMA.hasPart))
    assert len(parts) == 3
    first = URIRef(f"{page}/item/1")
    assert (first, RDF.type, KG.PageItem) in g
    assert g.value(first, SCHEMA.genre) == Literal("notebook entry", lang="en")
    assert str(g.value(first, SCHEMA.dateCreated)) == "2000-12-27"
    assert g.value(first, SCHEMA.dateline) is None
    assert g.value(page, SCHEMA.genre) == Literal("Reporter's notebook column", lang="en")


# -- reports whose writer's name holds a hyphened particle (branch rdr26) --------------------

def test_todays_site_reports_first_writer_with_a_hyphened_particle_is_an_item():
    """Today's site: a kicker, a headline, the date, an introduction, then reports set off by
    *****, each with its `By` line and dateline. A byline whose name holds a particle joined by
    a hyphen ("By Omar al-Kelvi") is a byline: its report is an item, its text in no other
    section (it was no byline, and the report's lines were in no section at all)."""
    text = ("Communist League 2021 campaign\n\nCandidates meet bakers and dock workers\n\n"
            "May 10, 2021\n\n"
            "Communist League candidates spent the week talking with workers on the job.\n\n"
            "*****\n\nBy Omar al-Kelvi\n"
            "DULUTH, Minn. — Bakers on strike at the Kelvor bread plant stood at the gate "
            "May 1.\n\n“We bake all night and they cut our breaks,” said Tova Brannick.\n\n"
            "*****\n\nBy Lisa Marrow\n"
            "TACOMA, Wash. — Dock workers of the longshore union met outside the hiring hall "
            "April 29.\n\n"
            "*****\n\nBy Jamal ibn Sorrel and Dana el-Tarik\n"
            "ALBANY, N.Y. — Nurses rallied at the county hospital April 30.\n")
    d = parse_article(text, "militant-2021-05-10-v85n18-campaign.txt")
    assert d.page_kind == "reports" and d.bylines == []
    assert [([a.name for a in i.authors], i.dateline.value) for i in d.items] == [
        (["Omar al-Kelvi"], "DULUTH, Minn."), (["Lisa Marrow"], "TACOMA, Wash."),
        (["Jamal ibn Sorrel", "Dana el-Tarik"], "ALBANY, N.Y.")]
    first = d.items[0].span.of(d.text)
    assert first.startswith("DULUTH, Minn.") and first.endswith("said Tova Brannick.")
    [intro] = [s for s in d.sections if s.kind == "introduction"]
    assert "Bakers" not in intro.span.of(d.text)


def test_letters_closing_appeal_in_brackets_is_the_pages_note_not_a_letter():
    # a paragraph set wholly in square brackets after the last signed letter is the editors'
    # voice (an appeal for a fund), not an unsigned letter: no item of its own
    text = ("The Militant (logo) \n   Vol.58/No.12            March 28, 1994 \n\n\nLetters\n\n"
            "Bus drivers vote\nOur local voted to reject the contract by a wide margin last week."
            " The company wants to cut our breaks.\n\nTeodor Halvik\nSpokane, Washington\n\n\n"
            "A good forum\nThe forum on the coal strike was well attended and the questions were"
            " sharp.\n\nMirela Podgorny\nAkron, Ohio\n\n\n"
            "[Our fund for readers behind bars pays for their subscriptions. Send a check marked"
            " for the fund to the business office.]\n")
    d = parse_article(text, "militant-1994-03-28-v58n12-letters.txt")
    assert [(i.title.value, i.author.name) for i in d.items] == [
        ("Bus drivers vote", "Teodor Halvik"), ("A good forum", "Mirela Podgorny")]
    [note] = [s for s in d.sections if s.kind == "page-note"]
    assert note.span.of(d.text).startswith("[Our fund for readers")


def test_a_letters_signer_with_the_article_el_as_a_word_signs_his_letter():
    """A 2009 letters page (a real page read locally, real39): a signer whose name holds the
    Arabic article "el" as a word of its own ("Omar el Tavik", as "al" is written) is a signer.
    The particle was none of the connectors', so the line was no signature, and the first two
    letters ran together as one signed by the second writer."""
    text = ("The Militant (logo)  \n\nVol. 73/No. 20      May 25, 2009\n\n"
            "Dorrow strike\nThe report on the Kelvo strikers was read aloud at our union "
            "meeting.\n\n"
            "Omar el Tavik\nDorrow, Kelvania\n\n"
            "Tallow bakers\nSend ten more copies for the bakery gate next week.\n\n"
            "Lina Marvik-Tasso\nTallow, Vellar\n\n"
            "Prison sub\nThe paper reaches me here every week now.\n\nA prisoner\n")
    d = parse_article(text, "militant-2009-05-25-v73n20-letters.txt")
    assert [(i.title.value, i.author.name if i.author else None) for i in d.items] == [
        ("Dorrow strike", "Omar el Tavik"), ("Tallow bakers", "Lina Marvik-Tasso"),
        ("Prison sub", None)]
