"""Page shapes held-out sets DO, DR and DS showed at their first measure (2026-12-07, rdr43),
each on an invented page: a line on top of one title that is no clause, nearly as long as it,
is the headline over its deck, not a kicker; a deck set off over a page of reports'
introduction; a headline broken after "lead", its object on the next line; a column's standing
introduction opening "This column is" whatever its verb, the dateline under it."""

from __future__ import annotations

import pytest

from kg.reader import parse_article

PRINT_1990 = "The Militant(logo) \n    Vol.54/No.13           March 30, 1990 \n \n \n"
PRINT_2012 = "The Militant (logo) \nVol. 76/No. 12      March 26, 2012 \n \n \n"
BODY = ("BY ANA DORROW  \n \nKELVO, March 14—\"They want us to work eleven hours,\" said Rosa "
        "Kelvin, a baker. \n \nSome 900 bakers walked out at the Dorrow plant. \n")


def _page(masthead: str, top: str, title: str, under: str = BODY) -> str:
    return masthead + top + "  \n \n" + title + " \n \n" + under


@pytest.mark.parametrize("masthead,top,title", [
    # 1990 print: a Title Case headline (its verb capitalised like every word) over a
    # sentence-case deck that is no clause of the data
    (PRINT_1990, "Crane Drivers Want Answers After Dock Collapse",
     "Union blames the rush to clear the night's ships"),
    # 2012 print: a sentence-case headline whose verb is no verb of the data ("sign up")
    (PRINT_2012, "Jobless sign up for ‘retraining pay’", "Many fear giving landlords their records"),
])
def test_a_line_nearly_as_long_as_one_title_is_the_headline_over_its_deck(masthead, top, title):
    d = parse_article(_page(masthead, top, title), "militant-2012-03-26-v76n12-x.txt"
                      if masthead is PRINT_2012 else "militant-1990-03-30-v54n13-x.txt")
    assert d.overline is None
    assert d.headline.value == top
    assert d.deck.value == title
    assert d.dateline.value == "KELVO, March 14"


def test_the_same_over_a_label_set_off():
    top, title = "Jobless sign up for ‘retraining pay’", "Many fear giving landlords their records"
    d = parse_article(_page(PRINT_2012, top, title, "(front page)\n \n" + BODY),
                      "militant-2012-03-26-v76n12-x.txt")
    assert d.overline is None
    assert (d.headline.value, d.deck.value) == (top, title)


@pytest.mark.parametrize("top,title", [
    # a kicker tags: short beside the title (at most three quarters of its words)
    ("Fight for the Dorrow clinic", "Nurses and patients pack the county board hearing room"),
    ("Report from Kelvania", "Dock workers vote down the port bosses’ contract"),
    # a phrase as long as a title that is a clause still names, the clause under it tells
    ("75th Anniversary of the ‘Voice’", "Dorrow meeting celebrates weekly paper"),
])
def test_a_short_line_or_a_phrase_over_a_clause_stays_the_kicker(top, title):
    d = parse_article(_page(PRINT_2012, top, title), "militant-2012-03-26-v76n12-x.txt")
    assert d.overline.value == top
    assert d.headline.value == title
    assert d.deck is None


REPORTS = (
    "(front page)\n"
    "Bakers: ‘This strike is about\n"
    "rest for all of us’\n"
    "\n"
    "Reports from picket lines in two towns\n"
    "\n"
    "Members of the Kelvo Bakers Union have been on strike at three plants since March 2. "
    "The company has refused the union’s demands on hours and rest breaks. Below are "
    "reports from two picket lines.\n"
    "\n"
    "*****\n"
    "\n"
    "BY ANA DORROW\n"
    "KELVO, Ohio — Pickets stand at every gate of the Dorrow plant around the clock. "
    "“We work twelve hours straight,” said Tom Kelvin, a mixer.\n"
    "\n"
    "*****\n"
    "\n"
    "BY LENA MARSH\n"
    "DORROW, Ohio — Strikers keep a fire going by the main gate. “Nobody crossed,” said "
    "Rita Vale, an oven operator.\n"
)


def test_a_deck_set_off_over_a_page_of_reports_introduction():
    d = parse_article(PRINT_2012 + REPORTS, "militant-2012-03-26-v76n12-x.txt")
    assert d.headline.value == "Bakers: ‘This strike is about rest for all of us’"
    assert d.deck.value == "Reports from picket lines in two towns"
    assert d.page_kind == "reports"
    intro = d.sections[0]
    assert intro.kind == "introduction"
    assert intro.paragraphs[0].span.of(d.text).startswith("Members of the Kelvo Bakers Union")
    assert [[a.name for a in i.authors] for i in d.items] == [["Ana Dorrow"], ["Lena Marsh"]]


def test_a_salutation_set_off_under_the_headline_is_no_deck():
    page = (PRINT_2012 + "A message to the Kelvo bakers\n\nDear friends,\n\n"
            "We send you greetings from the Dorrow local. Your strike has shown every worker in "
            "the county what solidarity means, and we will stand with you to the end.\n")
    d = parse_article(page, "militant-2012-03-26-v76n12-x.txt")
    assert d.headline.value == "A message to the Kelvo bakers"
    assert d.deck is None


def test_a_headline_broken_after_lead_takes_its_object_from_the_next_line():
    page = (PRINT_2012 + "Kelvania: nurses lead\nFriday walkouts against cuts\n"
            "Health minister drops plan, delays vote\n\n" + BODY)
    d = parse_article(page, "militant-2012-03-26-v76n12-x.txt")
    assert d.headline.value == "Kelvania: nurses lead Friday walkouts against cuts"
    assert d.deck.value == "Health minister drops plan, delays vote"


@pytest.mark.parametrize("verb", ["prepared by", "produced by", "written and edited by"])
def test_a_column_introduction_opening_this_column_is_leaves_the_dateline_under_it(verb):
    page = (PRINT_1990 + "Kelvo Youth Meet To Plan Spring Actions  \n\nBY ANA DORROW\n"
            f"This column is {verb} members of the Kelvo Youth League. Readers who want "
            "to join it may call its Dorrow office.\n\n"
            "DORROW - Forty students met at the league's school on the weekend of March 17. "
            "Many had walked out of class last fall.\n")
    d = parse_article(page, "militant-1990-03-30-v54n13-x.txt")
    assert d.dateline.value == "DORROW"
    assert [p.name for p in d.bylines] == ["Ana Dorrow"]
    assert d.sections[0].kind == "introduction"
