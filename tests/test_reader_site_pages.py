"""Pages of the text site that are not one article's own page: an issue's home page (the site's
navigation with the week's titles, the tagline, the volume line, a notice of the site, then the
front-page article). Invented text in the real pages' shape."""

from __future__ import annotations

from kg.reader import parse_article
from kg.reader.sitehome import promo_lines
from kg.reader.source import split_lines

NAV = ("Text version of the Militant, a socialist newspaper\n"
       "news articles editorials columns contact us search view back issues\n"
       "The Militant this week\n"
       "Dockers in Port Harlan vote down concessions\n"
       "Farmers rally against bank foreclosures\n"
       "Record of Militant Fighting Fund\n\n"
       "A socialist newsweekly published in the interests of working people\n"
       "Vol. 79/No. 13      April 13, 2015\n\n\n")
ARTICLE = ("Dockers in Port Harlan vote down concessions\n\n"
           "Union says the port bosses want two tiers\n\n"
           "Militant/Rosa Kelvin\n\n"
           "Dockers and supporters rally at the Port Harlan gate April 2.\n\n"
           "PORT HARLAN, Oregon — Dockers here voted 412 to 36 on March 28 to reject the port "
           "owners’ offer, which would pay new hires less for the same work.\n\n"
           "“We are one crew,” said Teo Marsh, a crane operator.\n")
NOTICE = "2010-15 Militant Index\nNow Available Online\n(front page)\n\n"
NAME = "militant-2015-04-13-v79n13-index.txt"


def _volume_at(lines) -> int:
    return next(i for i, ln in enumerate(lines) if ln.text.startswith("Vol. 79"))


def test_a_notice_under_the_masthead_of_an_issues_home_page_is_chrome():
    # The week's titles in the navigation name the article: the notice set like a headline
    # and a deck over the label was read as the headline and the deck before.
    d = parse_article(NAV + NOTICE + ARTICLE, NAME)
    assert d.headline.value == "Dockers in Port Harlan vote down concessions"
    assert d.deck.value == "Union says the port bosses want two tiers"
    assert d.kicker.value == "front page"
    assert d.dateline.value == "PORT HARLAN, Oregon"
    chrome = [d.text[c.begin:c.end] for c in d.chrome]
    assert "2010-15 Militant Index" in chrome and "Now Available Online" in chrome


def test_a_home_page_with_no_notice_reads_as_it_did():
    d = parse_article(NAV + "(front page)\n\n" + ARTICLE, NAME)
    assert d.headline.value == "Dockers in Port Harlan vote down concessions"
    lines = split_lines(NAV + "(front page)\n\n" + ARTICLE)
    assert promo_lines(lines, _volume_at(lines)) is None


def test_a_notice_is_only_chrome_when_the_navigation_names_the_headline_below_it():
    # No title of the navigation repeats under the masthead: nothing moves.
    nav = NAV.replace("Dockers in Port Harlan vote down concessions\n", "")
    lines = split_lines(nav + NOTICE + ARTICLE)
    assert promo_lines(lines, _volume_at(lines)) is None
    named = split_lines(NAV + NOTICE + ARTICLE)
    assert [ln.text for ln in promo_lines(named, _volume_at(named))[0]] == [
        "2010-15 Militant Index", "Now Available Online"]


NAV_2002 = ("Text version of the Militant, a socialist newspaper\n"
            "news articles editorials columns contact us search view back issues\n"
            "The Militant this week\n"
            "Bakers strike to defend pensions at Kelvo plant\n"
            "Union says owners want to cut retirees off\n\n"
            "Farmers rally against bank foreclosures\n\n"
            "A socialist newsweekly published in the interests of working people\n"
            "Vol. 66/No.29July 29, 2002\n\n")
ARTICLE_2002 = ("lead article\nBakers strike to defend\npensions at Kelvo plant\n"
                "Union says owners want to cut retirees off\n"
                "DORROW, Kelvania--More than 300 bakers walked out of the Kelvo bread plant here "
                "July 18 against a plan to end their pensions.\n\n"
                "“We built this company,” said Tessa Marvik, a mixer operator.\n")


def test_a_2002_home_pages_headline_set_over_two_lines_under_a_bare_label():
    """A 2002 home page (a real page read locally, real39): the navigation prints the lead
    article's headline in one line and its deck in the next; under the volume line the label
    stands bare ("lead article") over the headline set over two lines, then the deck. The deck,
    the first line that repeated a navigation line, was read as the headline, and the label and
    the headline above it were chrome."""
    d = parse_article(NAV_2002 + ARTICLE_2002, "militant-2002-07-29-v66n29-index.txt")
    assert d.headline.value == "Bakers strike to defend pensions at Kelvo plant"
    assert d.deck.value == "Union says owners want to cut retirees off"
    assert d.kicker.value == "lead article"
    assert d.dateline.value == "DORROW, Kelvania"
    lines = split_lines(NAV_2002 + ARTICLE_2002)
    vol = next(i for i, ln in enumerate(lines) if ln.text.startswith("Vol. 66"))
    assert promo_lines(lines, vol) is None


ADS = ("Click here for Militant Labor Forums or for Calendar Events\n\n"
       "“A lesson for working people on how to fight”\n"
       "Voices From the Kelvo Strike\n"
       "JOIN US for a talk on the new book. Click here to see the ad.\n\n"
       "Defend Labor Rights\n"
       "Give to the fund that fights the Harlan mine owners’ lawsuit.\n"
       "Click here to give.\n\n"
       "(lead article)\n")


def test_two_site_notices_stacked_over_a_labelled_article_are_chrome():
    """A 2006 home page (a real page read locally, real42): an ad for a book and a fund's
    appeal stand nine lines over the label and the front-page article, past the six lines a
    notice takes; the link line over them was read as the headline. A title the navigation
    names right under its label is the headline that far down."""
    d = parse_article(NAV + ADS + ARTICLE, NAME)
    assert d.headline.value == "Dockers in Port Harlan vote down concessions"
    assert d.kicker.value == "lead article"
    assert d.dateline.value == "PORT HARLAN, Oregon"
    chrome = [d.text[c.begin:c.end] for c in d.chrome]
    assert "Defend Labor Rights" in chrome


def test_a_title_repeated_far_under_the_masthead_without_its_label_moves_nothing():
    # Past the notice's six lines a repeat with no label over it is no headline of the page.
    lines = split_lines(NAV + ADS.replace("(lead article)\n", "") + ARTICLE)
    assert promo_lines(lines, _volume_at(lines)) is None
