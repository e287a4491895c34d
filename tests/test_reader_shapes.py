"""The reader on every page shape of the paper's text version, era by era (docs/reader.md).

One made-up article per shape in tests/articles/shapes/; each test asserts the fields exactly.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.reader import ReadError, parse_article, read_article
from kg.reader.cues import glued_credit
from kg.reader.headerlines import photo_sentences
from kg.reader.patterns import LABEL_RE, in_capitals, name_case, name_in_capitals

SHAPES = Path(__file__).resolve().parent / "articles" / "shapes"


def read(name: str):
    return read_article(SHAPES / name)


def body(d) -> list[str]:
    return [p.span.of(d.text) for p in d.paragraphs]


def test_volume_line_first_with_no_logo_line():
    d = read("militant-2005-10-10-v69n39-garment-workers-vote.txt")
    mh = d.masthead
    assert (mh.periodical.value, mh.volume, mh.issue, mh.date) == (
        "The Militant", 69, "39", dt.date(2005, 10, 10))
    assert mh.span.of(d.text) == "Vol. 69/No. 39           October 10, 2005"
    assert d.headline.value == "Garment workers in Los Angeles vote to join the union"
    assert d.kicker.value == "front page" and d.deck is None
    assert [b.name for b in d.bylines] == ["Elena Marquez"]
    assert d.dateline.value == "LOS ANGELES"


def test_note_marker_after_a_sentence_final_year():
    d = read("militant-2005-10-10-v69n39-garment-workers-vote.txt")
    marker = d.notes[0].marker.span
    assert marker.of(d.text) == "1"
    assert d.text[marker.begin - 8:marker.end] == "in 1999.1"


def test_a_decimal_after_a_year_is_not_taken_for_a_marker():
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\nHeadline\n\n"
            "Output fell to 1999.5 tons in 2004.1 It rose again.\n\n\nNOTES\n1. A note.\n")
    d = parse_article(text)
    assert d.text[d.notes[0].marker.span.begin - 5:d.notes[0].marker.span.end] == "2004.1"


def test_2000_era_dashes_straight_quotes_no_blank_lines():
    d = read("militant-2000-05-08-v64n18-london-rail-workers.txt")
    assert (d.masthead.volume, d.masthead.issue) == (64, "18")  # "Vol.64/No.18"
    assert d.headline.value == "Rail workers in London strike over safety and staffing"
    assert [b.name for b in d.bylines] == ["Tom Halloran"]
    assert d.dateline.value == "LONDON" and d.dateline.span.of(d.text) == "LONDON"
    assert body(d)[0].startswith("LONDON--Train drivers")
    assert len(d.paragraphs) == 3


def test_first_paragraph_directly_under_the_label():
    d = read("militant-2009-12-07-v73n47-welcome-new-readers.txt")
    assert d.headline.value == "Welcome to our new readers"
    assert d.kicker.value == "front page" and d.deck is None
    assert body(d)[0].startswith("We welcome the 1,850 workers")
    assert len(d.paragraphs) == 3
    assert d.bylines == [] and d.dateline is None


def test_label_before_the_headline_then_dateline():
    d = read("militant-2014-09-01-v78n31-havana-book-fair.txt")
    assert d.kicker.value == "front page"
    assert d.headline.value == "Havana book fair draws thousands of young readers"
    assert d.deck is None
    assert [b.name for b in d.bylines] == ["Luis Acosta"]
    assert d.dateline.value == "HAVANA"
    assert all(s.kind == "body" for s in d.sections)


def test_kicker_above_quoted_headline_and_deck_photo_and_two_line_byline():
    d = read("militant-2012-05-21-v76n20-farmers-march.txt")
    assert d.overline.value == "Farm crisis in the Midwest"
    assert d.headline.value == "‘We are not going to lose our land’"
    assert d.deck.value == "Iowa farmers march on state capitol"
    [photo] = d.photos
    assert photo.credit.value == "Militant/Karen Dolan"
    assert photo.caption.value.startswith("Farmers and their supporters rally")
    assert [b.name for b in d.bylines] == ["Karen Dolan", "Peter Lund"]
    assert d.dateline.value == "IOWA CITY, Iowa"  # spaced dash (2013 on)
    for text in (d.deck.value, *body(d)):
        assert "Militant/" not in text and "rally outside the capitol" not in text


def test_dateline_with_region_directly_under_the_label():
    d = read("militant-2005-11-07-v69n43-malabo-book-fair.txt")
    assert d.headline.value == ("‘Books are for everyone’ is theme of book fair in "
                                "Equatorial Guinea")
    assert d.kicker.value == "feature article" and d.deck is None
    assert d.dateline.value == "MALABO, Equatorial Guinea"
    assert len(d.paragraphs) == 3


_PRINT_2016 = "The Militant (logo)  \n\nVol. 80/No. 46      December 12, 2016\n\n \n"
_CREDIT_TO_DATELINE = (" \nMilitant/Ana Ruiz\nDockers picket the terminal gate in Valparaiso "
                       "Nov. 26.\n \nBY TOM LEE  \nVALPARAÍSO, Chile—Dockers at the Kelvane "
                       "terminal here have kept their picket up for three weeks.\n")


def test_kicker_block_over_a_headline_and_deck_then_the_top_photo():
    """'Report from Chile' / (blank) / headline / deck / (blank) / credit / caption / byline
    (2016 print): the short line over a block holding a headline and its deck is the kicker;
    it was read as the headline, the headline glued into the deck (rdr20)."""
    text = (_PRINT_2016 + "Report from Chile\n\nPort workers in Valparaiso\n"
            "hold firm against Kelvane Shipping’s demands\n"
            "Union rejects bosses’ plan to end the hiring hall\n" + _CREDIT_TO_DATELINE)
    d = parse_article(text)
    assert d.overline.value == "Report from Chile"
    assert d.headline.value == ("Port workers in Valparaiso hold firm against Kelvane "
                                "Shipping’s demands")
    assert d.deck.value == "Union rejects bosses’ plan to end the hiring hall"
    assert [p.credit.value for p in d.photos] == ["Militant/Ana Ruiz"]
    assert [b.name for b in d.bylines] == ["Tom Lee"] and d.dateline.value == "VALPARAÍSO, Chile"


def test_headline_over_a_deck_set_off_then_the_top_photo_is_no_kicker():
    # one title under the first line, no deck of its own: the first line is the headline
    text = (_PRINT_2016 + "Dockers strike in Valparaiso\n\n"
            "Union rejects bosses’ plan to end the hiring hall\n" + _CREDIT_TO_DATELINE)
    d = parse_article(text)
    assert d.overline is None
    assert d.headline.value == "Dockers strike in Valparaiso"
    assert d.deck.value == "Union rejects bosses’ plan to end the hiring hall"


def test_kicker_block_above_the_headline():
    d = read("militant-2003-12-15-v67n44-anniversary-meeting.txt")
    assert d.overline.value == "75th Anniversary of the ‘MILITANT’"
    assert d.headline.value == "Cleveland meeting celebrates socialist newsweekly"
    assert [b.name for b in d.bylines] == ["Helen Ward"]
    assert d.dateline.value == "CLEVELAND"


def test_editors_note_and_sign_off():
    d = read("militant-2010-06-14-v74n23-statement-on-deportations.txt")
    assert d.headline.value == "Stop the deportations!"
    assert d.signoff.name == "Maria Ortega" and d.signoff.span.of(d.text) == "MARIA ORTEGA"
    assert [a.name for a in d.authors] == ["Maria Ortega"]
    [note] = d.editor_notes
    assert note.of(d.text).startswith("Editor’s note: The following statement")
    assert d.sections[0].kind == "introduction"
    assert "MARIA ORTEGA" not in " ".join(body(d))


def test_todays_site_headline_first_then_volume_line():
    d = read("militant-2021-06-07-v85n22-coal-miners-strike.txt")
    assert (d.masthead.volume, d.masthead.issue, d.masthead.date) == (
        85, "22", dt.date(2021, 6, 7))
    assert d.masthead.periodical.value == "The Militant"
    assert d.headline.value == "Coal miners on strike in Alabama"
    assert d.deck.value == "Fight to win back pay and benefits"
    assert [b.name for b in d.bylines] == ["Jane Castillo"]
    assert [p.credit.value for p in d.photos] == ["Militant/Jane Castillo"]
    assert d.dateline.value == "BROOKWOOD, Ala."
    assert body(d)[0].startswith("BROOKWOOD, Ala. — About 1,000")
    assert not any("Vol. 85" in t or "Miners picket" in t for t in body(d))


def test_photo_page_caption_is_its_text():
    d = read("militant-2005-08-01-v69n29-photo-campaign.txt")
    assert d.headline.value == "Communists in UK campaign for working-class course"
    [photo] = d.photos
    assert photo.credit.value == "Militant/Sam Fairley"
    assert body(d) == [photo.caption.value]
    assert not any("Home" in t for t in body(d))


def test_masthead_line_with_dash_before_the_date():
    text = "Headline of today\nVol. 86/No. 9 - March 7, 2022\n\nA first paragraph of text.\n"
    d = parse_article(text)
    assert (d.masthead.volume, d.masthead.issue, d.masthead.date) == (86, "9", dt.date(2022, 3, 7))
    assert d.headline.value == "Headline of today"


def test_prose_above_the_volume_line_is_not_a_headline():
    text = ("This is a long paragraph of running text that stands where the name of the paper "
            "should be, and it goes on.\nVol. 86/No. 9 - March 7, 2022\n\nText.\n")
    with pytest.raises(ReadError, match="no periodical name above its volume line"):
        parse_article(text)


@pytest.mark.parametrize("byline,names", [
    ("BY ANA RUIZ, Militant staff writer", ["Ana Ruiz"]),
    ("BY ANA RUIZ AND TOM LEE", ["Ana Ruiz", "Tom Lee"]),
    ("BY ANA RUIZ, TOM LEE AND JO PARK", ["Ana Ruiz", "Tom Lee", "Jo Park"]),
])
def test_bylines_with_titles_and_and(byline, names):
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\nHeadline\n\n"
            f"{byline}\n\nA first paragraph.\n")
    assert [b.name for b in parse_article(text).bylines] == names


@pytest.mark.parametrize("line,value", [
    ("DES MOINES, Iowa, Jan. 5—Farmers…", "DES MOINES, Iowa, Jan. 5"),
    ("McALLEN, Texas—Workers…", "McALLEN, Texas"),
    ("PORTLAND, Oregon, June 16—Workers rallied.", "PORTLAND, Oregon, June 16"),
    ("ST. PAUL, Minnesota—Workers rallied.", "ST. PAUL, Minnesota"),
    ("SANTA CLARA, Cuba — Workers rallied.", "SANTA CLARA, Cuba"),
    ("DETROIT--Workers rallied.", "DETROIT"),
    ("U.S. troops—not workers—rallied.", None),
    ("MINERS STAND FIRM --", None),  # nothing after the dash: a title, not a dateline
    ("US–China trade tensions rose again.", None),  # an en dash joining two words
    ("LONDON – Rail workers struck.", "LONDON"),  # a spaced en dash
    # a date alone in capitals, as the paper's reports of the 1930s-1960s dated them
    ("AUG. 29 — The pact was signed.", "AUG. 29"),
    ("SEPT. 3—Workers rallied.", "SEPT. 3"),
    ("MAY 1 -- Workers marched.", "MAY 1"),
    ("MARCH 25 — Workers marched.", "MARCH 25"),
    ("JUNE 2019 — Workers marched.", None),  # a month and a year is no dateline
    ("MAYBE 3 — Workers marched.", None),
    # two places of one report joined by "and"
    ("DULUTH and SUPERIOR, Wisconsin--Dockers marched.", "DULUTH and SUPERIOR, Wisconsin"),
    ("KELVO and DORROW — Miners rallied.", "KELVO and DORROW"),
])
def test_dateline_styles(line, value):
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\nHeadline\n\n"
            f"BY ANA RUIZ\n\n{line}\n")
    d = parse_article(text)
    assert (d.dateline.value if d.dateline else None) == value


@pytest.mark.parametrize("first,second", [("By Ana Ruiz", "December 18, 2023"),
                                           ("December 18, 2023", "By Ana Ruiz")])
def test_todays_caption_between_the_byline_and_the_dateline(first, second):
    """Today's site: byline and date line, then an uncredited caption set off over the paragraph
    opening with the dateline: the caption is the photo's, the dateline the text's."""
    text = ("Kelvo truckers block the border crossing\n\nOwners demand permits; drivers pay\n\n"
            f"{first}\n\n{second}\n\n"
            "Kelvian drivers wait in line near the Dorrow crossing Dec. 6. Some have waited weeks.\n\n"
            "DORROW, Kelvia — The line of trucks stretches 20 miles back along the road.\n\n"
            "The owners demand permits.\n")
    d = parse_article(text, "militant-2023-12-18-v87n47-truckers.txt")
    assert [b.name for b in d.bylines] == ["Ana Ruiz"]
    assert d.dateline.value == "DORROW, Kelvia"
    assert [p.caption.value for p in d.photos] == [
        "Kelvian drivers wait in line near the Dorrow crossing Dec. 6. Some have waited weeks."]
    assert not any("Kelvian drivers" in p.span.of(d.text) for p in d.paragraphs)


def test_todays_caption_over_its_credit_then_byline_and_an_editors_note_over_the_dateline():
    """Today's site: a caption with its credit on the next line, the byline, then a bracketed
    editor's note over the paragraph opening with the dateline."""
    text = ("Raid on Kelvo plant targets welders\n\nDozens held for days in county jail\n\n"
            "March 3, 2025\n\n"
            "Welders and their families rally outside the county jail Feb. 27 to demand release.\n"
            "Militant/Tom Lee\n\nBy Ana Ruiz and Jo Park\n\n"
            "[Editor’s note: Workers asked that only their first names be used.]\n\n"
            "DORROW, Kelvia — Agents seized 80 welders at the plant Feb. 20.\n\nThe union protested.\n")
    d = parse_article(text, "militant-2025-03-03-v89n9-raid.txt")
    assert [(p.credit.value, p.caption.value[:20]) for p in d.photos] == [
        ("Militant/Tom Lee", "Welders and their fa")]
    assert [b.name for b in d.bylines] == ["Ana Ruiz", "Jo Park"]
    assert d.dateline.value == "DORROW, Kelvia"
    assert [s.of(d.text)[:15] for s in d.editor_notes] == ["[Editor’s note:"]


SIDEBAR_PAGE = ("The Militant (logo)\n   Vol.64/No.9            March 6, 2000\n\n\n"
                "Kelvo miners strike against mine closings\n\nBY ANA RUIZ\n"
                "KELVO, Tessaly--Some 2,000 miners walked out February 20 at three pits.\n\n"
                "The union says the closings would cost 6,000 jobs.\n\n*****\n\n{sidebar}\n")


def test_a_titled_bylined_sidebar_under_the_report_is_an_item():
    """2000 print: the report, then "*****" and a sidebar with its own title, byline and
    dateline: the report keeps the page's fields, the sidebar is an item of its own."""
    d = parse_article(SIDEBAR_PAGE.format(sidebar="Supporters rally in Dorrow\n\nBY JO PARK\n\n"
                                                  "DORROW--Some 300 people rallied at the consulate."))
    assert [b.name for b in d.bylines] == ["Ana Ruiz"] and d.dateline.value == "KELVO, Tessaly"
    [item] = d.items
    assert (item.title.value, item.dateline.value, [a.name for a in item.authors]) == (
        "Supporters rally in Dorrow", "DORROW", ["Jo Park"])
    assert d.page_kind is None and len(d.sections) == 2


def test_text_after_a_separator_with_no_title_and_byline_stays_the_reports():
    d = parse_article(SIDEBAR_PAGE.format(sidebar="The strike committee meets daily at the hall."))
    assert d.items == [] and [b.name for b in d.bylines] == ["Ana Ruiz"]


def test_2000_first_paragraph_directly_under_headline_under_masthead():
    d = read("militant-2000-04-10-v64n14-editorial-solidarity.txt")
    assert (d.masthead.volume, d.masthead.issue) == (64, "14")
    assert d.headline.value == "Solidarity builds union power" and d.deck is None
    assert body(d)[0].startswith("Reports from many picket lines")
    assert len(d.paragraphs) == 3 and d.bylines == []


def test_1997_logo_glued_byline_directly_over_text_straight_quotes():
    d = read("militant-1997-02-17-v61n7-bound-volumes.txt")
    assert d.masthead.periodical.value == "The Militant"
    assert [c.of(d.text) for c in d.chrome][0] == "(logo)"
    assert d.headline.value == "Bound Volumes Of 'Militant' Now On Sale"
    assert [b.name for b in d.bylines] == ["Peter Marsh"]
    assert body(d)[0].startswith("Bound volumes of the Militant for 1995")


def test_column_with_inline_items_each_an_item_titled_by_its_lead_in():
    d = read("militant-2006-02-06-v70n5-great-society.txt")
    assert d.headline.value == "Great Society" and d.page_kind == "inline"
    assert [b.name for b in d.bylines] == ["Hal Ringer"]  # the column's writer
    assert body(d)[1].startswith("Free market at work—A drug company")
    assert d.dateline is None  # "Read it and weep—" is no dateline: not in capitals
    assert [(i.kind, i.title.value, i.title.span.of(d.text)) for i in d.items] == [
        ("brief", t, t) for t in ("Read it and weep", "Free market at work", "Please note")]
    assert all(i.dateline is None and not i.authors for i in d.items)


def test_inline_items_with_two_hyphen_dashes_quotes_and_a_paragraph_continuing_an_item():
    d = read("militant-2001-11-05-v65n42-the-great-society.txt")
    assert d.headline.value == "The Great Society" and d.page_kind == "inline"
    assert [b.name for b in d.bylines] == ["Hal Ringer"]
    assert [i.title.value for i in d.items] == [
        "Service with a smile", "Sounds about right", "Progress report"]
    last = d.items[2].span.of(d.text)
    assert last.startswith("Progress report--") and last.endswith("public relations office.")
    assert not any("BY HAL" in t for t in body(d))


@pytest.mark.parametrize("line", [
    "MIAMI--Workers marched downtown.",  # a dateline, in capitals
    "A very long opening that runs on for many more words than a lead-in has—then text",
    "Nothing here has a dash at all.", "Spaced dash — is a dateline style, not a lead-in",
    "TULSA - Workers marched downtown.", "TULSA -- Workers marched downtown.",  # datelines
    "A well-paid boss and a short-staffed plant.",  # hyphened words, no dash
    "The board said — and it meant it, too.", "The board said —and it meant it.",  # prose
    "KELVO — Workers marched downtown."])  # a dateline, in capitals, before a capital
def test_lines_that_open_no_inline_item(line):
    from kg.reader.items import lead_in
    assert lead_in(line) is None


def test_inline_column_with_no_lead_in_is_read_as_one_text():
    """A column under the standing name with no item's lead-in is an article under that name
    (its writer the page's byline, its paragraphs the body), not a refused page (issue 10)."""
    text = ("The Militant (logo)\n   Vol. 70/No. 5           February 6, 2006\n\n\n"
            "Great Society\n\nBY HAL RINGER\nJust a paragraph with no lead-in at all.\n\n"
            "A second paragraph that tells the same story.\n")
    d = parse_article(text)
    assert d.headline.value == "Great Society" and d.page_kind is None and d.items == []
    assert [b.name for b in d.bylines] == ["Hal Ringer"]
    assert body(d) == ["Just a paragraph with no lead-in at all.",
                       "A second paragraph that tells the same story."]


def test_1990s_inline_items_with_spaced_hyphens_and_a_question():
    """1997 print types the dash as a hyphen or two set apart by spaces ("Lead-in - Text"); a
    lead-in may end on "?". A hyphened word in the text is no dash; "TULSA - " is a dateline."""
    text = ("The Militant (logo)\n   Vol. 61/No. 9           March 3, 1997\n\n\n"
            "Great Society\n\n"
            "Bargain of the week - A well-known bakery chain in Ohio cut its drivers' pay.\n\n"
            "The drivers said they would fight the cut.\n\n"
            "Feeling safer? -- The county jail in Kelvor added 40 beds for teenagers.\n\n"
            "Word of the day - \"Rightsizing,\" a memo from the Dorrow Mills board said.\n")
    d = parse_article(text)
    assert d.page_kind == "inline"
    assert [(i.title.value, i.title.span.of(d.text)) for i in d.items] == [
        (t, t) for t in ("Bargain of the week", "Feeling safer?", "Word of the day")]
    assert d.items[0].span.of(d.text).endswith("would fight the cut.")
    assert all(i.dateline is None for i in d.items)


def test_2000s_inline_items_on_their_own_line_and_with_a_spaced_dash_before_a_capital():
    """2003 print set some lead-ins apart: alone on their line, the dash ending it and the text
    on the next line, or with a space before the dash and the text glued after it ("Lead-in
    —“Text…" / "Lead-in? —Dr. …"). A spaced dash before a capital or a quote is a lead-in's;
    prose runs on after its dash in lower case and stays in the item before it."""
    text = ("The Militant (logo)\n   Vol. 67/No. 20           June 16, 2003\n\n\n"
            "Great Society\n\nBY HAL RINGER\n"
            "‘Every little bit helps’?—\n"
            "“KELVO—The county board voted to charge jurors for parking.”—News item.\n\n"
            "Just in time, the auditors —“Dorrow Mills finds $2 million it forgot.”—Headline.\n\n"
            "Who’s minding the store? —Dr. Tomas Kelvane told a hearing the plant was safe.\n\n"
            "The workers said — and they meant it — that the plant was not.\n")
    d = parse_article(text)
    assert d.page_kind == "inline" and [b.name for b in d.bylines] == ["Hal Ringer"]
    assert [(i.title.value, i.title.span.of(d.text)) for i in d.items] == [
        (t, t) for t in ("‘Every little bit helps’?", "Just in time, the auditors",
                         "Who’s minding the store?")]
    first = d.items[0].span.of(d.text)
    assert first.startswith("‘Every little bit helps’?—") and first.endswith("—News item.")
    assert d.items[2].span.of(d.text).endswith("the plant was not.")
    assert all(i.dateline is None for i in d.items)


def test_todays_site_date_only_volume_and_issue_from_the_file_name():
    d = read("militant-2019-04-15-v83n15-fund-appeal.txt")
    assert (d.masthead.volume, d.masthead.issue, d.masthead.date) == (
        83, "15", dt.date(2019, 4, 15))
    assert d.masthead.span.of(d.text) == "April 15, 2019"
    assert d.headline.value == "Help the paper reach its fund goal" and d.deck is None
    assert [b.name for b in d.bylines] == ["Ruth Adler"]
    assert body(d)[0].startswith("The Militant has set a goal")


def test_todays_site_caption_without_credit_under_the_date():
    d = read("militant-2024-03-18-v88n11-grain-workers-contract.txt")
    assert d.deck.value == "Strike ends after nine days on the picket line"
    [photo] = d.photos
    assert photo.credit is None
    assert photo.caption.value.startswith("Strikers and supporters rally")
    assert d.dateline.value == "DULUTH, Minn." and d.bylines == []


def test_todays_site_dateline_of_a_city_a_region_and_a_country_under_a_named_credit():
    """Today's site: the photographer's name alone between the date line and the caption (a
    caption closing on a quotation), then a dateline of three parts: the name is the photo's
    credit, the caption the photo's, and the city, region and country the dateline."""
    text = ("Miners in northern Chile walk out over safety\n"
            "Union says company ignored warnings\n\n"
            "By Ana Ruiz\nMay 8, 2023\nTom Lee\n"
            "Miners rally in Calama May 1. Signs read, “Safety first, not profits!”\n\n"
            "CALAMA, Antofagasta Region, Chile — Hundreds of copper miners walked out here "
            "after a cave-in last week.\n\n“We warned them,” said a miner.\n")
    d = parse_article(text, "militant-2023-05-08-v87n18-chile-miners.txt")
    assert d.dateline.value == "CALAMA, Antofagasta Region, Chile"
    assert d.dateline.span.of(d.text) == "CALAMA, Antofagasta Region, Chile"
    [photo] = d.photos
    assert photo.credit.value == "Tom Lee"
    assert photo.caption.value.startswith("Miners rally in Calama")
    assert [b.name for b in d.bylines] == ["Ana Ruiz"]
    assert body(d)[0].startswith("CALAMA, Antofagasta Region, Chile —")


def test_dateline_with_a_region_and_a_date_keeps_the_date_out_of_the_region():
    text = ("Dockers strike\n\nBy Ana Ruiz\nMay 8, 2023\n\n"
            "PORTLAND, Oregon, May 2 — Dockers walked out here after the company cut crews.\n")
    d = parse_article(text, "militant-2023-05-08-v87n18-dockers.txt")
    assert d.dateline.value == "PORTLAND, Oregon, May 2"


def test_todays_site_two_writers_each_with_a_title_over_two_lines():
    """"By Ana Ruiz, Communist League member in Toronto," / "and Tom Lee, Socialist Workers
    Party member in Seattle": both are writers, and the dateline under them is read."""
    text = ("Dockers in Chile fight port layoffs\n"
            "Union sets a walkout over 2,000 lost jobs\n\n"
            "By Ana Ruiz, Communist League member in Toronto,\n"
            "and Tom Lee, Socialist Workers Party member in Seattle\n"
            "May 8, 2023\nMilitant/Tom Lee\nDockers protest at the port May 1.\n\n"
            "VALPARAÍSO — The port company said it would cut 2,000 jobs.\n\n"
            "“We will fight,” said a docker.\n")
    d = parse_article(text, "militant-2023-05-08-v87n18-chile-dockers.txt")
    assert [b.name for b in d.bylines] == ["Ana Ruiz", "Tom Lee"]
    # the writers' titles are fields of their own (no comma running on), not paragraphs
    assert [(r.value, r.span.of(d.text)) for r in d.byline_roles] == [
        ("Communist League member in Toronto", "Communist League member in Toronto"),
        ("Socialist Workers Party member in Seattle", "Socialist Workers Party member in Seattle")]
    assert d.dateline.value == "VALPARAÍSO"
    assert body(d)[0].startswith("VALPARAÍSO —")


def test_date_only_page_needs_a_file_name_that_names_the_issue(tmp_path):
    page = tmp_path / "rail-workers.txt"
    page.write_text("Rail workers rally\n\nMarch 18, 2024\n\nSome text.\n", encoding="utf-8")
    with pytest.raises(ReadError, match="no masthead"):
        read_article(page)
    named = tmp_path / "militant-2024-03-25-v88n12-rail-workers.txt"
    named.write_text("March 18, 2024\n\nRail workers rally\n\nSome text.\n", encoding="utf-8")
    with pytest.raises(ReadError, match="the page's date March 18, 2024 is not the file name's"):
        read_article(named)


def test_sign_off_in_capitals_with_a_title_under_it():
    d = read("militant-2016-10-03-v80n37-statement-police-killing.txt")
    assert d.signoff.name == "Ana Diaz" and d.signoff.span.of(d.text) == "ANA DIAZ"
    assert d.signoff_role.value == ("Socialist Workers Party candidate for governor of "
                                    "New Jersey")
    assert [a.name for a in d.authors] == ["Ana Diaz"]
    assert not any("candidate\nfor governor" in t or t.startswith("Socialist Workers Party")
                   for t in body(d))
    assert len(d.paragraphs) == 3


def test_kicker_set_off_above_quoted_headline_deck_label_then_dateline():
    d = read("militant-2013-10-14-v77n38-cuban-five-tour.txt")
    assert d.overline.value == "Campaign to free the Cuban Five"
    assert d.headline.value == "‘They are in prison for defending their people’"
    assert d.deck.value == "Speaking tour reaches students in Midwest"
    assert d.kicker.value == "front page"
    assert d.dateline.value == "DES MOINES, Iowa"
    assert body(d)[0].startswith("DES MOINES, Iowa — “Most students")


def test_double_issue_in_the_volume_line_and_in_the_file_name():
    d = read("militant-2008-01-07-v72n1-2-years-ago.txt")
    assert (d.masthead.volume, d.masthead.issue) == (72, "1-2")
    d = read("militant-2019-01-07-v83n1-2-25-50-75-years-ago.txt")
    assert (d.masthead.volume, d.masthead.issue) == (83, "1-2")


def test_digits_of_the_slug_are_not_a_second_issue(tmp_path):
    page = tmp_path / "militant-2022-05-02-v86n17-25-50-75-years-ago.txt"
    page.write_text("25, 50, and 75 years ago\n\nMay 2, 2022\n\nMay 5, 1997\n\nText of the "
                    "item.\n", encoding="utf-8")
    d = read_article(page)
    assert (d.masthead.volume, d.masthead.issue) == (86, "17")
    assert [i.date_value for i in d.items] == [dt.date(1997, 5, 5)]


def test_headline_line_ending_in_a_colon_continues_into_a_quoted_slogan():
    d = read("militant-2001-03-19-v65n11-detroit-teachers-rally.txt")
    assert d.headline.value == "Teachers tell school board: 'Our classrooms are not for sale!'"
    assert d.headline.span.of(d.text).endswith("sale!'")
    assert d.deck is None and d.overline is None
    assert [b.name for b in d.bylines] == ["Renee Lafleur"]
    assert d.dateline.value == "DETROIT"


def test_a_colon_inside_a_headline_line_does_not_join_the_deck():
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\n"
            "Cuba: a revolution that lasts\nYouth from 30 countries meet in Havana\n\n"
            "BY ANA RUIZ\nText of the article.\n")
    d = parse_article(text)
    assert d.headline.value == "Cuba: a revolution that lasts"
    assert d.deck.value == "Youth from 30 countries meet in Havana"


def test_todays_site_deck_after_a_blank_line_and_caption_set_off_by_blank_lines():
    d = read("militant-2023-06-12-v87n23-nurses-strike-vote.txt")
    assert (d.masthead.volume, d.masthead.issue, d.masthead.date) == (87, "23", dt.date(2023, 6, 12))
    assert d.headline.value == "Nurses vote to strike over staffing at city hospital"
    assert d.deck.value == "Union says ‘patients pay for short shifts’"
    [photo] = d.photos
    assert photo.credit is None and photo.caption.value.startswith("Nurses and supporters picket")
    assert d.dateline.value == "SACRAMENTO, Calif." and d.bylines == []
    assert body(d)[0].startswith("SACRAMENTO, Calif. — Nurses")
    assert not any("picket outside" in t for t in body(d))


def test_todays_site_first_paragraph_without_a_dateline_stays_text():
    """Only a paragraph followed by the dateline's paragraph is taken for a caption."""
    page = ("Nurses vote to strike\n\nJune 12, 2023\n\nNurses at Mercy General voted May 31.\n\n"
            "They want more staff on every floor.\n")
    d = parse_article(page, "militant-2023-06-12-v87n23-nurses.txt")
    assert d.photos == [] and d.deck is None
    assert body(d) == ["Nurses at Mercy General voted May 31.", "They want more staff on every floor."]


def test_volume_line_with_its_date_on_the_next_line_needs_no_file_name():
    page = ("Coal miners strike in Alabama\nFight to win back pay\nVol. 85/No. 22\n\nJune 7, 2021\n\n"
            "BROOKWOOD, Ala. — About 1,000 miners are on strike.\n")
    d = parse_article(page, "page.txt")
    assert (d.masthead.volume, d.masthead.issue, d.masthead.date) == (85, "22", dt.date(2021, 6, 7))
    assert d.headline.value == "Coal miners strike in Alabama"
    assert d.deck.value == "Fight to win back pay" and d.dateline.value == "BROOKWOOD, Ala."
    with pytest.raises(ReadError, match="masthead date February 30, 2021 is not a date"):
        parse_article(page.replace("June 7", "February 30"), "page.txt")
    # a volume line whose date is not under it is no masthead
    with pytest.raises(ReadError, match="no masthead"):
        parse_article(page.replace("\n\nJune 7, 2021", "\n\nText.\n\nJune 7, 2021"), "page.txt")


def test_volume_line_with_no_date_takes_the_file_names_date():
    """"The Militant" / "Vol. 71/No. 9" / (blank) / headline: no date on the page; the volume
    line and the name line over it are the masthead, the date the file name's, the headline
    the first title under them."""
    page = ("The Militant \nVol. 71/No. 9 \n\n\nBakers in Dorrow walk out over new shifts \n"
            "Union says company broke the contract \n\nBY ANA RUIZ \n\n"
            "DORROW, Kelvania, February 20—About 300 bakers walked out here.\n")
    d = parse_article(page, "militant-2007-03-05-v71n9-dorrow-bakers.txt")
    mh = d.masthead
    assert (mh.periodical.value, mh.volume, mh.issue, mh.date) == (
        "The Militant", 71, "9", dt.date(2007, 3, 5))
    assert mh.span.of(d.text) == "The Militant \nVol. 71/No. 9"
    assert d.headline.value == "Bakers in Dorrow walk out over new shifts"
    assert d.deck.value == "Union says company broke the contract" and d.kicker is None
    assert [b.name for b in d.bylines] == ["Ana Ruiz"]
    # a volume line that is not the file name's issue is no masthead of this page
    other = parse_article(page, "militant-2007-03-12-v71n10-dorrow-bakers.txt")
    assert other.masthead.span.of(other.text) == ""


def test_second_title_block_closed_by_a_label_and_a_lone_credit_then_its_caption():
    d = read("militant-2006-10-30-v70n41-vote-socialist.txt")
    assert d.headline.value == "Vote for the socialist ticket!"
    assert d.deck.value == ("Defend unions against the bosses’ assault Fight for a labor party "
                            "that speaks for working people Support the right of oppressed nations "
                            "to develop their economies")
    assert d.kicker.value == "lead article/editorial" and d.overline is None
    [photo] = d.photos
    assert photo.credit.value == "Militant/Ruth Adler"
    assert photo.caption.value.startswith("Candidate Ana Lopez (left) talks")
    assert body(d) == [
        "Vote for the socialist candidates on November 7! Where they are kept off the ballot, "
        "write their names in.", "The party is running 20 candidates in nine states this fall."]


def test_a_lone_credit_then_a_paragraph_that_places_no_one_keeps_the_paragraph_as_text():
    text = ("The Militant (logo)\n   Vol. 71/No. 13      April 2, 2007\n\n"
            "New forum hall opens\n\nMilitant/Dana Reyes\n\n"
            "The new hall opened here with a program on the fight for jobs.\n\n"
            "More than 60 people came.\n")
    d = parse_article(text)
    assert [(p.credit.value, p.caption) for p in d.photos] == [("Militant/Dana Reyes", None)]
    assert body(d)[0].startswith("The new hall opened")
    # ... but under the credit and above the byline, the line is the caption
    d = parse_article(text.replace("\n\nMore than", "\n\nBY ANA RUIZ\nMore than"))
    assert d.photos[0].caption.value.startswith("The new hall opened")
    assert [b.name for b in d.bylines] == ["Ana Ruiz"] and body(d) == ["More than 60 people came."]


def test_accented_capitals_in_a_second_byline_line_and_a_dateline():
    d = read("militant-2008-03-10-v72n10-bogota-march.txt")
    assert [b.name for b in d.bylines] == ["Elena Castro", "José Núñez"]
    assert d.dateline.value == "BOGOTÁ, Colombia"
    assert body(d)[0].startswith("BOGOTÁ, Colombia—Tens of thousands")


def test_caption_with_no_credit_under_the_headline_and_a_dateline_that_is_a_date():
    d = read("militant-2009-04-06-v73n13-walter-hines-tribute.txt")
    assert d.headline.value == "Walter Hines, union militant and socialist for 50 years"
    assert d.deck is None
    [photo] = d.photos
    assert photo.credit is None and photo.caption.value.startswith("Walter Hines on a picket line")
    assert d.dateline.value == "March 25" and d.dateline.span.of(d.text) == "March 25"
    assert body(d)[0].startswith("March 25—Walter Hines")


def test_a_deck_line_finishing_an_open_title_is_no_caption():
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\n"
            "Miners strike\nThey say the company broke its word to the\nunion and the town.\n\n"
            "BY ANA RUIZ\nText.\n")
    d = parse_article(text)
    assert d.photos == []
    assert d.deck.value == "They say the company broke its word to the union and the town."


def test_1998_column_introduction_under_the_byline_and_a_spaced_hyphen_dateline():
    d = read("militant-1998-03-23-v62n11-ys-column.txt")
    assert d.headline.value == "Students Join Protest Against War Moves"
    assert [b.name for b in d.bylines] == ["Dana Fields"]
    assert [s.kind for s in d.sections] == ["introduction", "body"]
    assert d.sections[0].span.of(d.text).startswith("This column is written and edited by")
    assert d.dateline.value == "DETROIT" and body(d)[1].startswith("DETROIT - Young Socialists")


@pytest.mark.parametrize(("line", "dateline"), [
    ("ST. PAUL, Minnesota - Members met here.", "ST. PAUL, Minnesota"),
    ("CHICAGO - During a rally in Boston…", "CHICAGO"),
    ("NEW YORK-based groups met.", None),  # a hyphen glued to the word is no dash
    ("A - b", None)])
def test_spaced_single_hyphen_datelines(line, dateline):
    from kg.reader.patterns import DATELINE_RE
    m = DATELINE_RE.match(line)
    assert (m.group(1) if m else None) == dateline


def test_2000_site_navigation_tagline_and_a_date_glued_to_the_issue():
    d = read("militant-2000-11-06-v64n42-fund-forums.txt")
    assert (d.masthead.volume, d.masthead.issue, d.masthead.date) == (64, "42", dt.date(2000, 11, 6))
    assert d.masthead.span.of(d.text).startswith("A socialist newsweekly")
    assert d.masthead.span.of(d.text).endswith("No. 42November 6, 2000")
    assert d.headline.value == "Readers plan meetings to win support for fund" and d.deck is None
    assert [b.name for b in d.bylines] == ["Linda Garrett"]
    chrome = [c.of(d.text) for c in d.chrome]
    assert "Meatpackers strike in Nebraska" in chrome and "FRONT PAGE ARTICLES" in chrome
    assert not any("Meatpackers" in t for t in body(d))


def test_a_volume_line_far_down_the_page_needs_the_sites_tagline_above_it():
    nav = "".join(f"menu entry {n}\n" for n in range(30))
    page = nav + "\nVol. 64/No. 42November 6, 2000\n\nHeadline\n\nBY ANA RUIZ\nText.\n"
    with pytest.raises(ReadError, match="no masthead"):
        parse_article(page, "page.txt")
    tagged = nav + ("\nA socialist newsweekly published in the interests of working people\n"
                    "Vol. 64/No. 42November 6, 2000\n\nHeadline\n\nBY ANA RUIZ\nText.\n")
    assert parse_article(tagged, "page.txt").headline.value == "Headline"


def test_headline_line_opening_with_a_quoted_word_and_a_deck_set_off_by_blank_lines():
    # 2015: "Bakery workers answer" / "‘Never’ to owners’ two-tier plan": the quoted word runs
    # on into the sentence begun above; the deck stands between blank lines over the credit.
    d = read("militant-2015-09-14-v79n34-bakery-workers-answer.txt")
    assert d.headline.value == "Bakery workers answer ‘Never’ to owners’ two-tier plan"
    assert d.headline.span.of(d.text) == "Bakery workers answer\n‘Never’ to owners’ two-tier plan"
    assert d.deck.value == "New hires would start at half pay"
    assert d.deck.span.of(d.text) == d.deck.value
    assert d.kicker.value == "front page" and d.overline is None
    [photo] = d.photos
    assert photo.credit.value == "Militant/Lena Marsh"
    assert photo.caption.value.startswith("Pickets at the bakery gate")
    assert [b.name for b in d.bylines] == ["Lena Marsh"]
    assert d.dateline.value == "DAYTON, Ohio"
    assert body(d)[0].startswith("DAYTON, Ohio—") and len(d.paragraphs) == 3
    assert [s.kind for s in d.sections] == ["body"]


def test_straight_quoted_word_runs_on_and_a_deck_opening_with_a_quotation():
    # 2001: straight quotes; "'Basta' to growers' wage cut" finishes the headline, and the
    # deck is a whole quotation followed by who said it.
    d = read("militant-2001-10-22-v65n40-farm-workers-answer.txt")
    assert d.headline.value == "Farm workers say 'Basta' to growers' wage cut"
    assert d.deck.value == '"We pick the food, we want respect," say strikers'
    assert d.overline is None and d.kicker is None
    assert [b.name for b in d.bylines] == ["Miguel Soto"]
    assert d.dateline.value == "SALINAS, California"


def test_headline_in_capitals_ending_on_a_dash_is_no_dateline():
    # 1998: "MINERS STAND FIRM --" / "'NO CONTRACT, NO COAL'": a capitals line ending on a dash
    # is a headline line (a dateline has text after its dash); capitals lines make one title.
    d = read("militant-1998-06-08-v62n22-miners-stand-firm.txt")
    assert d.headline.value == "MINERS STAND FIRM -- 'NO CONTRACT, NO COAL'"
    assert d.deck.value == "Strike at three mines enters its third month"
    assert [b.name for b in d.bylines] == ["Joan Weber"]
    assert d.dateline.value == "CHARLESTON, West Virginia"


def test_headline_line_ending_on_a_verb_of_saying_runs_on_into_the_quotation():
    # 2006: "Workers in Lima say" / "‘Hands off our pensions!’": the quotation is what they say,
    # not a deck (kg/data/reader/speech-verbs.txt).
    d = read("militant-2006-05-15-v70n19-lima-pension-march.txt")
    assert d.headline.value == "Workers in Lima say ‘Hands off our pensions!’"
    assert d.deck is None and d.overline is None
    assert d.kicker.value == "front page"
    assert [b.name for b in d.bylines] == ["Teresa Quispe"]
    assert d.dateline.value == "LIMA, Peru"


def test_a_line_of_two_words_finishes_the_headline_and_the_deck_follows():
    # 2009: "U.S. troops must leave" / "Afghanistan now!": no deck is two words long.
    d = read("militant-2009-11-02-v73n42-troops-out-now.txt")
    assert d.headline.value == "U.S. troops must leave Afghanistan now!"
    assert d.deck.value == "Protests set in cities across the country"
    assert d.kicker.value == "editorial" and d.overline is None
    assert body(d)[0].startswith("Washington is sending") and len(d.paragraphs) == 2


def test_todays_site_deck_of_many_words_ending_on_an_exclamation_mark_is_no_paragraph():
    # Today's site: a deck of 17 words ending on "!" over the volume line is a title, not text.
    d = read("militant-2022-05-09-v86n18-labor-party-call.txt")
    assert d.headline.value == "Unionists discuss need for a labor party"
    assert d.deck.value.startswith("Break with the bosses’ parties") and d.deck.value.endswith("!")
    [photo] = d.photos
    assert photo.credit is None and photo.caption.value.startswith("Members of three unions")
    assert d.dateline.value == "TOLEDO, Ohio" and len(d.paragraphs) == 2


def test_a_long_headline_ending_on_a_question_mark_is_the_headline():
    # 2011: a question of 17 words is a headline; a paragraph of that length ends on a full stop.
    d = read("militant-2011-03-14-v75n10-who-pays-question.txt")
    assert d.headline.value.startswith("Who gains when the bosses")
    assert d.headline.value.endswith("schools and jobs?")
    assert d.kicker.value == "editorial" and d.deck is None
    assert body(d)[0].startswith("State governments") and len(d.paragraphs) == 2


def test_names_and_places_in_capitals_with_mc_hyphens_apostrophes_and_an_abbreviated_date():
    # 1999: "BY MARY-ANNE O'ROURKE" / "AND DAVID McDONALD"; "McALLEN, Texas, Feb. 19--". Names
    # the text spells nowhere else are cased part by part (Mary-Anne, O'Rourke, McDonald).
    d = read("militant-1999-03-01-v63n8-border-plant-strike.txt")
    assert [b.name for b in d.bylines] == ["Mary-Anne O'Rourke", "David McDonald"]
    assert [b.span.of(d.text) for b in d.bylines] == ["MARY-ANNE O'ROURKE", "DAVID McDONALD"]
    assert d.dateline.value == "McALLEN, Texas, Feb. 19"
    assert d.dateline.span.of(d.text) == d.dateline.value
    assert d.headline.value == "Border plant workers strike for union recognition"


def test_todays_site_byline_of_three_names_with_commas():
    d = read("militant-2024-09-23-v88n35-three-reporters.txt")
    assert d.headline.value == "Teachers in three cities vote to strike" and d.overline is None
    assert [b.name for b in d.bylines] == ["Ana Ruiz", "Tom Lee", "Jo Park"]
    assert [b.span.of(d.text) for b in d.bylines] == ["Ana Ruiz", "Tom Lee", "Jo Park"]
    assert d.dateline.value == "CHICAGO"


@pytest.mark.parametrize("name", ["Ciarán Ó Duibhir", "Órla Kelvane", "Ana Ruiz Écija"])
def test_todays_site_byline_with_an_accented_capital_or_a_one_letter_word(name):
    """"By Ciarán Ó Duibhir": a name's word may open with an accented capital and be one letter
    long (the Irish "Ó"); the byline was missed before, and with it the dateline (rdr20)."""
    text = (f"Bakers in Kelvo walk out over shifts\n\nBy {name}\nJune 6, 2022\n\n"
            "KELVO, Ohio — Bakers at the Corvell plant here walked out June 1 over new shifts "
            "that cut their hours.\n")
    d = parse_article(text, "militant-2022-06-06-v86n22-kelvo-bakers.txt")
    assert [(b.name, b.span.of(d.text)) for b in d.bylines] == [(name, name)]
    assert d.dateline.value == "KELVO, Ohio"
    assert body(d)[0].startswith("KELVO, Ohio — Bakers")


@pytest.mark.parametrize(("capitals", "name"), [
    ("MARY-ALICE WATERS", "Mary-Alice Waters"), ("TOM O’BRIEN", "Tom O’Brien"),
    ("DAVID McDONALD", "David McDonald"), ("JEAN-PIERRE D’ARCY", "Jean-Pierre D’Arcy"),
    ("ANA RUIZ JR.", "Ana Ruiz Jr."), ("JOSÉ NÚÑEZ", "José Núñez"),
    ("ANA DE LA CRUZ", "Ana de la Cruz"), ("MARÍA DA SILVA", "María da Silva"),
    # Dutch and German particles keep a capital, as the paper prints US names; so does "Van"
    # as a Vietnamese middle name
    ("ELSA VAN DER BROEK", "Elsa Van Der Broek"), ("PIET VAN DEN BERG", "Piet Van Den Berg"),
    ("KURT VON HALLE", "Kurt Von Halle"), ("TRAN VAN MINH", "Tran Van Minh"),
    # "Mc" keeps its capital in any printing; "Mac" only for the names of mac-names.txt
    ("ROSS MCCOY", "Ross McCoy"), ("MORAG MACLEOD", "Morag MacLeod"), ("ELLEN MACKAY", "Ellen Mackay"),
    ("JOHN MACARTHUR", "John MacArthur"), ("ANA MACLEOD-RUIZ", "Ana MacLeod-Ruiz"),
    ("RUTH MACK", "Ruth Mack"), ("ANA MACHADO", "Ana Machado"), ("TOM MACY", "Tom Macy"),
    ("ROSA MACIAS", "Rosa Macias"), ("JO MACON", "Jo Macon"),
])
def test_a_name_in_capitals_spelled_nowhere_else_is_cased_part_by_part(capitals, name):
    assert name_case(capitals, f"BY {capitals}\nText.") == name


def test_particles_printed_small_elsewhere_keep_the_texts_spelling():
    text = "BY ELSA VAN DER BROEK\nElsa van der Broek spoke at the rally.\n"
    assert name_case("ELSA VAN DER BROEK", text) == "Elsa van der Broek"


def test_a_byline_in_capitals_with_two_particles():
    text = ("The Militant (logo)\n   Vol. 60/No. 29           August 19, 1996\n\n\n"
            "Retired miner dies at 80\n\nBY ELSA VAN DER BROEK\n"
            "PITTSBURGH - Sam Kowal, a retired miner, died here July 2.\n")
    d = parse_article(text)
    assert [b.name for b in d.bylines] == ["Elsa Van Der Broek"]
    assert [b.span.of(d.text) for b in d.bylines] == ["ELSA VAN DER BROEK"]


def test_a_sign_off_with_mc():
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\nHeadline\n\n"
            "Text of the article.\n—DAVID McDONALD\n")
    assert parse_article(text).signoff.name == "David McDonald"


_PRINT_1998 = ("The Militant(logo) \n    Vol.62/No.20           May 25, 1998 \n \n \n"
               "Bakers Win Raise At Kelvo Plant  \n\n")
_KELVO_REPORT = ("\nKELVO, Ohio - Bakers at the Corvell plant here won a raise of 40 cents an "
                 "hour May 12 after a two-week strike.\n")


@pytest.mark.parametrize(("byline", "names", "printed"), [
    ("BY ROSA MacDARRO", ["Rosa MacDarro"], ["ROSA MacDARRO"]),
    ("BY JEAN LeCLERC AND ROSA MacDARRO", ["Jean LeClerc", "Rosa MacDarro"],
     ["JEAN LeCLERC", "ROSA MacDARRO"]),
    ("BY ROSA MacDARRO\nAND LUIS DeGRAFF", ["Rosa MacDarro", "Luis DeGraff"],
     ["ROSA MacDARRO", "LUIS DeGRAFF"]),
])
def test_a_byline_in_capitals_with_a_prefix_printed_in_mixed_case(byline, names, printed):
    """1990s print: 'BY ROSA MacDARRO', a surname's prefix in mixed case before the rest in
    capitals, as the paper prints "Mac" and "Mc" names; the line was no byline at all before
    (its name was taken for no name in capitals), and the dateline under it still reads."""
    d = parse_article(_PRINT_1998 + byline + _KELVO_REPORT)
    assert [b.name for b in d.bylines] == names
    assert [b.span.of(d.text) for b in d.bylines] == printed
    assert d.dateline.value == "KELVO, Ohio" and body(d)[0].startswith("KELVO, Ohio - Bakers")


def test_a_sign_off_with_a_prefix_printed_in_mixed_case():
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\nHeadline\n\n"
            "Text of the article.\n—JEAN LeCLERC\n")
    assert parse_article(text).signoff.name == "Jean LeClerc"


@pytest.mark.parametrize(("capitals", "name"), [
    ("ROSA MacDARRO", "Rosa MacDarro"), ("JEAN LeCLERC", "Jean LeClerc"),
    ("LUIS DeGRAFF-ORTIZ", "Luis DeGraff-Ortiz"), ("ANA FitzROY", "Ana FitzRoy"),
    ("JEAN LECLERC", "Jean Leclerc"),  # all in capitals: no evidence of an inner capital
    ("ROSA MACDARRO", "Rosa Macdarro"),  # nor here (not a name of mac-names.txt)
])
def test_mixed_case_inside_a_name_in_capitals_is_kept(capitals, name):
    """The page's small letters inside a word in capitals are evidence of the name's spelling:
    'LeCLERC' gives 'LeClerc' (it gave 'Leclerc' before)."""
    assert in_capitals(capitals)
    assert name_case(capitals, f"BY {capitals}\nText.") == name


def test_a_word_in_title_case_is_no_name_in_capitals():
    assert not in_capitals("Rosa MacDarro") and not in_capitals("ROSA Macdarro")


def test_note_marker_after_a_year_before_a_two_hyphen_dash():
    # Pages to 2002 set a dash as "--": "in 19821--and" is the year 1982, note 1, then the dash.
    text = ("The Militant(logo) \n    Vol.65/No.42           November 5, 2001 \n \n \nHeadline\n \n"
            "The wars of 1973 and 19821--and those since--were fought for oil.2\n \nNOTES\n"
            "1. The first note.\n2. The second note.\n")
    d = parse_article(text)
    assert [d.text[n.marker.span.begin - 4:n.marker.span.end] for n in d.notes] == ["19821", "oil.2"]


def test_todays_site_headline_opening_with_capitals_and_a_dash_is_no_dateline():
    # "US–China trade war hits soybean farmers": capitals and a dash open the headline; a
    # dateline opens a paragraph (running text, or a sentence with its full stop).
    d = read("militant-2019-06-03-v83n21-trade-war-farmers.txt")
    assert d.headline.value == "US–China trade war hits soybean farmers"
    assert d.dateline.value == "DECORAH, Iowa" and len(d.paragraphs) == 2


@pytest.mark.parametrize(("header", "headline", "deck"), [
    ("UAW--GM talks stall over pensions", "UAW--GM talks stall over pensions", None),
    ("NATO—out of Yugoslavia!", "NATO—out of Yugoslavia!", None),
    ("Workers rally\nUS—hands off Cuba!", "Workers rally", "US—hands off Cuba!"),
])
def test_print_headline_lines_opening_with_capitals_and_a_dash(header, headline, deck):
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\n"
            f"{header}\n\nBY ANA RUIZ\nCHICAGO—Text of the article.\n")
    d = parse_article(text)
    assert (d.headline.value, d.deck.value if d.deck else None) == (headline, deck)
    assert d.dateline.value == "CHICAGO"


def test_a_short_dateline_paragraph_directly_under_the_headline_is_still_text():
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\n"
            "Book fair opens\nHAVANA—The fair opened here February 12.\n")
    d = parse_article(text)
    assert d.headline.value == "Book fair opens" and d.deck is None
    assert d.dateline.value == "HAVANA" and len(d.paragraphs) == 1


def test_title_case_headline_broken_before_a_quoted_word():
    # 1996: headlines in Title Case; "'No' To Two-Tier Wages" finishes "Meatpackers Tell Bosses".
    d = read("militant-1996-04-15-v60n15-meatpackers-title-case.txt")
    assert d.headline.value == "Meatpackers Tell Bosses 'No' To Two-Tier Wages" and d.deck is None
    assert [b.name for b in d.bylines] == ["Karen Nilsson"]
    assert d.dateline.value == "OMAHA, Nebraska"


def test_todays_site_deck_longer_than_a_paragraph_line_is_still_the_deck():
    # Today's site: everything between the headline and the volume line is title, however long
    # (a 140-character deck was read as the first paragraph, or dropped as a caption).
    d = read("militant-2018-05-07-v82n18-long-deck-meeting.txt")
    assert d.headline.value == "Lessons of the 1984 miners strike discussed in Sheffield"
    assert d.deck.value.startswith("Meeting participants answer") and len(d.deck.value) > 130
    assert d.deck.value.endswith("nothing could be done’") and not d.photos
    assert d.dateline.value == "SHEFFIELD, England" and len(d.paragraphs) == 2


def test_todays_site_headline_longer_than_a_paragraph_line():
    # A headline of 111 characters with no full stop is the page's first line, not running text.
    d = read("militant-2020-11-02-v84n43-long-headline.txt")
    assert d.headline.value.startswith("Workers need a party of our own")
    assert len(d.headline.value) > 110 and d.deck is None
    assert d.dateline.value == "CHICAGO" and len(d.paragraphs) == 2


def test_todays_site_deck_and_caption_over_the_byline_and_date():
    """Today's site: the headline, a blank line, the deck with the top photo's caption directly
    under it (a sentence that may hold a quotation), then "By …" and the date: no kicker, the
    caption is no part of the deck, and the byline and dateline are read."""
    d = read("militant-2023-02-20-v87n8-port-workers-vote.txt")
    assert d.overline is None
    assert d.headline.value == "Port workers in Tallow Bay vote down concession contract"
    assert d.deck.value == "Dockers’ union says ‘no’ to longer shifts and fewer crews"
    assert [p.caption.value[:30] for p in d.photos] == ["Crane operators walk the line "]
    assert [b.name for b in d.bylines] == ["Rosa Delgado"]
    assert d.dateline.value == "TALLOW BAY, Ore."
    assert body(d)[0].startswith("TALLOW BAY, Ore. — Some 400 members")


def test_todays_site_deck_then_a_caption_set_off_over_the_byline_and_date():
    """Today's site: headline, (blank), a one-line deck, (blank), the top photo's caption with
    no credit (a sentence, then a sign's slogan quoted, ending on "!"), (blank), "By …", the
    date line, the dateline's paragraph. The deck was read as the first paragraph and the
    caption as the second."""
    d = read("militant-2025-02-10-v89n6-bakery-contract-talks.txt")
    assert d.overline is None
    assert d.headline.value == "Kelvo bakery workers picket for a first contract"
    assert d.deck.value == "Owners have not moved on wages since the union won its vote in June"
    [photo] = d.photos
    assert photo.credit is None and photo.caption.span.of(d.text) == photo.caption.value
    assert photo.caption.value.startswith("Bakery workers and supporters walk the line")
    assert photo.caption.value.endswith("contract now!”")
    assert [b.name for b in d.bylines] == ["Rosa Delgado"] and d.dateline.value == "KELVO, Ohio"
    assert body(d)[0].startswith("KELVO, Ohio — Some 60 workers") and len(d.paragraphs) == 3


def test_todays_site_deck_then_a_credit_and_caption_set_off_over_the_byline():
    # the same with the photo's credit over its caption, in their block
    text = ("Kelvo bakery workers picket for a first contract\n\n"
            "Owners have not moved on wages since the union won its vote in June\n\n"
            "Militant/Tom Lee\nPickets at the Hollis Bread gate Feb. 1.\n\n"
            "By Rosa Delgado\nFebruary 10, 2025\n\n"
            "KELVO, Ohio — Some 60 workers picketed the plant here Feb. 1.\n")
    d = parse_article(text, "militant-2025-02-10-v89n6-bakery.txt")
    assert d.deck.value == "Owners have not moved on wages since the union won its vote in June"
    [photo] = d.photos
    assert (photo.credit.value, photo.caption.value) == (
        "Militant/Tom Lee", "Pickets at the Hollis Bread gate Feb. 1.")
    assert [b.name for b in d.bylines] == ["Rosa Delgado"] and len(d.paragraphs) == 1


@pytest.mark.parametrize(("text", "sentences"), [
    ("Pickets at the gate Feb. 1.", True),
    ("Pickets at the gate Feb. 1. A sign reads, “Contract now!”", True),
    ('Pickets at the gate Feb. 1. A sign reads, "Contract now!"', True),  # straight (to 2002)
    ("Join the Nov. 18 solidarity rally in Tucson!", False),  # a deck: "Nov. 18" ends nothing
    ("U.S. troops out of the Middle East now!", False),
    ("Socialist candidates say ‘Amnesty now!’", False),
])
def test_a_photos_sentences_carry_a_full_stop_that_ends_one(text, sentences):
    assert photo_sentences(text) is sentences


_UNDER_THE_DECK = ("\n\nBy Ciarán Ó Duibhir\nJune 6, 2022\n\nMilitant/Rosa de la Vega\n"
                   "Bakers and supporters rally May 21 outside the Corvell plant in Kelvo.\n\n"
                   "KELVO, Ohio — Workers at the Corvell bakery here voted 40-12 May 12 to join "
                   "the union.\n")


def test_todays_site_kicker_over_a_headline_and_a_deck_each_set_off_over_the_byline():
    """'Fight for union at Corvell' / (blank) / headline / (blank) / deck / (blank) / byline /
    date: three title blocks over the byline, the short line on top is the kicker; it was
    read as the headline, the headline and deck as paragraphs (rdr20)."""
    text = ("Fight for union at Corvell\n\nKelvo bakers vote in union as bosses cut shifts"
            "\n\nYoung workers say they will not back down as company stalls" + _UNDER_THE_DECK)
    d = parse_article(text, "militant-2022-06-06-v86n22-kelvo-bakers.txt")
    assert d.overline.value == "Fight for union at Corvell"
    assert d.overline.span.of(d.text) == "Fight for union at Corvell"
    assert d.headline.value == "Kelvo bakers vote in union as bosses cut shifts"
    assert d.deck.value == "Young workers say they will not back down as company stalls"
    assert [b.name for b in d.bylines] == ["Ciarán Ó Duibhir"]
    assert d.dateline.value == "KELVO, Ohio"
    assert [p.credit.value for p in d.photos] == ["Militant/Rosa de la Vega"]
    assert body(d)[0].startswith("KELVO, Ohio — Workers")


@pytest.mark.parametrize("top", [
    "Join the fight for a union at Corvell!",  # a demand of its own
    "Bakers at the Corvell plant in Kelvo fight for their union",  # longer than a kicker
    "‘We will not back down’",  # a quotation
])
def test_todays_site_line_over_two_title_blocks_that_is_no_kicker(top):
    text = (f"{top}\n\nKelvo bakers vote in union as bosses cut shifts"
            "\n\nYoung workers say they will not back down as company stalls" + _UNDER_THE_DECK)
    d = parse_article(text, "militant-2022-06-06-v86n22-kelvo-bakers.txt")
    assert d.overline is None and d.headline.value == top


@pytest.mark.parametrize("top", ["Solidarity with the Kelvo bakers!", "Hands off the union!"])
def test_todays_site_exclamation_over_a_headline_and_a_deck_each_set_off_is_the_kicker(top):
    """A short exclamation in a block of its own over the headline's block and the deck's, over
    the byline and the date: the site's kicker, a rallying cry (it was read as the headline, and
    the page had no deck, rdr22)."""
    text = (f"{top}\n\nKelvo bakers vote in union as bosses cut shifts"
            "\n\nYoung workers say they will not back down as company stalls" + _UNDER_THE_DECK)
    d = parse_article(text, "militant-2022-06-06-v86n22-kelvo-bakers.txt")
    assert d.overline.value == top and d.overline.span.of(d.text) == top
    assert d.headline.value == "Kelvo bakers vote in union as bosses cut shifts"
    assert d.deck.value == "Young workers say they will not back down as company stalls"
    assert [b.name for b in d.bylines] == ["Ciarán Ó Duibhir"]
    assert d.dateline.value == "KELVO, Ohio"
    assert body(d)[0].startswith("KELVO, Ohio — Workers")


def test_todays_site_exclamation_over_a_headline_and_a_deck_each_set_off_over_the_date():
    """The same with no byline: three title blocks over the date line, the exclamation on top
    the kicker, as a line naming the kind of piece is ("Editorial" / headline / deck / date)."""
    text = ("Solidarity with the Kelvo bakers!\n\nKelvo bakers vote in union as bosses cut shifts"
            "\n\nYoung workers say they will not back down as company stalls\n\nJune 6, 2022\n\n"
            "KELVO, Ohio — Workers at the Corvell bakery here voted 40-12 May 12 to join the "
            "union.\n")
    d = parse_article(text, "militant-2022-06-06-v86n22-kelvo-bakers.txt")
    assert d.overline.value == "Solidarity with the Kelvo bakers!"
    assert d.headline.value == "Kelvo bakers vote in union as bosses cut shifts"
    assert d.deck.value == "Young workers say they will not back down as company stalls"
    assert d.dateline.value == "KELVO, Ohio" and len(d.paragraphs) == 1


@pytest.mark.parametrize("top", [
    "Stop the layoffs! Bakers fight back!",  # two exclamations: a banner, no kicker
    "Solidarity with the striking bakers at Kelvo!",  # more words than the headline
])
def test_todays_site_exclamation_that_is_no_kicker_over_two_title_blocks(top):
    text = (f"{top}\n\nBakers vote in union\n\nCompany stalls talks on a first contract"
            + _UNDER_THE_DECK)
    d = parse_article(text, "militant-2022-06-06-v86n22-kelvo-bakers.txt")
    assert d.overline is None and d.headline.value == top


def test_todays_site_exclamation_over_one_title_block_stays_headline_and_deck():
    """A demand over a single block under it is the headline over its deck (rdr18): only a
    third title block makes the exclamation a kicker."""
    text = ("Solidarity with the Kelvo bakers!\n\nYoung workers say they will not back down as "
            "company stalls" + _UNDER_THE_DECK)
    d = parse_article(text, "militant-2022-06-06-v86n22-kelvo-bakers.txt")
    assert d.overline is None and d.headline.value == "Solidarity with the Kelvo bakers!"
    assert d.deck.value == "Young workers say they will not back down as company stalls"


def test_todays_site_deck_set_off_above_the_byline_is_no_kicker_over_a_headline():
    d = read("militant-2023-03-06-v87n10-bakery-workers-rally.txt")
    assert d.overline is None
    assert d.headline.value == "Bakery workers rally for safety at the ovens"
    assert d.deck.value == "Union members demand heat breaks and more staff"
    assert [b.name for b in d.bylines] == ["Tom Okafor"] and d.dateline.value == "HOLLIS FALLS, Minn."


def test_todays_site_credit_of_another_publication_then_byline_and_dateline():
    """'Tagus Weekly/Marta Vilela': a credit naming another publication and its photographer
    (kg/data/reader/photo-credits.txt), its caption under it; the byline and the dateline
    below are read, and neither credit nor caption is text."""
    d = read("militant-2020-08-24-v84n32-bus-drivers-sickout.txt")
    assert d.headline.value == "Bus drivers in Lisbon stage sickout over shifts"
    assert d.deck.value == "Union says split shifts leave no time to sleep"
    [photo] = d.photos
    assert photo.credit.value == "Tagus Weekly/Marta Vilela"
    assert photo.caption.value.startswith("Drivers gather outside") and photo.caption.value.endswith(
        "the week before.")
    assert [b.name for b in d.bylines] == ["Nuno Pereira"]
    assert d.dateline.value == "LISBON, Portugal"
    assert body(d)[0].startswith("LISBON, Portugal — More than 400") and len(body(d)) == 3


@pytest.mark.parametrize("line,credit", [
    ("Labor Notes/Jim West", True), ("Jim West/Labor Notes", True),
    ("Granma/Juvenal Balán", True), ("U.S./NATO Troops Out", False),
    ("AFL-CIO/Teamsters", False), ("Workers/Bosses Unite Against Us", False),
    # a credit naming where its photo stands (real42): a 2009 page, a 2017 home page
    ("Above: Kelvo photo/Getty Images/Ana Ruiz", True), ("Inset: Militant/Tom Lee", True),
    ("Above, Tom Lee; inset, Militant/Ana Ruiz", True),
    ("Above: Workers rally in Harlan", False), ("Left: the union hall", False),
    ("Above, more than 2,000 march in Harlan Feb. 13.", False)])
def test_credit_line_by_its_shape(line, credit):
    from kg.reader import cues

    assert cues.is_photo_credit(line) is credit


def test_todays_site_byline_over_the_dateline_under_a_credit_of_unknown_form():
    """A 'By …' line directly over the paragraph opening with the dateline is the byline even
    when an unread credit and caption stand above it (they stay text, as before)."""
    text = ("Bus drivers stage sickout\nUnion says split shifts leave no time to sleep\n"
            "August 24, 2020\n\nPhoto from the union\nDrivers gather outside the depot Aug. 11.\n\n"
            "By Nuno Pereira\n\n"
            "LISBON, Portugal — More than 400 bus drivers called in sick Aug. 11 and 12 to "
            "protest a new schedule that splits their day into two shifts.\n")
    d = parse_article(text, "militant-2020-08-24-v84n32-sickout.txt")
    assert [b.name for b in d.bylines] == ["Nuno Pereira"]
    assert d.dateline.value == "LISBON, Portugal"


def test_by_line_mid_text_not_over_a_dateline_stays_text():
    text = ("The Militant (logo)\n   Vol. 70/No. 7           February 20, 2006\n\n"
            "Books for the fight\n\nBY ANA RUIZ\n\n"
            "Workers in the union hall read from a list of books the local recommends this month, "
            "and the discussion ran past midnight.\n\n"
            "By Any Means Necessary\n\n"
            "The speeches in this book were given in the last year of his life, and they are "
            "read by young workers today.\n")
    d = parse_article(text, "page.txt")
    assert [b.name for b in d.bylines] == ["Ana Ruiz"] and d.dateline is None
    assert "By Any Means Necessary" in body(d) or any(
        s.name == "By Any Means Necessary" for s in d.sections)


def test_kicker_then_label_before_the_headline_and_deck():
    # "Chile" / (blank) / "(lead article)" / two-line headline / deck: the short line above the
    # label is the kicker, the label stands before the headline
    d = read("militant-2012-02-27-v76n8-copper-miners-strike.txt")
    assert d.overline.value == "Chile" and d.overline.span.of(d.text) == "Chile"
    assert d.kicker.value == "lead article"
    assert d.headline.value == "Copper miners in Antofagasta strike for safety and back pay"
    assert d.deck.value == "Company says output must not stop"
    assert [b.name for b in d.bylines] == ["Luis Ortega"]
    assert d.dateline.value == "ANTOFAGASTA, Chile"
    assert body(d)[0].startswith("ANTOFAGASTA, Chile—Some 2,500")


def test_a_long_line_over_a_label_is_no_kicker():
    text = ("The Militant (logo)\n   Vol. 76/No. 8           February 27, 2012\n\n"
            "Copper miners in the north of Chile walk out over safety crews and back pay\n\n"
            "(lead article)\nThousands join strike\n\nBY LUIS ORTEGA\n"
            "ANTOFAGASTA, Chile—Some 2,500 copper miners walked off the job on Tuesday.\n")
    d = parse_article(text)
    assert d.overline is None


def test_todays_site_kicker_naming_the_kind_of_piece_and_statement_author():
    # "SWP campaign statement" / (blank) / headline / date / "Statement by NAME, title, date."
    d = read("militant-2025-03-03-v89n9-swp-statement-rail-strike.txt")
    assert d.overline.value == "SWP campaign statement"
    assert d.headline.value == "Defend the right to strike! Hands off the rail unions"
    assert d.deck is None and d.dateline is None and d.signoff is None
    assert [(b.name, b.span.of(d.text)) for b in d.bylines] == [("Lena Fischer", "Lena Fischer")]
    # the statement's first line stays text: the writer's title names a party and an office
    assert body(d)[0].startswith("Statement by Lena Fischer, Socialist Workers Party candidate")
    assert len(d.paragraphs) == 3


def test_todays_site_headline_over_a_deck_is_no_kicker():
    text = ("Rail workers vote on contract\n\nUnion says crews must stay at two\nMarch 3, 2025\n\n"
            "Rail workers across the country are voting this month on a contract that the "
            "carriers say must cut crews to one.\n")
    d = parse_article(text, "militant-2025-03-03-v89n9-rail-vote.txt")
    assert d.overline is None and d.headline.value == "Rail workers vote on contract"
    assert d.deck.value == "Union says crews must stay at two"


def test_todays_site_kicker_over_a_demand():
    """"<Party> <year> campaign" / (blank) / a demand ending on "!" / (blank) / date: the short
    line is the kicker, the demand the headline (the paper prints demands as headlines, never as
    decks); the credited photo and the statement's author line read as before."""
    d = read("militant-2022-05-09-v86n18-kicker-over-demand.txt")
    assert d.overline.value == "Communist League 2022 campaign"
    assert d.overline.span.of(d.text) == "Communist League 2022 campaign"
    assert d.headline.value == "Stand with the rail crews on strike in Ontario!"
    assert d.deck is None
    assert [p.credit.value for p in d.photos] == ["Militant/Jo Park"]
    assert [b.name for b in d.bylines] == ["Rosa Vidal"]
    assert body(d)[0].startswith("The following statement was released May 3")


@pytest.mark.parametrize("between", ["", "By Ana Ruiz\n"])
def test_todays_site_kicker_naming_a_series_over_a_headline(between):
    """"<Party> <year> campaign" / (blank) / a headline that is no demand / (blank) / (byline)
    / date: a name and a year before a series noun, no verb, is the kicker over the headline,
    with or without a byline under the headline."""
    text = ("Communist League 2023 campaign\n\n"
            "League candidate joins picket lines at three Toronto bakeries\n\n"
            f"{between}June 5, 2023\n\n"
            "Bakery workers across the city are on the picket line this month against a "
            "contract that cuts every shift.\n")
    d = parse_article(text, "militant-2023-06-05-v87n22-bakery-tour.txt")
    assert d.overline.value == "Communist League 2023 campaign"
    assert d.overline.span.of(d.text) == "Communist League 2023 campaign"
    assert d.headline.value == "League candidate joins picket lines at three Toronto bakeries"
    assert d.deck is None
    assert [b.name for b in d.bylines] == (["Ana Ruiz"] if between else [])


@pytest.mark.parametrize("top,under", [
    # a headline ending on the series noun has its verb in lower case: headline and deck
    ("Teamsters launch organizing campaign", "Drivers at three depots sign union cards in a week"),
    # a series head longer than the title under it: headline and deck
    ("Socialist Workers Party 2024 campaign", "Miners win"),
])
def test_todays_site_line_ending_on_a_series_noun_over_a_deck(top, under):
    text = (f"{top}\n\n{under}\n\nMay 9, 2022\n\n"
            "Rail workers across the province are voting this month on a contract that the "
            "carriers say must cut crews to one.\n")
    d = parse_article(text, "militant-2022-05-09-v86n18-rail-vote.txt")
    assert d.overline is None
    assert (d.headline.value, d.deck.value) == (top, under)


@pytest.mark.parametrize("top,under,headline,deck", [
    # the line on top is a demand itself: the headline, the line under it the deck
    ("Join the Communist League campaign!", "Workers need a party of their own",
     "Join the Communist League campaign!", "Workers need a party of their own"),
    # a headline longer than a kicker (8 words and more) over a demand: headline and deck
    ("Rail crews in three states walk out over safety", "Two on every train!",
     "Rail crews in three states walk out over safety", "Two on every train!"),
    # a short line over a longer title that is no demand: headline and deck
    ("Bakers strike in Leeds", "Owners cut every shift by two hours without notice",
     "Bakers strike in Leeds", "Owners cut every shift by two hours without notice"),
    # a short line no shorter than the demand under it: headline and deck
    ("Dockers in Durban stop the cranes", "Safety first!",
     "Dockers in Durban stop the cranes", "Safety first!"),
])
def test_todays_site_headline_over_a_deck_set_off_is_no_kicker(top, under, headline, deck):
    text = (f"{top}\n\n{under}\n\nMay 9, 2022\n\n"
            "Rail workers across the province are voting this month on a contract that the "
            "carriers say must cut crews to one.\n")
    d = parse_article(text, "militant-2022-05-09-v86n18-rail-vote.txt")
    assert d.overline is None
    assert (d.headline.value, d.deck.value) == (headline, deck)


@pytest.mark.parametrize("first,names", [
    ("The following statement was released Oct. 10 by Ana Ruiz, Socialist Workers Party "
     "candidate for U.S. Senate in Texas.", ["Ana Ruiz"]),
    ("Statement by Ana de la Cruz, SWP candidate for mayor of Miami, May 2.", ["Ana de la Cruz"]),
    ("The following statement was issued September 26 by the Socialist Workers Party candidate "
     "for governor.", []),
    ("Statement by Socialist Workers Party National Committee, May 1.", []),
    ("Statements by workers at the plant gate were read at the rally, one after another.", []),
    # a ticket whose writers each carry a title: the second name after ", and" (rdr20)
    ("The following statement was released Oct. 9 by Ana Ruiz, Socialist Workers Party "
     "candidate for U.S. Senate from Ohio, and Tom Dorrow, SWP candidate for Congress in "
     "Ohio’s 9th District.", ["Ana Ruiz", "Tom Dorrow"]),
    ("Ana Ruiz, SWP candidate for governor, and Tom McBride, SWP candidate for lieutenant "
     "governor, issued the following statement June 3.", ["Ana Ruiz", "Tom McBride"]),
    ("Statement by Ana Ruiz, SWP candidate for mayor, and Tom Lee, who drives a bus, May 2.",
     ["Ana Ruiz"]),
    ("Statement by Ana Ruiz, SWP candidate for mayor of Kelvo, and Tom Lee, May 2.",
     ["Ana Ruiz"]),
    ("Statement by Ana Ruiz, SWP candidate for mayor. She spoke with Tom Lee, and Jo Park, "
     "a union member, at the gate.", ["Ana Ruiz"]),
    # a ticket whose names hold a particle joined by a hyphen or a particle on its own (rdr25)
    ("The following statement was issued March 4 by Tariq al-Kelvani and Inês dos Dorrow-Lima, "
     "Socialist Workers Party candidates for mayor and for city council.",
     ["Tariq al-Kelvani", "Inês dos Dorrow-Lima"]),
    ("Statement by Tariq al-Kelvani, SWP candidate for mayor of Kelvo, and Inês dos "
     "Dorrow-Lima, SWP candidate for city council, May 2.",
     ["Tariq al-Kelvani", "Inês dos Dorrow-Lima"]),
    ("Yosef ben-Dorrow, the Socialist Workers Party candidate for governor, issued the "
     "following statement June 3.", ["Yosef ben-Dorrow"]),
    # a lower-case word after a hyphen that is no particle names no one's word
    ("Statement by Tariq pro-Kelvani, SWP candidate for mayor, May 2.", []),
    # "The following statement is by" (2015 print) and "The following statement by …, was
    # released" (2017 print) name the writer too (rdr25)
    ("The following statement is by Ana Ruiz, Socialist Workers Party candidate for mayor of "
     "Kelvo in 2015.", ["Ana Ruiz"]),
    ("The following statement by Ana Ruiz, Socialist Workers Party 2016 candidate for U.S. "
     "president, was released April 20 at the close of the hearing.", ["Ana Ruiz"]),
    ("The following statement by the Socialist Workers Party National Committee was released "
     "May 3.", []),
    ("The following statement is being handed out by campaigners at plant gates across the "
     "state.", []),
    # a writer speaking for a body: "by Ana Ruiz on behalf of the Communist League" (set BM)
    ("The following statement was issued March 3 by Ana Ruiz on behalf of the Communist League "
     "in Kelvania. Ruiz works at a bakery.", ["Ana Ruiz"]),
])
def test_statement_author_line(first, names):
    text = ("The Militant (logo)\n   Vol. 80/No. 37           October 3, 2016\n\n"
            f"Hands off the unions!\n\n{first}\n\nThe text of the statement follows here.\n")
    d = parse_article(text)
    assert [b.name for b in d.bylines] == names
    assert body(d)[0] == first


def test_statement_second_writer_after_the_first_writers_title_has_its_span():
    first = ("The following statement was released Oct. 9 by Ana Ruiz, Socialist Workers Party "
             "candidate for U.S. Senate, and Tom Dorrow, SWP candidate for Congress.")
    text = ("The Militant (logo)\n   Vol. 80/No. 37           October 3, 2016\n\n"
            f"Hands off the unions!\n\n{first}\n\nThe text of the statement follows here.\n")
    d = parse_article(text)
    assert [(b.name, b.span.of(d.text)) for b in d.bylines] == [("Ana Ruiz", "Ana Ruiz"),
                                                                ("Tom Dorrow", "Tom Dorrow")]


def test_statement_writers_with_hyphened_particles_have_their_spans():
    """"al-" joined to the surname is one word of the name, as the entities stage reads it
    (kg/data/nlp/entities.toml `name_particles`); it was missed and the ticket had no byline
    (2026-12-05, rdr25)."""
    first = ("The following statement was released Oct. 9 by Tariq al-Kelvani and Inês dos "
             "Dorrow-Lima, Socialist Workers Party candidates for mayor and for city clerk.")
    text = ("The Militant (logo)\n   Vol. 80/No. 37           October 3, 2016\n\n"
            f"Hands off the unions!\n\n{first}\n\nThe text of the statement follows here.\n")
    d = parse_article(text)
    assert [(b.name, b.span.of(d.text)) for b in d.bylines] == [
        ("Tariq al-Kelvani", "Tariq al-Kelvani"), ("Inês dos Dorrow-Lima", "Inês dos Dorrow-Lima")]


def test_statement_line_under_a_byline_adds_no_author():
    text = ("The Militant (logo)\n   Vol. 80/No. 37           October 3, 2016\n\n"
            "Hands off the unions!\n\nBY TOM LEE\n"
            "Statement by Ana Ruiz, Socialist Workers Party candidate for mayor, May 2.\n\n"
            "The text of the statement follows here.\n")
    assert [b.name for b in parse_article(text).bylines] == ["Tom Lee"]


def test_tribute_headline_name_and_years_ending_in_a_colon_over_a_second_line():
    text = ("The Militant(logo) \n    Vol.61/No.34           September 29, 1997 \n\n\n"
            "Ruth Calder, 1931-1996:\na life in the workers movement\n\nBY DAN HOLLIS\n"
            "DETROIT - Ruth Calder, a member of the party for four decades, died here on "
            "September 12 after a long illness.\n")
    d = parse_article(text)
    assert d.headline.value == "Ruth Calder, 1931-1996: a life in the workers movement"
    assert d.deck is None and d.overline is None and d.dateline.value == "DETROIT"


def test_label_after_the_deck_and_two_bylines_each_with_a_title_over_two_lines():
    text = ("The Militant (logo)  \n\nVol. 73/No. 10      March 16, 2009\n\n"
            "Latvia: workers protest cuts\nUnions rally outside parliament\n(front page)\n\n"
            "BY ANNA BERG, Militant correspondent,\nAND JOHN KEANE, member of Unite in Manchester\n"
            "RIGA, Latvia—Thousands of workers rallied outside the parliament here on March 3 "
            "against cuts in wages and pensions.\n")
    d = parse_article(text)
    assert (d.headline.value, d.deck.value, d.kicker.value) == (
        "Latvia: workers protest cuts", "Unions rally outside parliament", "front page")
    assert [b.name for b in d.bylines] == ["Anna Berg", "John Keane"]
    assert d.dateline.value == "RIGA, Latvia"
    assert body(d) == [text.splitlines()[-1]]


# -- shapes across the eras (branch rdr5) ----------------------------------------------------

def test_standing_head_over_a_review_and_the_review_header():
    # "IN REVIEW" / headline / the book's line / "BY …", blocks set off by blank lines (2004)
    d = read("militant-2004-05-24-v68n20-in-review-coal-wars.txt")
    assert d.overline.value == "IN REVIEW" and d.overline.span.of(d.text) == "IN REVIEW"
    assert d.headline.value == "How the coal camps built their union"
    assert d.deck is None and d.kicker is None and d.photos == []
    assert [b.name for b in d.bylines] == ["Tom Lane"] and d.dateline is None
    # the review's header is the review's introduction, never a deck or a caption
    assert [s.kind for s in d.sections] == ["introduction", "body"]
    assert body(d)[0].startswith("The Coal Wars: Miners of the Kanawha Valley by Ruth Miller.")
    assert len(d.paragraphs) == 4


def test_standing_head_and_review_header_in_one_block():
    # "BOOK REVIEW" / headline / book line / "BY …", no blank lines (2017): not a caption
    d = read("militant-2017-03-27-v81n12-book-review-garment.txt")
    assert d.overline.value == "BOOK REVIEW"
    assert d.headline.value == "Garment workers tell their story"
    assert d.deck is None and d.photos == []
    assert [b.name for b in d.bylines] == ["Ana Soto"]
    assert body(d)[0] == "Threads of Struggle by Lena Ortiz. Red Press, 2016. 180 pages. $15."
    assert d.sections[0].kind == "introduction"


def test_standing_head_editorial_over_the_headline():
    d = read("militant-2011-02-28-v75n8-editorial-standing-head.txt")
    assert d.overline.value == "Editorial"
    assert d.headline.value == "Defend the right to organize" and d.deck is None
    assert body(d)[0].startswith("The attack on the unions") and len(d.paragraphs) == 2


def test_todays_site_review_header_under_the_caption_then_byline_in_capitals():
    d = read("militant-2021-02-01-v85n4-book-review-mill-town.txt")
    assert d.headline.value == "Book tells how workers fought Jim Crow in the mills"
    assert d.deck is None and d.overline is None
    assert [p.caption.value for p in d.photos] == [
        "Cotton mill workers on strike in Gastonia, North Carolina, 1929."]
    assert [b.name for b in d.bylines] == ["Marta Kelly"]
    assert body(d)[0].startswith("Mill Town Battles by Jorge Paz, 346 pages")
    assert body(d)[1].startswith("I urge readers")


def test_todays_site_film_review_header_then_title_case_byline():
    text = ("Film shows life in the coal camps\n\nVol. 86/No. 3 - January 24, 2022\n\n"
            "Matewan Stories, directed by Ana Ruiz. 2021. 95 minutes.\n\nBy Tom Lee\n\n"
            "The film follows three families through the mine war of 1921.\n")
    d = parse_article(text)
    assert [b.name for b in d.bylines] == ["Tom Lee"]
    assert body(d) == ["Matewan Stories, directed by Ana Ruiz. 2021. 95 minutes.",
                       "The film follows three families through the mine war of 1921."]


REVIEW_LINES = "militant-2022-05-16-v86n19-review-header-lines.txt"


def test_todays_site_review_header_one_item_a_line_then_the_byline():
    """Today's site: headline, date line, the book's header one item a line (title, "by
    <Author>", publisher and year, pages and price), then "By <Name>": the header is the
    review's introduction, the capitalised "By" line its byline; the lower-case "by" line
    names the book's author, no writer of the page."""
    d = read(REVIEW_LINES)
    assert d.headline.value == "How dock workers in Durban built their union"
    assert d.deck is None and d.photos == [] and d.overline is None
    assert [(b.name, b.span.of(d.text)) for b in d.bylines] == [
        ("Peter Lindqvist", "Peter Lindqvist")]
    assert [s.kind for s in d.sections] == ["introduction", "body"]
    assert body(d)[:4] == ["Harbor of Struggle: The Dockers of Durban, 1959–1973",
                           "by Naledi Khumalo", "Baobab Books, 2021", "312 pages, $24"]
    assert body(d)[4].startswith("In 1969 the stevedoring firms") and len(d.paragraphs) == 7


def test_review_header_one_item_a_line_under_a_caption_and_on_a_print_page():
    lines = ("Harbor of Struggle: The Dockers of Durban, 1959-1973\nby Naledi Khumalo\n"
             "Baobab Books, 2020\n312 pages, $24\n\n")
    text = ("How dock workers in Durban built their union\n\nVol. 85/No. 4 - February 1, 2021\n"
            "Dockers on strike in Durban, 1969.\n\n" + lines + "By Peter Lindqvist\n\n"
            "In 1969 the stevedoring firms in Durban cut the pay of casual dockers by a fifth.\n")
    d = parse_article(text)
    # the paragraph directly under the volume line, over the header, is the top photo's caption
    assert [p.caption.value for p in d.photos] == ["Dockers on strike in Durban, 1969."]
    assert [b.name for b in d.bylines] == ["Peter Lindqvist"]
    assert d.sections[0].kind == "introduction" and body(d)[0].startswith("Harbor of Struggle")
    text = ("The Militant (logo)  \n\nVol. 70/No. 12      March 27, 2006\n\n"
            "How dock workers in Durban built their union\n\n" + lines + "BY PETER LINDQVIST\n"
            "In 1969 the stevedoring firms in Durban cut the pay of casual dockers by a fifth.\n")
    d = parse_article(text)
    assert d.headline.value == "How dock workers in Durban built their union" and d.deck is None
    assert [b.name for b in d.bylines] == ["Peter Lindqvist"]
    assert [s.kind for s in d.sections] == ["introduction", "body"]


def test_a_by_line_under_short_lines_that_name_no_work_is_no_byline():
    # lines one under the other with no year, or no cue of a review's header: no header, and
    # "By …" under them (not over a dateline) is text as before
    for lines in ("Harbor of Struggle\nby Naledi Khumalo\nBaobab Books\n312 pages, $24\n\n",
                  "Harbor of Struggle\nby Naledi Khumalo\nBaobab Books, 2021\n\n"):
        text = ("How dock workers in Durban built their union\n\nMay 16, 2022\n\n" + lines
                + "By Peter Lindqvist\n\nIn 1969 the stevedoring firms in Durban cut pay.\n")
        d = parse_article(text, "militant-2022-05-16-v86n19-x.txt")
        assert d.bylines == [] and "By Peter Lindqvist" in body(d)


@pytest.mark.parametrize("lines,header", [
    (["Harbor Days: The Dockers' Strikes", "by Ana Ruiz", "Red Press, 2021", "312 pages, $24"],
     True),
    (["Harbor Days", "by Ana Ruiz and Tom Lee", "Red Press, 2021, 312 pp."], True),
    (["Harbor Days", "by Ana Ruiz", "Red Press", "312 pages, $24"], False),  # no year
    (["Harbor Days", "by Ana Ruiz", "Red Press, 2021"], False),  # no pages, ISBN …
    (["312 pages, 2021"], False),  # one line: cues.is_review_header's
    (["Harbor Days"] * 4 + ["Red Press, 2021", "312 pages"] + ["x"], False),  # seven lines
])
def test_review_header_blocks(lines, header):
    from kg.reader import cues
    assert cues.is_review_header_block(lines) is header


@pytest.mark.parametrize("line,header", [
    ("The Coal Wars by Ruth Miller. Pathfinder, 2003. 240 pp. $18.", True),
    ("Matewan Stories, directed by Ana Ruiz. 2021. 95 minutes.", True),
    ("Red Dawn by Jo Park (New York: Red Press, 1999), paperback.", True),
    ("The strike went on for 240 days.", False),  # no pages, no year
    ("Workers rally outside the plant gate, May 9, 2003.", False),
])
def test_review_header_lines(line, header):
    from kg.reader import cues
    assert cues.is_review_header(line) is header


@pytest.mark.parametrize("line,standing", [
    ("IN REVIEW", True), ("BOOK REVIEW", True), ("EDITORIAL", True), ("Editorial", True),
    ("Book review", True), ("MILITANT INTERVIEW", True),
    ("Workers issue appeal", False),  # a headline of its own
    ("In Brief", False), ("Fight for jobs", False)])
def test_standing_heads(line, standing):
    from kg.reader import cues
    assert cues.is_standing_head(line) is standing


def test_headline_ending_on_a_kind_word_over_a_deck_stays_the_headline():
    text = ("The Militant (logo)\n   Vol. 69/No. 5           February 7, 2005\n\n\n"
            "Workers issue appeal\nUnion asks for support at the plant gate\n\nBY ANA RUIZ\n"
            "DETROIT—The union asked for help.\n")
    d = parse_article(text)
    assert d.overline is None and d.headline.value == "Workers issue appeal"
    assert d.deck.value == "Union asks for support at the plant gate"


def test_todays_site_second_writer_on_the_next_line_under_a_deck():
    # "By Ana Ruiz" / "and Tom Lee" over the date line, a deck above them
    d = read("militant-2023-01-23-v87n3-chicago-labor-party-forum.txt")
    assert d.headline.value == "Chicago forum discusses need for a labor party"
    assert d.deck.value == "Socialist candidates say ‘unions must break with bosses’ parties’"
    assert [b.name for b in d.bylines] == ["Ana Ruiz", "Tom Lee"]
    assert [b.span.of(d.text) for b in d.bylines] == ["Ana Ruiz", "Tom Lee"]
    assert d.dateline.value == "CHICAGO" and body(d)[0].startswith("CHICAGO — Workers")
    assert len(d.paragraphs) == 2


def test_todays_site_second_writer_line_in_the_body():
    text = ("Workers need their own party\n\nVol. 87/No. 3 - January 23, 2023\n\n"
            "By Ana Ruiz\nand Tom Lee\n\nCHICAGO — Workers gathered Jan. 14.\n\nMore text.\n")
    d = parse_article(text)
    assert [b.name for b in d.bylines] == ["Ana Ruiz", "Tom Lee"]
    assert d.dateline.value == "CHICAGO" and body(d) == ["CHICAGO — Workers gathered Jan. 14.",
                                                         "More text."]


def test_sign_off_with_the_writers_title_on_its_line_and_plural_militant_photos():
    d = read("militant-2005-02-14-v69n6-harlan-campaign.txt")
    assert d.headline.value == "Vote for the socialist candidate in Harlan" and d.deck is None
    assert [(p.credit.value, p.caption.value) for p in d.photos] == [
        ("Militant photos by Ana Ruiz and Jo Park",
         "Miners talk with campaigners outside the portal, February 2.")]
    assert d.signoff.name == "Ana Diaz" and d.signoff.span.of(d.text) == "ANA DIAZ"
    assert d.signoff_role.value == "Socialist Workers Party candidate for mayor"
    assert d.signoff_role.span.of(d.text) == "Socialist Workers Party candidate for mayor"
    assert len(d.paragraphs) == 2 and not any("ANA DIAZ" in p for p in body(d))


def test_appeal_signed_by_its_coordinator_over_the_committees_name_under_dashed_points():
    """A defence committee's appeal (1990s print, `--` for dashes) lists its asks as points opening
    with `--` and closes on "--Name, coordinator," with the committee on the next line: the
    sign-off is the writer, the title runs over both lines, and the points stay text."""
    text = ("The Militant(logo) \n    Vol.57/No.9           March 8, 1993 \n \nFree Leo Marsh! \n"
            "Committee asks for letters to the parole board \n \nLeo Marsh has been held since 1990 on "
            "a charge the cops made up. \n \nWe ask three things of every supporter: \n \n--Write the "
            "Kelvo Parole Board before the May hearing. \n \n--Get your local to pass a resolution. \n"
            " \n--Send a donation for the legal fight. \n \n--Nora Vellich, coordinator, \n"
            "Leo Marsh Defense Committee \n")
    d = parse_article(text)
    assert d.signoff.name == "Nora Vellich"
    assert d.signoff_role.value == "coordinator, Leo Marsh Defense Committee"
    assert sum(p.startswith("--Write") or p.startswith("--Get") or p.startswith("--Send")
               for p in body(d)) == 3


def test_todays_site_caption_under_the_headline_with_no_blank_line_over_the_byline():
    """Today's site, no blank line in the header: a sentence with a full stop between the
    headline and the byline is the top photo's caption, not the deck."""
    text = ("Jury convicts deputy who shot Kelvo striker\n"
            "Supporters of the striker fill the steps of the Kelvo hall of justice on the day the "
            "jury came back.\nBy Ana Dorrow\nMarch 14, 2022\n"
            "KELVO, Kansas — When the verdict came over the radio, the crowd outside cheered.\n"
            "“We waited two years for this,” said Mara Lind, a packinghouse worker.\n")
    d = parse_article(text, "militant-2022-03-14-v86n10-kelvo-verdict.txt")
    assert d.headline.value == "Jury convicts deputy who shot Kelvo striker" and d.deck is None
    assert [p.caption.value for p in d.photos] == [
        "Supporters of the striker fill the steps of the Kelvo hall of justice on the day the jury "
        "came back."]
    assert [b.name for b in d.bylines] == ["Ana Dorrow"] and d.dateline.value == "KELVO, Kansas"
    assert len(d.paragraphs) == 2


def test_todays_site_byline_with_the_writers_title_credit_courtesy_and_titled_sign_off():
    d = read("militant-2021-02-22-v85n7-duluth-nurses.txt")
    assert [b.name for b in d.bylines] == ["Ana Ruiz"]
    assert [(p.credit.value, p.caption.value) for p in d.photos] == [
        ("Photo courtesy of the nurses union",
         "Nurses walk the picket line outside the hospital, Feb. 10.")]
    assert d.dateline.value == "DULUTH, Minn."
    assert d.signoff.name == "Tom Lee"
    assert d.signoff_role.value == "Socialist Workers Party candidate for mayor of Duluth"
    assert len(d.paragraphs) == 2


@pytest.mark.parametrize("line,names", [
    ("By Ana Ruiz, Communist League candidate", ["Ana Ruiz"]),
    ("By Ana Ruiz and Tom Lee, Militant staff writers", ["Ana Ruiz", "Tom Lee"]),
    ("By Friday, the bosses must answer", []),  # a title, not a writer
    ("By Monday, workers at the plant will be out", []),  # one word is no writer's name
])
def test_todays_site_byline_with_a_title(line, names):
    text = ("Miners rally in Harlan\n\nVol. 85/No. 6 - February 15, 2021\n\n"
            f"{line}\n\nHARLAN, Ky. — Miners rallied Jan. 20.\n")
    assert [b.name for b in parse_article(text).bylines] == names


@pytest.mark.parametrize("last,signoff", [
    ("—Ana Ruiz, who works at the plant, said the strike goes on.", None),  # a sentence
    ("—ANA RUIZ, Militant staff writer", "Ana Ruiz"),
    ("—Ana Ruiz and Tom Lee, SWP candidates", "Ana Ruiz"),
])
def test_sign_off_lines_with_a_title(last, signoff):
    text = ("The Militant (logo)\n   Vol. 69/No. 5           February 7, 2005\n\n\n"
            f"Vote socialist\n\nWorkers need a voice of their own in this election.\n\n{last}\n")
    d = parse_article(text)
    assert (d.signoff.name if d.signoff else None) == signoff


def test_statement_author_named_first_on_todays_site():
    d = read("militant-2020-06-15-v84n23-candidate-statement.txt")
    assert [b.name for b in d.bylines] == ["Rosa Vidal"]
    assert d.bylines[0].span.of(d.text) == "Rosa Vidal"
    assert body(d)[0].startswith("Rosa Vidal, the Socialist Workers Party candidate")


@pytest.mark.parametrize("first,names", [
    ("Statement issued Jan. 25 by Rosa Vidal, Socialist Workers Party candidate for U.S. "
     "Senate from California.", ["Rosa Vidal"]),
    ("This statement by Ana Ruiz, a rail worker and Socialist Workers Party candidate for "
     "governor in Illinois, was released Sept. 20.", ["Ana Ruiz"]),
    ("Statement by Ana Ruiz and Tom Lee, Socialist Workers Party candidates for president and "
     "vice president, Aug. 2.", ["Ana Ruiz", "Tom Lee"]),
    ("Workers at the plant, angry at the bosses, issued the following statement.", []),
    ("The Socialist Workers Party, which runs candidates across the country, issued the "
     "following statement May 1.", []),
])
def test_statement_author_line_more_forms(first, names):
    text = ("The Militant (logo)\n   Vol. 80/No. 37           October 3, 2016\n\n"
            f"Hands off the unions!\n\n{first}\n\nThe text of the statement follows here.\n")
    d = parse_article(text)
    assert [b.name for b in d.bylines] == names
    assert [b.span.of(d.text) for b in d.bylines] == names


def test_column_introduction_hard_wrapped_into_short_lines():
    # 1998: the standing introduction wrapped into short lines, the dateline's paragraph
    # directly under them: never the headline or the deck, and the dateline is read
    d = read("militant-1998-03-30-v62n12-ys-weekend-school.txt")
    assert d.headline.value == "Young Socialists Hold Weekend School In Twin Cities"
    assert d.deck is None and d.overline is None
    assert d.dateline.value == "ST. PAUL, Minnesota"
    intro = d.sections[0]
    assert intro.kind == "introduction" and len(intro.paragraphs) == 5
    assert intro.paragraphs[-1].span.of(d.text) == "Tel: (773) 555-0151."
    assert [s.kind for s in d.sections] == ["introduction", "body"]
    assert len(d.paragraphs) == 7


def test_a_long_line_under_a_column_introduction_is_text():
    text = ("The Militant(logo) \n    Vol.62/No.12           March 30, 1998 \n\n\n"
            "Young Socialists Hold School\n\n"
            "This column is written and edited by the Young Socialists. Write to us.\n"
            "The Young Socialists chapter here held a weekend school in March, and ten young "
            "workers and students took part in its classes on Cuba.\n")
    d = parse_article(text)
    assert [len(s.paragraphs) for s in d.sections] == [1, 1]
    assert [s.kind for s in d.sections] == ["introduction", "body"]


@pytest.mark.parametrize("line,value", [
    ("Dec. 5—Ruth Calder, a garment worker for 30 years, died here.", "Dec. 5"),
    ("Sept. 11 — Statement of the campaign.", "Sept. 11"),
    ("HAVANA, Dec. 2, 2004—Workers rallied.", "HAVANA, Dec. 2, 2004"),
    ("Decimal—points are no dates.", None),
    ("June 2019—a month of strikes.", None),  # a month and a year: no day, no dateline
])
def test_dateline_styles_abbreviated_date_alone_and_a_year(line, value):
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\nHeadline\n\n"
            f"BY ANA RUIZ\n\n{line}\n")
    d = parse_article(text)
    assert (d.dateline.value if d.dateline else None) == value


def test_editors_note_in_brackets_on_top_is_the_introduction():
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\n"
            "‘We will build a new world’\n\n"
            "[Editor’s note: Below is the talk given by Ana Ruiz at a meeting in Oakland.]\n\n"
            "Thank you all for coming. We meet at a time of big changes.\n")
    d = parse_article(text)
    assert [s.kind for s in d.sections] == ["introduction", "body"]
    assert [n.of(d.text)[:14] for n in d.editor_notes] == ["[Editor’s note"]


def test_interview_questions_and_answers_are_paragraphs_not_subheadings():
    # "Militant: …?" directly over "Pérez: …", "Q: …" over "A: …": an exchange, no section title
    d = read("militant-2012-03-26-v76n12-rice-farmer-interview.txt")
    assert d.headline.value == "Interview with a rice farmer"
    assert [b.name for b in d.bylines] == ["Alma Reyes"]
    assert d.dateline.value == "SANTO DOMINGO, Dominican Republic"
    assert [s.title for s in d.sections] == [None]
    assert [p[:9] for p in body(d)] == ["SANTO DOM", "Militant:", "Pérez: Th", "Q: What d",
                                        "A: Water "]


def test_a_subheading_over_its_paragraph_is_still_one():
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\nHeadline\n\n"
            "BY ANA RUIZ\n\nDETROIT—Workers rallied here.\n\nLessons of the strike\n"
            "Pérez: the union was stronger than the bosses thought, said one worker.\n")
    d = parse_article(text)
    assert [s.title.of(d.text) if s.title else None for s in d.sections] == [
        None, "Lessons of the strike"]


def test_todays_site_two_captions_under_the_volume_line_over_the_byline():
    # the top photo's caption directly under the volume line, then "Inset, …" (a second
    # photo), each set off by blank lines, then the byline and the dateline's paragraph
    d = read("militant-2021-06-21-v85n24-rail-crews-two-captions.txt")
    assert [p.caption.value for p in d.photos] == [
        "Rail workers rally in Chicago May 22 against plans for one-person crews.",
        "Inset, union leader Ana Ruiz speaks to the rally."]
    assert [b.name for b in d.bylines] == ["Terry Evans"] and d.dateline.value == "CHICAGO"
    assert [s.kind for s in d.sections] == ["body"] and len(d.paragraphs) == 2


def test_todays_site_paragraph_under_a_caption_without_a_placing_cue_stays_text():
    text = ("Rail workers fight for safe crews\n\nVol. 85/No. 24 - June 21, 2021\n"
            "Rail workers rally in Chicago May 22.\n\n"
            "The carriers want one person in the cab of every train.\n\nBy Terry Evans\n\n"
            "CHICAGO — Rail workers rallied here May 22.\n")
    d = parse_article(text)
    assert d.photos == [] and body(d)[0].startswith("Rail workers rally")


def test_todays_site_speech_introduction_then_title_case_byline_and_no_dateline():
    # "Below are excerpts from a talk by …" / "By Ana Ruiz" / the talk (no dateline)
    d = read("militant-2021-01-18-v85n2-talk-new-society.txt")
    assert d.headline.value == "‘Workers can build a new society’"
    assert [b.name for b in d.bylines] == ["Ana Ruiz"] and d.dateline is None
    assert [s.kind for s in d.sections] == ["introduction", "body"]
    assert body(d)[0].startswith("Below are excerpts") and body(d)[1].startswith("Thank you")
    assert len(d.paragraphs) == 3


def test_by_line_under_an_ordinary_paragraph_stays_text():
    text = ("Workers can build a new society\n\nVol. 85/No. 2 - January 18, 2021\n\n"
            "Workers met here to discuss the way forward.\n\nBy Any Means Necessary\n\n"
            "The book was read aloud.\n")
    d = parse_article(text)
    assert d.bylines == [] and "By Any Means Necessary" in body(d)


# -- shapes of 2026-12-04 (rdr6): run-in brief titles, a kicker over a quoted phrase and a colon,
# -- today's decks set off over the date line, a book excerpt's writer named by its introduction

def test_in_brief_first_title_running_straight_into_its_text_is_an_item_not_the_deck():
    # "In Brief" / title / text (no blank line between, 1990s print): the first title is the
    # first item's, as every later one is
    d = read("militant-1996-09-16-v60n33-in-brief-run-in.txt")
    assert d.headline.value == "In Brief" and d.deck is None and d.page_kind == "briefs"
    assert [i.title.value for i in d.items] == [
        "Bus drivers in Oslo walk out over schedules", "Farmworkers in Chile win wage raise",
        "Textile plant closed in Lancashire"]
    assert body(d)[0].startswith("Some 900 bus drivers")


def test_letters_page_first_title_running_into_its_letter_is_the_letters_title():
    text = ("The Militant (logo)\n   Vol. 68/No. 44           November 29, 2004\n\n"
            "Letters\nMiners at the union hall\nI took a bundle of the paper to the union hall "
            "before the meeting on the contract, and eleven miners bought a copy.\n"
            "Harold Wilkes\nPrice, Utah\n\nPrices at the store\nEvery week the bill at the store "
            "goes up, and the paper is the only one that explains why.\nMaria Soto\n"
            "El Paso, Texas\n")
    d = parse_article(text)
    assert d.headline.value == "Letters" and d.deck is None
    assert [i.title.value for i in d.items] == ["Miners at the union hall", "Prices at the store"]


def test_named_page_with_a_deck_over_a_blank_line_keeps_its_deck():
    # the run-in rule needs the text directly under the title: a blank line under the titles
    # keeps them the page's headline and deck
    text = ("The Militant(logo) \n    Vol.60/No.33           September 16, 1996 \n\n\n"
            "In Brief  \nNews from the picket lines\n\nBus drivers walk out\nSome 900 bus "
            "drivers in Oslo stopped work September 4 after the city's transit company posted "
            "new schedules.\n\nFruit pickers win raise\nFruit pickers in the Aconcagua valley "
            "won a 12 percent wage increase after a four-day strike.\n")
    d = parse_article(text)
    assert d.headline.value == "In Brief" and d.deck.value == "News from the picket lines"
    assert [i.title.value for i in d.items] == ["Bus drivers walk out", "Fruit pickers win raise"]


def test_kicker_over_a_headline_opening_with_a_quoted_phrase_and_a_colon():
    # "Harbor shutdown" / "‘Not one more crushed hand’: dockers" / "in Valparaiso walk out…" /
    # deck / (blank) / "(front page)"
    d = read("militant-2013-09-30-v77n36-kicker-quote-colon.txt")
    assert d.overline.value == "Harbor shutdown"
    assert d.headline.value == ("‘Not one more crushed hand’: dockers in Valparaiso walk out "
                                "over safety")
    assert d.deck.value == "Port closed for three days as union presses demands"
    assert d.kicker.value == "front page"
    assert [b.name for b in d.bylines] == ["Marco Fuentes"]
    assert d.dateline.value == "VALPARAISO, Chile"


@pytest.mark.parametrize("titles,overline,headline", [
    # no deck under it: the short line is the headline, the quoted line its deck
    ("Harbor shutdown\n‘Not one more’: dockers walk out\n", None, "Harbor shutdown"),
    # a first title of two lines is a headline, not a kicker
    ("Dockers in Valparaiso shut\nthe port for three days\n‘Not one more’: union demands "
     "safety\nCompany says cranes are sound\n", None,
     "Dockers in Valparaiso shut the port for three days"),
    # a quoted phrase with no colon after it opens no such headline
    ("Harbor shutdown\n‘Not one more’ say dockers at the port\nCompany says cranes are sound\n",
     None, "Harbor shutdown"),
])
def test_quoted_phrase_and_colon_needs_a_one_line_kicker_and_a_deck(titles, overline, headline):
    text = ("The Militant (logo)  \n\nVol. 77/No. 36      September 30, 2013\n\n"
            f"{titles}\nBY MARCO FUENTES\nVALPARAISO, Chile—Dockers walked off the job "
            "September 16, the day after a crane accident.\n")
    d = parse_article(text)
    assert (d.overline.value if d.overline else None) == overline
    assert d.headline.value == headline


def test_todays_site_interview_deck_set_off_by_blank_lines_over_the_date_line():
    # headline / (blank) / deck / (blank) / date / (blank) / caption / (blank) / byline
    d = read("militant-2019-10-14-v83n38-nurse-interview-dated.txt")
    assert (d.masthead.volume, d.masthead.issue, d.masthead.date) == (83, "38", dt.date(2019, 10, 14))
    assert d.headline.value == "‘We are the ones who keep this hospital running’"
    assert d.deck.value == "Interview with a nurse in Duluth on the fight for safe staffing"
    assert d.overline is None
    assert [b.name for b in d.bylines] == ["Tom Adler"] and d.dateline.value == "DULUTH, Minn."


def test_todays_site_book_excerpt_deck_caption_and_writer_named_by_the_introduction():
    # headline / (blank) / deck / (blank) / date / (blank) / caption / (blank) / "The following
    # is an excerpt from BOOK by NAME, …": the deck, the top photo's caption, the book's writer
    d = read("militant-2023-05-22-v87n20-book-excerpt-dated.txt")
    assert d.headline.value == "How the mill workers of Lowell organized in 1912"
    assert d.deck.value == "Spinners, weavers built a union in the teeth of the bosses"
    [photo] = d.photos
    assert photo.credit is None and photo.caption.value.startswith("Strikers march past")
    assert [(b.name, b.span.of(d.text)) for b in d.bylines] == [("Clara Dunning", "Clara Dunning")]
    assert body(d)[0].startswith("The following is an excerpt from Bread and Looms")
    assert len(d.paragraphs) == 3 and d.dateline is None


def test_todays_site_sentence_set_off_over_the_date_line_is_no_deck():
    text = ("Mill workers organized in 1912\n\nThe strikers marched through Lowell in April.\n\n"
            "May 22, 2023\n\nIn the winter of 1912 the mills of Lowell cut wages again.\n")
    d = parse_article(text, "militant-2023-05-22-v87n20-mills.txt")
    assert d.deck is None


@pytest.mark.parametrize("first,names", [
    ("The following is an excerpt from Bread and Looms: The Mill Strikes, 1912–1913 by Clara "
     "Dunning, a retired weaver.", ["Clara Dunning"]),
    ("Below is an excerpt from Harbor Days, by Ana Ruiz and Tom Lee. Copyright © 2023 by "
     "Pathfinder Press.", ["Ana Ruiz", "Tom Lee"]),
    ("The excerpt below is from the introduction by Ana de la Cruz to Harbor Days, one of "
     "Pathfinder’s Books of the Month.", ["Ana de la Cruz"]),
    # a speech, a talk or remarks: the speaker is not the page's writer (README "Conventions")
    ("Below are excerpts from a talk by Ana Ruiz, Socialist Workers Party candidate for mayor.",
     []),
    ("The following is an excerpt from Harbor Days, a speech by Ana Ruiz to dockers in 1937.", []),
    # the publisher or an editor is no writer
    ("The excerpt below is from Harbor Days, published by Pathfinder Press.", []),
    ("Below is an excerpt from Harbor Days, edited by Ana Ruiz.", []),
    # the writer named in a later sentence is not read
    ("The excerpt below is from Harbor Days. It was written by Ana Ruiz, a docker.", []),
])
def test_excerpt_introduction_names_the_books_writer(first, names):
    text = ("How dockers built their union\n\nMay 22, 2023\n\n"
            f"{first}\n\nIn the winter of 1937 the dockers of the port struck for a week.\n")
    d = parse_article(text, "militant-2023-05-22-v87n20-dockers.txt")
    assert [b.name for b in d.bylines] == names
    assert body(d)[0] == first


def test_todays_site_kicker_over_a_headline_and_a_deck_set_off_by_blank_lines():
    # "Editorial" / (blank) / headline / (blank) / deck / (blank) / date (today's editorials)
    d = read("militant-2025-12-08-v89n46-editorial-set-off-deck.txt")
    assert d.overline.value == "Editorial" and d.overline.span.of(d.text) == "Editorial"
    assert d.headline.value == "Back the nurses' fight for safe staffing"
    assert d.deck.value == "Hospital bosses in three states cut shifts and call it 'flexibility'"
    assert d.deck.span.of(d.text) == d.deck.value
    assert d.kicker is None and d.photos == [] and d.bylines == []
    assert body(d)[0].startswith("Nurses in Oregon, Michigan and Vermont")
    assert len(d.paragraphs) == 2


def test_todays_site_three_title_blocks_need_a_line_naming_the_kind_of_piece():
    # the first block is the headline unless it names the kind of piece: "Editorial" above
    text = ("Nurses hold the line\n\nBack the fight for safe staffing\n\n"
            "Hospital bosses cut shifts\n\nDecember 8, 2025\n\n"
            "Nurses in three states are on the picket line this month to say that safe "
            "staffing is a matter of life and death.\n")
    d = parse_article(text, "militant-2025-12-08-v89n46-nurses.txt")
    assert d.overline is None and d.headline.value == "Nurses hold the line"


def test_todays_site_caption_set_off_between_the_date_and_the_byline():
    # an obituary: headline / date / (blank) / caption / (blank) / "By NAME" / text, no dateline
    d = read("militant-2023-07-17-v87n27-obituary-caption-byline.txt")
    assert d.headline.value == "Harold Quist, 1941–2023: miner, union fighter, socialist"
    assert d.deck is None and d.overline is None and d.dateline is None
    assert [(b.name, b.span.of(d.text)) for b in d.bylines] == [
        ("Marta Lindgren", "Marta Lindgren")]
    assert [(p.credit, p.caption.span.of(d.text)) for p in d.photos] == [
        (None, "Harold Quist speaks at a rally for the miners in Gillette, Wyoming, in 1989.")]
    assert body(d)[0].startswith("Harold Quist, who worked underground")
    assert len(d.paragraphs) == 2


@pytest.mark.parametrize("paragraph", [
    "Below are excerpts from a talk by Ana Ruiz at a Militant Labor Forum Jan. 8.",
    "Editor's note: The following is the talk given by Ana Ruiz in Chicago.",
    "Workers rally in the square"])  # no sentence: no caption
def test_todays_site_no_caption_set_off_over_a_byline(paragraph):
    text = (f"Workers can build a new society\n\nJanuary 18, 2021\n\n{paragraph}\n\n"
            "By Ana Ruiz\n\nThank you for coming. We are in a new period of struggle.\n")
    d = parse_article(text, "militant-2021-01-18-v85n2-talk.txt")
    assert d.photos == []


@pytest.mark.parametrize("names,people", [
    ("Ana Ruiz", True), ("Ana Ruiz and Tom Lee", True), ("Ana de la Cruz", True),
    ("Any Means Necessary", False), ("All of Us", False), ("Way of the Miners", False)])
def test_a_title_case_byline_names_people_or_is_a_title(names, people):
    from kg.reader import cues
    assert cues.names_people(names) is people


def test_notes_numbered_in_brackets_as_today_s_site_writes_them():
    """`him.[1]`, `later.[2]`, `a year [3]` in the text, and `[1] Author, Title …` under `Notes`:
    each note found with its marker (the brackets and the number), nothing refused."""
    d = read("militant-2022-08-15-v86n31-history-bracketed-notes.txt")
    assert [n.number for n in d.notes] == [1, 2, 3]
    assert [n.marker.span.of(d.text) for n in d.notes] == ["[1]", "[2]", "[3]"]
    assert [d.text[n.marker.span.begin - 5:n.marker.span.begin] for n in d.notes] == [
        "gned.", "ater.", "year "]
    assert d.notes[0].text.of(d.text).startswith("Harold Wendt, Underground Democracy")
    assert d.notes[1].text.of(d.text) == "Ibid., p. 140."
    assert d.notes_title.of(d.text) == "Notes"
    assert d.headline.value.startswith("75 years since the Harlan sit-down")
    assert [b.name for b in d.bylines] == ["Ruth Calder"]


def test_note_markers_in_parentheses_glued_to_a_full_stop():
    """`Union.(1)`, `19,500.(2)`: a print page set from a typed text; a clause's `13(1)` and a
    list's `: (1) pay` before them are no markers."""
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\nHeadline\n\n"
            "Under Section 13(1) the owners demanded: (1) longer shifts and (2) no breaks. The mill "
            "hands answered by founding the Kelvo Mill Union.(1) By spring it had 19,500.(2) members.\n"
            "\n\nNOTES\n1. A note.\n\n2. Another note.\n")
    d = parse_article(text)
    spans = [n.marker.span for n in d.notes]
    assert [s.of(d.text) for s in spans] == ["(1)", "(2)"]
    assert [d.text[s.begin - 6:s.begin] for s in spans] == ["Union.", "9,500."]


def test_a_bracketed_marker_with_no_note_is_named():
    text = ("The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\nHeadline\n\n"
            "A claim.[1] Another claim.[2]\n\n\nNotes\n[1] A note.\n")
    with pytest.raises(ReadError, match="footnote marker 2 has no note"):
        parse_article(text)


# -- set K's kinds (branch rdr8) ----------------------------------------------------------

def test_long_line_over_a_shorter_block_is_the_headline_not_a_kicker():
    # a court report (2008 print): the headline in a block of its own, the deck holding the case
    # name under it, then the byline. A kicker is short (7 words at most) and no longer than the
    # headline under it; a longer line is the headline and the block under it its deck.
    d = read("militant-2008-07-07-v72n26-court-ruling-deck.txt")
    assert d.overline is None
    assert d.headline.value == "Federal court says jailed immigrants can sue warden"
    assert d.deck.value == "Ruling in Ortega v. Landry strikes at 1996 detention law"
    assert [p.name for p in d.bylines] == ["María Elena Soto"]
    assert d.dateline.value == "NEW YORK"


def test_short_line_over_a_headline_block_stays_a_kicker():
    text = ("The Militant (logo)\n\nVol. 72/No. 26      July 7, 2008\n\n"
            "Immigrant rights\n\nFederal court says jailed immigrants\ncan sue the county warden\n\n"
            "BY ANA RUIZ\nNEW YORK—In a 2-1 decision June 24, a federal appeals court ruled that "
            "immigrants held for months in a county jail here may sue the warden.\n")
    d = parse_article(text)
    assert d.overline.value == "Immigrant rights"
    assert d.headline.value == "Federal court says jailed immigrants can sue the county warden"
    assert d.deck is None


def test_deck_in_small_letters_under_a_headline_in_capitals():
    # the distributors' directory (2000 print): a headline in capitals, a blank line, a deck in
    # sentence case, then the country headings and the directory's lines. The change of case
    # sets the deck apart; the text under it opens with no byline, credit or dateline.
    d = read("militant-2000-11-20-v64n44-distributors-directory.txt")
    assert d.headline.value == "IF YOU LIKE THIS PAPER, LOOK US UP"
    assert d.deck.value == "Where to find distributors of the Militant and Pathfinder books"
    assert d.overline is None and d.bylines == []
    text = " ".join(p.span.of(d.text) for p in d.paragraphs)
    assert "Where to find" not in text and "Des Moines: 3720 Ingersoll Ave." in text


def test_sentence_under_a_headline_in_capitals_stays_text():
    text = ("The Militant (logo)\n   Vol.64/No.44            November 20, 2000\n\n"
            "MINERS STAND FIRM\n\nStrikers held the line.\n\n"
            "Some 400 miners kept their picket lines up through the week.\n")
    d = parse_article(text)
    assert d.headline.value == "MINERS STAND FIRM" and d.deck is None
    assert d.paragraphs[0].span.of(d.text) == "Strikers held the line."


@pytest.mark.parametrize("upper, cased", [
    ("LEE JI-WON", "Lee Ji-won"),           # Korean: family name first, given name of two syllables
    ("PARK SEO-YEON", "Park Seo-yeon"),
    ("JI-WON KIM", "Ji-won Kim"),           # the family name last, as some writers sign
    ("CHIANG KAI-SHEK", "Chiang Kai-shek"),  # Wade-Giles
    ("JEAN-PHILIPPE LEE", "Jean-Philippe Lee"),  # a French given name keeps both capitals
    ("ANNE-MARIE PARK", "Anne-Marie Park"),
    ("MARY-ALICE WATERS", "Mary-Alice Waters"),  # no family name of the list: as before
    ("TONY HAYES", "Tony Hayes"),
])
def test_east_asian_given_names_in_capitals_keep_one_capital(upper, cased):
    # the list of family names is data (kg/data/reader/east-asian-family-names.txt); the
    # syllables of the hyphenated name decide with it
    assert name_case(upper, "") == cased


def test_korean_byline_in_capitals():
    text = ("The Militant (logo)\n\nVol. 80/No. 30      August 15, 2016\n\n"
            "Shipyard workers in Korea strike\n\n"
            "BY LEE JI-WON AND TONY HAYES\nSEOUL, South Korea — Tens of thousands of shipyard "
            "workers walked out July 20 against layoffs and a wage freeze at the yards.\n")
    d = parse_article(text)
    assert [p.name for p in d.bylines] == ["Lee Ji-won", "Tony Hayes"]


def test_headline_and_deck_on_one_line_joined_by_two_hyphens():
    """1997-1998: `Title Case Headline -- Sentence-case deck` on one line is the headline and
    its deck, each with its exact span; the era's other dashes in the text stay as printed."""
    d = read("militant-1998-09-21-v62n33-run-in-deck.txt")
    assert d.headline.value == "Cannery Workers Win Union In Yakima Valley"
    assert d.headline.span.of(d.text) == d.headline.value
    assert d.deck.value == "Vote ends three-year fight for recognition"
    assert d.deck.span.of(d.text) == d.deck.value
    assert [b.name for b in d.bylines] == ["Teresa Molina"] and d.dateline.value == "YAKIMA, Washington"
    assert "-- with a dash inside it" in body(d)[-1]


@pytest.mark.parametrize("line", [
    "Cuba -- the Revolution at 40",  # the part after the dash starts in lower case
    "Workers Fight Back -- Bosses Retreat In Detroit",  # two Title Case halves: one headline
    "Strike -- Workers walk out",  # one word before the dash
    "Miners win -- company backs down on pensions",  # a sentence-case headline with a dash
])
def test_a_dash_inside_a_headline_is_no_run_in_deck(line):
    from kg.reader.titles import run_in_deck
    assert run_in_deck(line) is None


def test_today_s_caption_directly_under_the_date_line_over_the_dateline():
    """`By Name` / date / caption (no blank line between) / (blank) / `CITY — …`: the sentence
    under the date is the top photo's caption, the byline stays, the body opens at the dateline;
    the file name's zero-padded issue (`v83n09`, as the site's addresses pad it) is issue 9."""
    d = read("militant-2019-03-04-v83n09-caption-under-date.txt")
    assert [b.name for b in d.bylines] == ["Carla Mendez"]
    assert [p.caption.value for p in d.photos] == [
        "Teachers picket outside Kelvo High School Feb. 25, the strike's first day."]
    assert d.dateline.value == "KELVO, Ohio"
    assert body(d)[0].startswith("KELVO, Ohio — More than 1,200")
    assert (d.masthead.volume, d.masthead.issue) == (83, "9")
    assert d.deck.value == "District offers raise but no new hires"


def test_today_s_caption_set_off_under_the_byline_block_over_the_dateline():
    """Headline and deck in one block / (blank) / "By Name" / "and Name" / date / (blank) /
    caption / (blank) / "CITY — …": the sentence set off under the byline's block is the top
    photo's caption, not the first paragraph; the bylines stay, the dateline opens the body."""
    d = read("militant-2022-05-16-v86n19-caption-under-byline-block.txt")
    assert d.headline.value == "Bakery workers in Leeds walk out over shift cuts"
    assert d.deck.value == "Union says owners broke their promise on hours"
    assert [(b.name, b.span.of(d.text)) for b in d.bylines] == [
        ("Tom Okafor", "Tom Okafor"), ("Jo Park", "Jo Park")]
    [photo] = d.photos
    assert photo.credit is None and photo.caption.span.of(d.text) == (
        "Strikers picket the Hollins bakery gate in Leeds, England, May 6, on the strike's "
        "third day.")
    assert d.dateline.value == "LEEDS, England"
    assert body(d)[0].startswith("LEEDS, England — Some 300 bakery workers")
    assert len(d.paragraphs) == 3


@pytest.mark.parametrize("set_off,below", [
    # over a paragraph with no dateline, the sentence stays text
    ("Strikers picket the Hollins bakery gate in Leeds, England, May 6.",
     "Some 300 bakery workers walked off the job May 4 after the owners cut every shift."),
    # an editor's note stays text
    ("Editor’s note: The names of the strikers are withheld at their request.",
     "LEEDS, England — Some 300 bakery workers walked off the job here May 4."),
    # a title with no full stop is no caption
    ("Strikers picket the Hollins bakery gate in Leeds",
     "LEEDS, England — Some 300 bakery workers walked off the job here May 4."),
    # two paragraphs in the block: no one caption
    ("Strikers picket the Hollins bakery gate in Leeds, England, May 6.\nThey want their hours "
     "back.", "LEEDS, England — Some 300 bakery workers walked off the job here May 4."),
])
def test_today_s_paragraph_under_the_byline_block_that_is_no_caption(set_off, below):
    text = ("Bakery workers in Leeds walk out over shift cuts\n"
            "Union says owners broke their promise on hours\n\n"
            f"By Tom Okafor\nMay 16, 2022\n\n{set_off}\n\n{below}\n\n"
            "The strikers have set up picket lines at both gates around the clock.\n")
    d = parse_article(text, "militant-2022-05-16-v86n19-leeds.txt")
    assert d.photos == []
    assert [b.name for b in d.bylines] == ["Tom Okafor"]
    assert body(d)[0] == set_off.split("\n")[0]


# -- today's site: a photo's credit glued to its caption (the site's figure copied as one line)

def test_caption_printed_again_after_its_credit_under_the_date_line():
    """By / date / caption / (blank) / "Militant/Tom Lee <the same caption>" / (blank) /
    "CITY — …": one photo, its credit from the second printing; neither printing is text, and
    the dateline opens the body."""
    d = read("militant-2024-10-21-v88n39-caption-printed-again.txt")
    assert [b.name for b in d.bylines] == ["Marta Lindgren"]
    assert d.dateline.value == "KELVO FALLS, N.C."
    assert [(p.credit.value, p.caption.value) for p in d.photos] == [
        ("Militant/Tom Lee",
         "Volunteers unload water and food at a church in Kelvo Falls Oct. 12.")]
    assert d.photos[0].credit.span.of(d.text) == "Militant/Tom Lee"
    assert d.photos[0].caption.span.of(d.text) == d.photos[0].caption.value
    assert body(d)[0].startswith("KELVO FALLS, N.C. — Two weeks") and len(body(d)) == 2


def test_caption_glued_to_its_credit_with_no_space():
    """Today's site with no byline: the caption under the date line, then the same caption glued
    to its credit on the next line ("Militant/Jo ParkCrane operators …"); in the text, another
    photo's credit glued to its own caption ("Militant/Ana McDonaldStrikers …"). Each is a
    photo, never a paragraph; the name ends where a small letter meets a capital (McDonald
    stays whole)."""
    d = read("militant-2024-11-04-v88n42-caption-glued-to-credit.txt")
    assert d.dateline.value == "TALLOW BAY, Ore."
    assert [(p.credit.value, p.caption.value[:30]) for p in d.photos] == [
        ("Militant/Jo Park", "Crane operators rally outside "),
        ("Militant/Ana McDonald", "Strikers from the grain termin")]
    assert all(p.credit.span.of(d.text) == p.credit.value
               and p.caption.span.of(d.text) == p.caption.value for p in d.photos)
    assert [t[:20] for t in body(d)] == ["TALLOW BAY, Ore. — D", "“We already work nig"]


@pytest.mark.parametrize("line, captions, caption", [
    ("Militant/Tom LeeVolunteers unload water and food at a church in Kelvo Falls.", (),
     "Volunteers unload water and food at a church in Kelvo Falls."),
    ("Militant/Ana McDonaldStrikers picket the mill gate in Lowell on the first day.", (),
     "Strikers picket the mill gate in Lowell on the first day."),
    ("Militant/Tom Lee Volunteers unload water at a church.", ("Volunteers unload water at a church.",),
     "Volunteers unload water at a church."),
    # with a space and no other printing of the caption, the name's end is unknown: no credit
    ("Militant/Tom Lee Volunteers unload water and food at a church in Kelvo Falls.", (), None),
    # glued to a short line, no caption sentence
    ("Militant/Tom LeeVolunteers", (), None),
    # no credits (docs/reader.md: slashes in titles and names)
    ("U.S./NATO troops out of Yugoslavia now, protesters demand at the rally.", (), None),
    ("AFL-CIO/Teamsters back the strike at the port with a rally of thousands.", (), None),
    ("Workers at the plant said they would not accept the offer.", (), None)])
def test_credit_glued_to_a_caption(line, captions, caption):
    at = glued_credit(line, captions)
    assert (line[at:] if at is not None else None) == caption


def test_photo_with_its_caption_printed_before_its_credit_maps_to_rdf():
    """The caption's first printing stands above the credit: the photo is read from both lines
    (the RDF mapping once assumed the credit came first, and failed on a reversed span)."""
    from kg.iri import Minter
    from kg.namespaces import SCHEMA
    from kg.rdf.mapping import document_to_rdf

    d = read("militant-2024-10-21-v88n39-caption-printed-again.txt")
    [photo] = d.photos
    assert photo.caption.span.begin < photo.credit.span.begin
    rdf = document_to_rdf(d, Minter.from_config())
    [image] = list(rdf.article.objects(rdf.article_iri, SCHEMA.image))
    assert str(rdf.article.value(image, SCHEMA.creditText)) == "Militant/Tom Lee"
    assert str(rdf.article.value(image, SCHEMA.caption)).startswith("Volunteers unload water")


def test_todays_site_deck_over_the_top_photo_credit_and_caption():
    # headline / (blank) / deck / credit / caption / (blank) / "By NAME" / date / dateline
    d = read("militant-2022-03-14-v86n10-bakery-striker-interview.txt")
    assert d.headline.value == "‘We held the line before, and we will hold it now’"
    assert d.deck.span.of(d.text) == "Interview with a striking bakery worker in Ohio"
    assert [(p.credit.span.of(d.text), p.caption.span.of(d.text)) for p in d.photos] == [
        ("Militant/Dora Kessler",
         "Lucia Brandt, left, with fellow strikers outside the Crestline Bakery gate March 3.")]
    assert [b.name for b in d.bylines] == ["Dora Kessler"]
    assert d.dateline.value == "DAYTON, Ohio"
    assert body(d)[0].startswith("DAYTON, Ohio — Lucia Brandt")
    assert len(d.paragraphs) == 3


SITE_DECK_OVER_CREDIT = (
    "{headline}\n\nInterview with a striking bakery worker\nMilitant/Dora Kessler\n{caption}"
    "\n\nBy Dora Kessler\nMarch 14, 2022\n\nDAYTON, Ohio — Lucia Brandt has worked at the bakery"
    " for 14 years, and she walked out with 230 others on Feb. 21 over two-tier wages.\n")


@pytest.mark.parametrize("headline", [
    "Bakery strikers in Ohio hold the line", "‘We will hold the line now’",
    "'We will hold the line now'"])
@pytest.mark.parametrize("caption", [
    "Strikers outside the bakery gate March 3.", None])
def test_todays_site_deck_over_a_credit_whatever_the_headline(headline, caption):
    text = SITE_DECK_OVER_CREDIT.format(headline=headline, caption=caption or "").replace(
        "Kessler\n\n\n", "Kessler\n\n")
    d = parse_article(text, "militant-2022-03-14-v86n10-interview.txt")
    assert d.headline.value == headline
    assert d.deck.value == "Interview with a striking bakery worker"
    assert [(p.credit.value, p.caption and p.caption.value) for p in d.photos] == [
        ("Militant/Dora Kessler", caption)]
    assert body(d)[0].startswith("DAYTON, Ohio — Lucia Brandt")


def test_todays_site_credit_under_a_title_over_running_text_is_no_deck():
    # no byline between the photo and the date: the line under the headline stays as it was read
    text = ("Bakery strikers in Ohio hold the line\n\nInterview with a striking bakery worker\n"
            "Militant/Dora Kessler\nStrikers outside the bakery gate March 3.\n\n"
            "Lucia Brandt has worked at the bakery for 14 years, and she walked out with 230"
            " others on Feb. 21 over two-tier wages.\nMarch 14, 2022\n\nDAYTON, Ohio — More"
            " workers joined the picket line on the second day of the strike, and retirees came.\n")
    d = parse_article(text, "militant-2022-03-14-v86n10-interview.txt")
    assert d.deck is None


def test_a_name_in_capitals_spelled_elsewhere_keeps_that_spelling():
    # the text's own spelling wins over mac-names.txt ("Macdonald" printed in small letters)
    assert name_case("ANA MACDONALD", "BY ANA MACDONALD\nAna Macdonald said.") == "Ana Macdonald"


def test_byline_in_capitals_with_mac_and_mc_and_a_tag_in_braces_as_label():
    # 2003 print: "{Editorial}" on its own line above the headline is the page's label, never
    # the headline; "BY MORAG MACLEOD" / "AND ROSS MCCOY" are "MacLeod", "McCoy".
    d = read("militant-2003-11-10-v67n40-nurses-editorial-braces.txt")
    assert d.kicker.value == "Editorial" and d.kicker.span.of(d.text) == "Editorial"
    assert d.headline.value == "Defend the right of nurses to organize" and d.deck is None
    assert [b.name for b in d.bylines] == ["Morag MacLeod", "Ross McCoy"]
    assert d.dateline.value == "HALIFAX, Nova Scotia"


def test_column_tag_in_braces_under_the_headline_is_the_label_not_the_deck():
    # 2001 print: "{Reporter's notebook column}" under the headline's two lines
    d = read("militant-2001-01-15-v65n2-miners-notebook.txt")
    assert d.headline.value == "Miners in northern Chile talk about their fight for safety"
    assert d.deck is None and d.kicker.value == "Reporter's notebook column"


@pytest.mark.parametrize("line", ["(front page}", "{front page)", "{}"])
def test_mismatched_brackets_are_no_label(line):
    assert LABEL_RE.match(line) is None


_FERRY_BODY = ("\n\nGLASGOW — Ferry crews on the western isles voted by a wide margin to refuse the"
               " new rosters, and the company backed down a week later.\n\nThe crews plan a"
               " meeting in Oban next month to press for more staff.\n")


def test_todays_site_byline_with_a_welsh_ap_particle_is_the_byline_not_the_deck():
    # "ap" ("son of") is a particle of kg/data/nlp/entities.toml's connectors: the line is a
    # byline; before, it was read as the deck and the names as junk
    text = ("Ferry crews in Scotland win fight over rosters\n\nBy Iolo ap Cynfelyn\nMay 6, 2019\n"
            + _FERRY_BODY)
    d = parse_article(text, "militant-2019-05-06-v83n18-ferry.txt")
    assert d.headline.value == "Ferry crews in Scotland win fight over rosters"
    assert d.deck is None and [b.name for b in d.bylines] == ["Iolo ap Cynfelyn"]


def test_todays_site_byline_with_an_elided_particle_and_an_unlisted_given_name():
    # "d’Kelvaine-Marsh": an elided particle (entities.toml `elided_particles`) before a hyphened
    # surname; "Min Thura Soe" is on no given-name list: both writers read, the deck kept
    text = ("Dock workers in Chittagong walk out over pay\n\nPort union calls for solidarity from"
            " crews abroad\n\nBy Min Thura Soe and Claire d’Kelvaine-Marsh\nMay 6, 2019\n"
            + _FERRY_BODY)
    d = parse_article(text, "militant-2019-05-06-v83n18-docks.txt")
    assert d.deck.value == "Port union calls for solidarity from crews abroad"
    assert [b.name for b in d.bylines] == ["Min Thura Soe", "Claire d’Kelvaine-Marsh"]


def test_todays_site_standing_head_over_headline_and_a_book_line_is_the_kicker():
    # "In Review" / (blank) / headline / (blank) / the book's line / "By …" / date: the standing
    # head is the kicker (as "{In Review}" in braces is), the title under it the headline
    text = ("In Review\n\nBus driver’s book recalls decades of fights on the routes\n\n"
            "Wheels and Wages: A Driver’s Life by Pádraig Ó Cuinn. Harbour Press, Cork, 2021."
            " 280 pages.\n\nBy Orla Nic Mhathúna\nMay 6, 2019\n" + _FERRY_BODY)
    d = parse_article(text, "militant-2019-05-06-v83n18-review.txt")
    assert d.overline.value == "In Review"
    assert d.headline.value == "Bus driver’s book recalls decades of fights on the routes"
    assert d.deck is None and [b.name for b in d.bylines] == ["Orla Nic Mhathúna"]


_QUAY_BODY = ("\n\nROTTERDAM -- Crane drivers on the container quays stopped work for two days over"
              " the new shift pattern, and the port company agreed to talks.\n\nThe drivers meet"
              " again on Monday to hear the company's answer.\n")


@pytest.mark.parametrize("byline, names", [
    # a particle printed small between words in capitals: the page's small letters kept
    ("BY JOOST le KELVANDER", ["Joost le Kelvander"]),
    ("BY MARIEKE van der DORRWIJK", ["Marieke van der Dorrwijk"]),
    # an Irish patronymic prefix in mixed case standing as a word of its own
    ("BY SEOSAMH Mac GIOLLA DORRAN", ["Seosamh Mac Giolla Dorran"]),
    ("BY TOVE LINDQVIST AND JOOST le KELVANDER", ["Tove Lindqvist", "Joost le Kelvander"]),
])
def test_print_byline_in_capitals_with_a_particle_printed_small(byline, names):
    text = ("Vol. 62/No. 9      March 2, 1998\n\nCrane drivers stop the quays\n\n" + byline
            + _QUAY_BODY)
    d = parse_article(text, "militant-1998-03-02-v62n9-quays.txt")
    assert d.headline.value == "Crane drivers stop the quays"
    assert [b.name for b in d.bylines] == names


def test_a_name_in_title_case_is_not_a_name_in_capitals_with_particles():
    assert name_in_capitals("JOOST le KELVANDER") and name_in_capitals("SEOSAMH Mac DORRAN")
    assert not name_in_capitals("Joost le Kelvander")
    assert not name_in_capitals("JOOST le")  # a name never ends on a particle
    assert not name_in_capitals("JOOST Kelvander DORRAN")  # a word of five letters is no particle


def test_credit_naming_where_its_photo_stands_is_no_deck():
    """A 2009 page (a real page read locally, real42): under a headline set over two lines the
    credit names where the photo stands and the agency chain ("Above: …/Getty Images/…"); it
    was read as the deck."""
    text = ("The Militant (logo)\n\nVol. 73/No. 2      January 19, 2009\n\n"
            "Bakers’ strike wins\nsupport in Kelvo\n"
            "Above: Harlan photo/Getty Images/Marta Vilela\n\n"
            "Bakers at the Kelvo plant rallied January 3 with some 400 supporters. “We stand "
            "together,” said Tessa Marvik.\n")
    d = parse_article(text, "b.txt")
    assert d.headline.value == "Bakers’ strike wins support in Kelvo"
    assert d.deck is None
    [photo] = d.photos
    assert photo.credit.value == "Above: Harlan photo/Getty Images/Marta Vilela"


def test_caption_closing_the_title_block_set_off_over_the_datelines_paragraph():
    """A 2007 home page (a real page read locally, real42): headline / deck / the uncredited
    photo's caption on the next line / (blank) / the paragraph opening with the dateline. The
    caption was read as the first paragraph, the dateline under it was missed and the word
    after its dash read as a name."""
    text = ("The Militant (logo)\n   Vol. 71/No. 39      October 22, 2007\n\n\n"
            "Immigration cops sweep Kelvo County\nWorkers organize to defend each other\n"
            "Agents rounded up 300 at homes and workplaces in Kelvo County over two weeks. "
            "Many workers are warning each other.\n\n"
            "DORROW FALLS—Federal immigration officials announced October 3 that they arrested "
            "more than 300 workers in raids here.\n\n"
            "Some workers are organizing to defend each other, said Ana Ruiz.\n")
    d = parse_article(text)
    assert d.headline.value == "Immigration cops sweep Kelvo County"
    assert d.deck.value == "Workers organize to defend each other"
    [photo] = d.photos
    assert photo.credit is None and photo.caption.value.startswith("Agents rounded up 300")
    assert d.dateline.value == "DORROW FALLS"
    assert body(d)[0].startswith("DORROW FALLS—Federal")


def test_a_statements_introduction_closing_the_title_block_stays_text():
    # "The following statement was released …" over the dateline's paragraph: the
    # introduction, no caption, wherever a blank line stands
    text = ("The Militant (logo)\n   Vol. 71/No. 39      October 22, 2007\n\n\n"
            "Vote for the workers’ candidates\nBuild a labor party in Kelvania\n"
            "The following statement was released October 9 by Ana Ruiz, candidate for "
            "mayor of Dorrow Falls.\n\n"
            "DORROW FALLS—The bosses’ parties all say the same thing this fall.\n")
    d = parse_article(text)
    assert d.photos == []
    assert body(d)[0].startswith("The following statement was released")


def test_home_page_credit_for_each_photo_under_a_deck_set_off_by_blank_lines():
    """A 2017 home page (a real page read locally, real42): label, headline and deck each set off
    by blank lines, then one credit for each photo ("Above, …; inset, Militant/…") over the
    caption. The credit was no credit, so the deck over it was read as the first paragraph."""
    text = ("The Militant (logo)\n\nVol. 81/No. 8      February 27, 2017\n\n"
            "(lead article)\n\n‘Stop the raids in Kelvo!’\n\n"
            "Thousands join protests against the raids\n\n"
            "Above, Tom Lee; inset, Militant/Ana Ruiz\n"
            "Above, more than 2,000 march in Harlan Feb. 13 against the raids. Inset, Rosa "
            "Marvik speaks at a protest in Dorrow Feb. 12.\n\n"
            "Protesters took to the streets of Harlan and Dorrow this week.\n")
    d = parse_article(text, "b.txt")
    assert d.headline.value == "‘Stop the raids in Kelvo!’"
    assert d.deck.value == "Thousands join protests against the raids"
    [photo] = d.photos
    assert photo.credit.value == "Above, Tom Lee; inset, Militant/Ana Ruiz"
    assert photo.caption.value.startswith("Above, more than 2,000 march")
    assert body(d) == ["Protesters took to the streets of Harlan and Dorrow this week."]
