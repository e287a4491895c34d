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
