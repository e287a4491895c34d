"""Header shapes met on real pages of the paper (read locally, never copied; these pages are
made up in the same shapes)."""

from __future__ import annotations

from kg.reader import parse_article

WRAPPED = ("The Militant (logo) \n    Vol. 67/No. 35           October 13, 2003 \n"
           "Dockers meet in Kelvo to found\nKelvish Workers Federation\n\n"
           "Ana Dorrow, a docker, speaks at the conference held September 27 toward building the "
           "Kelvish Workers Federation in Kelvo. Some 200 delegates attended.\n")


def test_a_titles_object_set_on_its_own_line_stays_in_the_headline():
    """The line above ends on a lower-case word and the line is a name the page prints again:
    one headline, no deck."""
    d = parse_article(WRAPPED)
    assert d.headline.value == "Dockers meet in Kelvo to found Kelvish Workers Federation"
    assert d.deck is None


def test_a_name_the_page_does_not_print_again_stays_the_deck():
    d = parse_article(WRAPPED.replace("building the Kelvish Workers Federation", "building a union"))
    assert d.headline.value == "Dockers meet in Kelvo to found"
    assert d.deck.value == "Kelvish Workers Federation"


def test_a_deck_in_sentence_case_stays_the_deck():
    text = WRAPPED.replace("Kelvish Workers Federation\n\n", "Delegates vote to build federation\n\n")
    d = parse_article(text)
    assert d.deck.value == "Delegates vote to build federation"


# A home page of the 2009 text site (navigation, tagline, volume line, label), its lead article's
# photo credited with a space after the slash (made up in the shape read on a real page).
SPACED_CREDIT = (
    "Text version of the Militant, a socialist newspaper  \n"
    "the Militant, a socialist newspaper\nThe Militant this week\n"
    "Bakers in Kelvo picket\nfor a first contract\nOwners refuse to bargain\n\n"
    "A socialist newsweekly published in the interests of working people\n"
    "Vol. 73/No. 40      October 19, 2009\n\n\n(lead article)\n"
    "Bakers in Kelvo picket\nfor a first contract\nOwners refuse to bargain\n"
    "Militant/ Tom Vance\n"
    "Bakers picket the Hollis Bread gate in Kelvo October 9. Dana Ode (second from left) is a "
    "shop steward.\n\n"
    "KELVO, Ohio, October 10—Some 80 bakers walked out here today after the owners refused "
    "to bargain.\n")


def test_a_credit_with_a_space_after_its_slash_is_no_part_of_the_deck():
    """"Militant/ Tom Vance" under the deck is the photo's credit: the deck ends above it, and
    the caption under it is no text, so the dateline's paragraph opens the body."""
    d = parse_article(SPACED_CREDIT)
    assert d.headline.value == "Bakers in Kelvo picket for a first contract"
    assert d.deck.value == "Owners refuse to bargain"
    assert d.dateline is not None and d.dateline.value.startswith("KELVO, Ohio")


# Today's site (2025): who speaks over the quotation that is the headline (made up in the
# shape read on a real page).
SPEAKER = ("Ana Ruiz, SWP candidate for mayor of Kelvo\n\n"
           "‘Workers need a party of our own to fight the bosses’\n\n"
           "May 12, 2025\n"
           "Ana Ruiz, Socialist Workers Party candidate for mayor of Kelvo, speaks at a rally of "
           "bakers May 3.\n\n"
           "Below is a statement by Ana Ruiz, the Socialist Workers Party candidate for mayor of "
           "Kelvo, issued May 5.\n\n"
           "Working people in Kelvo face rising rents and layoffs at the bakeries.\n")
SPEAKER_NAME = "militant-2025-05-12-v89n19-workers-need-a-party.txt"


def test_a_name_and_its_apposition_over_a_quotation_is_the_kicker():
    """The line naming who speaks is the kicker, the quotation the headline (not its deck)."""
    d = parse_article(SPEAKER, SPEAKER_NAME)
    assert d.overline is not None
    assert d.overline.value == "Ana Ruiz, SWP candidate for mayor of Kelvo"
    assert d.headline.value == "‘Workers need a party of our own to fight the bosses’"
    assert d.deck is None


def test_a_clause_over_a_quotation_stays_the_headline():
    """A line that tells ("Ana Ruiz, baker, wins her case") is the headline, the quotation
    under it its deck; so is a name and apposition over a title that is no quotation."""
    d = parse_article(SPEAKER.replace("SWP candidate for mayor of Kelvo\n",
                                      "a baker, wins back her job\n", 1), SPEAKER_NAME)
    assert d.headline.value == "Ana Ruiz, a baker, wins back her job"
    assert d.deck.value == "‘Workers need a party of our own to fight the bosses’"
    d = parse_article(SPEAKER.replace("‘Workers need a party of our own to fight the bosses’",
                                      "Workers need a party of our own"), SPEAKER_NAME)
    assert d.headline.value == "Ana Ruiz, SWP candidate for mayor of Kelvo"
