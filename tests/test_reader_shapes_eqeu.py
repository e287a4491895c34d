"""Page shapes held-out sets EQ–EU showed at their first measure (2026-12-07, rdr48), each on an
invented page: a short phrase over one title with no listed verb, set off over a photo credit (the
kicker, as over a byline); a site headline ending on a span of time and "on" over its deck; a copy
of a 1999 page with its browser's title bar over the masthead's volume line; and an issue number
padded in the file name."""

from __future__ import annotations

import pytest

from kg.reader import parse_article
from kg.reader.titles import continues

PRINT_2017 = "The Militant (logo)  \n\nVol. 81/No. 40      October 23, 2017\n\n"
CREDIT = "Militant/Ana Ruiz\nDockers picket the harbor board in Dorrow, October 9.\n\n"
BODY = "BY TOM LEE\nDORROW, Kelvia—The harbor board said October 10 it will end the contract.\n"


def _titles(d) -> tuple[str | None, str, str | None]:
    """The page's kicker, headline and deck, as printed."""
    return (d.overline and d.overline.value, d.headline.value, d.deck and d.deck.value)


@pytest.mark.parametrize("page, read", [
    # a three-word phrase over a two-line title with no verb of the data, a credit under them:
    # it was read as the headline and the title as its deck
    (PRINT_2017 + "Kelvo port dispute\n\nDorrow harbor board moves to end pilots’ contract,\n"
     "fines union officers\n\n" + CREDIT + BODY,
     ("Kelvo port dispute", "Dorrow harbor board moves to end pilots’ contract, fines union "
      "officers", None)),
    # a line as long as a headline over the same title stays the headline, the title its deck
    (PRINT_2017 + "Harbor board in Dorrow escalates its attack on pilots\n\n"
     "Fines against union officers\n\n" + CREDIT + BODY,
     (None, "Harbor board in Dorrow escalates its attack on pilots",
      "Fines against union officers")),
], ids=["short-phrase-kicker-over-credit", "long-line-headline-over-credit"])
def test_a_line_over_one_title_and_a_credit(page, read):
    assert _titles(parse_article(page)) == read


SITE_FILE = "militant-2026-05-04-v90n18-test.txt"


@pytest.mark.parametrize("titles, read", [
    # "… 90 years on" ends the headline: "on" means "later" and takes no object
    ("Kelvo weavers remember their strike 90 years on\nLessons of the mill town fight for today\n",
     ("Kelvo weavers remember their strike 90 years on",
      "Lessons of the mill town fight for today")),
    ("Dorrow flood a decade on\nFamilies still wait for the county’s promised homes\n",
     ("Dorrow flood a decade on", "Families still wait for the county’s promised homes")),
    # "on" before its object runs on
    ("Kelvo weavers march on\nthe mill owners’ offices\n",
     ("Kelvo weavers march on the mill owners’ offices", None)),
], ids=["years-on", "a-decade-on", "on-its-object"])
def test_a_site_headline_ending_on_a_span_of_time(titles, read):
    page = titles + "By Ana Ruiz\nMay 4, 2026\nDORROW, Kelvia — Weavers gathered here April 25.\n"
    d = parse_article(page, SITE_FILE)
    assert (d.headline.value, d.deck and d.deck.value) == read


@pytest.mark.parametrize("above, line, runs_on", [
    ("Weavers honor strikers 60 years on", "Fight for the union still goes on", False),
    ("Dorrow flood one year on", "Families wait for homes", False),
    ("Weavers march on", "the mill owners’ offices", True),
    ("Strike Goes On", "At Kelvo Plant", True),     # a Title Case line opening on "At" runs on
])
def test_a_time_span_and_on_ends_a_title(above, line, runs_on):
    assert continues(above, line) is runs_on


TITLE_BAR = ("The Militant - Vol.63/No.41 - November 22, 1999 -- Kelvo bakers: 'Open the books' \n"
             " \nVol.63/No.41           November 22, 1999 \n \n(front page) \n"
             "Kelvo bakers: 'Open the \nbooks' \n \nStrikers march on Dorrow Foods offices \n \n"
             "BY ANA RUIZ \nKELVO--Some 200 bakers marched here November 12. \n")


def test_a_browser_title_bar_over_the_volume_line():
    """The title bar prints the volume line and the headline; the volume line under it is the
    masthead printed again, no kicker."""
    d = parse_article(TITLE_BAR, "militant-1999-11-22-v63n41-test.txt")
    assert d.overline is None
    assert d.kicker is not None and d.kicker.value == "front page"
    assert d.headline.value == "Kelvo bakers: 'Open the books'"
    assert d.deck is not None and d.deck.value == "Strikers march on Dorrow Foods offices"
    assert (d.masthead.volume, d.masthead.issue) == (63, "41")
    assert d.masthead.span.end == TITLE_BAR.index("1999 \n \n(front") + 4


def test_another_issue_under_the_masthead_is_no_repeat():
    """Only a volume line of the same volume, issue and date repeats the masthead: another
    issue's line under the title bar stays out of it."""
    page = TITLE_BAR.replace("Vol.63/No.41           November 22, 1999",
                             "Vol.63/No.40           November 15, 1999", 1)
    d = parse_article(page, "militant-1999-11-22-v63n41-test.txt")
    assert d.masthead.span.end == page.index(" \n \nVol.63/No.40")


def test_a_padded_issue_number_in_the_file_name():
    """Today's site pads the issue in its addresses (`v90n04`): issue 4, as the paper prints it."""
    d = parse_article("Kelvo weavers win contract\n\nBy Ana Ruiz\nJanuary 26, 2026\n"
                      "DORROW, Kelvia — Weavers voted January 18 to accept the deal.\n",
                      "militant-2026-01-26-v90n04-test.txt")
    assert d.masthead.issue == "4"
