"""Header shapes first met on the held-out sets of the second wave (DZ–EE, 2026-12-07), each on
an invented page: a headline broken after "call", its object opening with a date; an
exclamation over a headline and a deck in one block (print); a today's-site headline ending on
a verb and its particle over a deck opening with a capitalised common word."""

from __future__ import annotations

import pytest

from kg.reader import parse_article

PRINT_1994 = "The Militant(logo) \n    Vol.58/No.12           March 28, 1994 \n \n \n"
BODY = ("BY ANA DORROW \n\nKELVO, Ohio--Bakers locked out by Dorrow Foods are building a march "
        "for May 3 to mark six months since the company shut the gates. \n\n"
        "The union has sent teams to plants across the state. \n")


def _print(top: str) -> str:
    return PRINT_1994 + top + BODY


# -- a headline broken after "call": the object opens with a date the body prints ------------

def test_a_headline_broken_after_call_runs_on_into_its_object():
    d = parse_article(_print("Locked-out Kelvo bakers call  \nMay 3 march on city hall  \n"
                             "Union marks six months on the street \n \n"))
    assert d.headline.value == "Locked-out Kelvo bakers call May 3 march on city hall"
    assert d.deck.value == "Union marks six months on the street"


@pytest.mark.parametrize("top,deck", [
    # a clause of its own under the verb: the deck
    ("Locked-out Kelvo bakers call  \nDorrow managers cut night shifts \n \n",
     "Dorrow managers cut night shifts"),
    # a word the page never prints inside a sentence: capitalised as the deck's first word
    ("Locked-out Kelvo bakers call  \nLockout enters its sixth month \n \n",
     "Lockout enters its sixth month"),
])
def test_a_deck_under_call_stays_the_deck(top, deck):
    d = parse_article(_print(top))
    assert d.headline.value == "Locked-out Kelvo bakers call"
    assert d.deck.value == deck


# -- today's site: a verb and its particle taking no object end the headline -------------------

TODAY = "militant-2021-06-07-v85n22-kelvo.txt"
TODAY_TAIL = ("By Ana Dorrow and Luis Tallow\nJune 7, 2021\n\n"
              "KELVO, Ohio — Organizers expect a crowd here for the march. \n\n"
              "The bakers have been out since March. \n")


@pytest.mark.parametrize("verb", ["goes on", "drags on", "fight back"])
def test_a_headline_ending_on_a_verb_and_particle_taking_no_object_ends_there(verb):
    d = parse_article(f"Ten years after the fire, the lockout {verb}\n"
                      "Thousands expected in Kelvo for the June 12 march\n" + TODAY_TAIL, TODAY)
    assert d.headline.value == f"Ten years after the fire, the lockout {verb}"
    assert d.deck.value == "Thousands expected in Kelvo for the June 12 march"


@pytest.mark.parametrize("top,headline", [
    # a verb that takes a place with its particle: the line is its object
    ("Thousands of bakers march on\nKelvo City Hall\n", "Thousands of bakers march on Kelvo City Hall"),
    # Title Case, the line opening with a function word: one headline
    ("Ten Years On, The Lockout Drags On\nAt The Dorrow Plant\n",
     "Ten Years On, The Lockout Drags On At The Dorrow Plant"),
])
def test_a_particle_that_wants_the_line_below_runs_on(top, headline):
    d = parse_article(top + TODAY_TAIL, TODAY)
    assert d.headline.value == headline


# -- print: a short exclamation over a headline and its deck, one block ----------------------

PRINT_2013 = "The Militant (logo)  \n\nVol. 77/No. 16      April 29, 2013\n\n \n"
BODY_2013 = ("BY ANA DORROW  \nKELVO, Ohio — Bakers marched on the offices of Dorrow Foods "
             "April 20. \n\nThe company went to court to void the contract. \n")


def test_an_exclamation_over_a_headline_and_deck_in_one_block_is_the_kicker():
    d = parse_article(PRINT_2013 + "Hands off the bakers’ pensions!\n"
                      "Kelvo bakers march on Dorrow Foods offices\n"
                      "Company uses court to tear up contract\n \n" + BODY_2013)
    assert d.overline.value == "Hands off the bakers’ pensions!"
    assert d.headline.value == "Kelvo bakers march on Dorrow Foods offices"
    assert d.deck.value == "Company uses court to tear up contract"


@pytest.mark.parametrize("top,headline,deck", [
    # a demand over its deck: no kicker
    ("Hands off the bakers’ pensions!\nCompany uses court to tear up contract\n \n",
     "Hands off the bakers’ pensions!", "Company uses court to tear up contract"),
    # a banner of demands over its deck
    ("Hands off the pensions!\nBakers fight back!\nCompany uses court to tear up contract\n \n",
     "Hands off the pensions! Bakers fight back!", "Company uses court to tear up contract"),
    # a demand longer than the headline under it stays the headline
    ("Hands off the pensions of every baker at Dorrow Foods!\nBakers march\n"
     "Company uses court to tear up contract\n \n",
     "Hands off the pensions of every baker at Dorrow Foods!",
     "Bakers march Company uses court to tear up contract"),
])
def test_an_exclamation_that_is_no_kicker_stays_the_headline(top, headline, deck):
    d = parse_article(PRINT_2013 + top + BODY_2013)
    assert d.overline is None
    assert d.headline.value == headline and d.deck.value == deck
