"""Title breaks and set-off captions, each on an invented page (shapes first met on held-out
pages nobody had tuned to, 2026-12-06): a headline ending on a verb and its particle over a deck that is a
clause, no blank line between; today's caption set off under a header block that holds the
byline and the date; a line closing on someone's words after a colon, set off over one title
and the byline; a headline broken after a verb that takes an object, the object opening with a
name."""

from __future__ import annotations

import pytest

from kg.reader import parse_article

PRINT_2013 = "Vol. 77/No. 16      April 29, 2013\n\n \n(front page)\n \n"
PRINT_2009 = "The Militant (logo) \nVol. 73/No. 16           April 27, 2009 \n \n \n"
BODY = ("BY ANA DORROW \n\nKELVO, Ohio—The ferry crews of the Dorrow line have been locked out "
        "since March, when the owners demanded a pay cut. \n\n"
        "The crews signed a contract with Dorrow in 2019. \n")


def _print(top: str, head: str = PRINT_2013) -> str:
    return head + top + BODY


# -- CU: "… crews sail on" / a clause of its own ----------------------------------------------

def test_plural_verb_and_particle_over_a_plural_and_its_verb_ends_the_headline():
    d = parse_article(_print("Locked-out Dorrow ferry crews sail on\n"
                             "Commuters pack the decks to back the union\n\n"))
    assert d.headline.value == "Locked-out Dorrow ferry crews sail on"
    assert d.deck.value == "Commuters pack the decks to back the union"


@pytest.mark.parametrize("top", [
    # "march on" wants the line below: a name, no clause of its own (CU's rule leaves it)
    "Thousands of bakers march on\nKelvo City Hall\n\n",
    # CX: a verb that takes an object, the object opening with a name the page prints
    "Kelvo ferry crews fight\nDorrow pay cuts, 'rusty boats' \n\n",
])
def test_a_name_under_a_title_ending_on_its_verb_is_the_verbs_object(top):
    d = parse_article(_print(top))
    assert d.headline.value == " ".join(top.split("\n")[:2]).strip()
    assert d.deck is None


# -- CV: today's caption set off under a block holding the titles, byline and date ------------

TODAY = "militant-2022-01-31-v86n4-x.txt"
HEAD_ONE_BLOCK = ("Ferry crews in Kelvo hold out as owners threaten to sell the line\n"
                  "Dorrow owners locked out 200 deckhands and pursers in March\n"
                  "By Ana Dorrow and Tom Kelvin\nJanuary 31, 2022\n\n")
DATELINE = "KELVO, Ohio — The Dorrow line's owners said Jan. 20 they would sell two boats.\n"
CAPTION = "Deckhands picket the Dorrow ferry landing in Kelvo Jan. 17."


def test_todays_caption_set_off_under_the_titles_byline_and_date_block():
    d = parse_article(HEAD_ONE_BLOCK + CAPTION + "\n\n" + DATELINE + "\nThe union met Jan. 21.\n",
                      TODAY)
    assert d.headline.value.startswith("Ferry crews in Kelvo hold out")
    assert d.deck.value.startswith("Dorrow owners locked out")
    assert [p.name for p in d.bylines] == ["Ana Dorrow", "Tom Kelvin"]
    (photo,) = d.photos
    assert photo.caption.value == CAPTION and photo.credit is None
    assert d.dateline.value == "KELVO, Ohio"
    assert d.paragraphs[0].span.of(d.text) == DATELINE.strip()


@pytest.mark.parametrize("tail", [
    # someone's words with who said them, or an editor's note, set off over the dateline
    "“We will not sail for less,” said Rosa Kelvin, a deckhand on the night boat.\n\n" + DATELINE,
    "Editor’s note: The Dorrow company did not answer our questions by press time.\n\n"
    + DATELINE,
    # a paragraph of two lines, or one with no dateline under it
    CAPTION + "\nThey came back the next day.\n\n" + DATELINE,
    CAPTION + "\n\nThe union met Jan. 21.\n",
])
def test_what_is_no_caption_set_off_under_the_header_block_stays_text(tail):
    d = parse_article(HEAD_ONE_BLOCK + tail, TODAY)
    assert not d.photos
    assert d.paragraphs[0].span.of(d.text) == tail.split("\n")[0]


# -- CW: "Kelvo bakers: 'Open the books!'" set off over one title and the byline --------------

def test_a_line_closing_on_words_after_a_colon_is_the_headline_not_a_kicker():
    d = parse_article(_print("Kelvo bakers: 'Open the books!' \n \n"
                             "Dorrow Foods shuts three ovens across the valley \n \n",
                             PRINT_2009))
    assert d.overline is None
    assert d.headline.value == "Kelvo bakers: 'Open the books!'"
    assert d.deck.value == "Dorrow Foods shuts three ovens across the valley"


def test_a_phrase_over_one_title_and_the_byline_stays_the_kicker():
    d = parse_article(_print("Bread and the union \n \n"
                             "Dorrow Foods shuts three ovens across the valley \n \n",
                             PRINT_2009))
    assert d.overline.value == "Bread and the union"
    assert d.headline.value == "Dorrow Foods shuts three ovens across the valley"


# -- CX: "Kelvo ferry crews fight" / "Dorrow Corp. pay cuts, 'rusty boats'" ---------------------

@pytest.mark.parametrize("top,deck", [
    # a verb that takes no object: the line under it is the deck
    ("Kelvo ferry crews strike\nDorrow pay cuts, 'rusty boats' \n\n", "Dorrow pay cuts, 'rusty boats'"),
    # a clause of its own under the verb
    ("Kelvo ferry crews fight\nDorrow managers cut night sailings \n\n",
     "Dorrow managers cut night sailings"),
    ("Kelvo ferry crews fight\nDorrow Corp. refuses to talk \n\n", "Dorrow Corp. refuses to talk"),
    # a word the page never prints inside a sentence: capitalised as the deck's first word
    ("Kelvo ferry crews fight\nLockout enters its third month \n\n",
     "Lockout enters its third month"),
])
def test_a_deck_under_a_verb_a_title_may_end_on_stays_the_deck(top, deck):
    d = parse_article(_print(top))
    assert d.deck.value == deck
