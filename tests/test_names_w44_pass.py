"""Junk and cut names on pages nobody tuned to (issue 10, branch passW44): a second portfolio
named by a field of guidance, a Spanish front's name joined by "por", a nickname's person with
an age after the surname, the pronoun "I" after a surname or a common noun, a contractor parted
from its city, a people before "by" read as no title, a count of copies inside a list of works,
a language's adjective before a name in that language, a conference named for its cause, a
railroad's "Rail Road", an author by surname alone, a known event inside a person's work, and a
registry body's initials after "the" (a party's gathering counted by its ordinal is
tests/test_numberedgatherings.py). Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from nlp_support import found

# (sentence, every name found in it, in text order, with its entity key)
WHOLE = [
    # "Guidance": a second portfolio after "and"; a name of its own after "and" stays apart
    ("Delegates from the Ministry of Information and Religious Guidance toured the plant.",
     [("Ministry of Information and Religious Guidance",
       "organization/ministry-of-information-and-religious-guidance")]),
    ("The Ministry of Guidance and Kelvane Foods signed a deal.",
     [("Ministry of Guidance", "organization/ministry-of-guidance"),
      ("Kelvane Foods", "organization/kelvane-foods")]),
    # Spanish "por" opens a front's name's second part, with no head before it
    ("The stoppage was called by a front named Unidos Dorrado por Dorrado. Workers joined.",
     [("Unidos Dorrado por Dorrado", "organization/unidos-dorrado-por-dorrado")]),
    # a body named for its cause stays an organisation
    ("The Committee in Solidarity with the People of Kelvia met on Monday.",
     [("Committee in Solidarity with the People of Kelvia",
       "organization/committee-in-solidarity-with-the-people-of-kelvia")]),
    ("Workers at the Kelvo Island Rail Road struck on Monday.",
     [("Kelvo Island Rail Road", "organization/kelvo-island-rail-road")]),
    # a registry body's initials after "the", where the article names it in full; not without
    # "the" ("UP country")
    ("Union Pacific plans to buy Norfolk Southern. “The UP will cut crews,” said a conductor who "
     "has worked for the NS since 2010. Workers in UP country were angry.",
     [("Union Pacific", "organization/union-pacific"), ("Norfolk Southern", "organization/norfolk-southern"),
      ("UP", "organization/union-pacific"), ("NS", "organization/norfolk-southern")]),
]
# … where a capitalised word after them makes them the opening of a longer name, they are not
# the body alone
NOT_INITIALS = "Union Pacific is hiring. The UP Safety Committee met in Kelvo on Monday."


@pytest.mark.parametrize("sentence,names", WHOLE)
def test_the_names_found_whole(registry, sentence, names):
    assert found(registry, sentence) == names


# (sentence, the surfaces found, in text order)
SURFACES = [
    ("She is a member of Familias Kelvanas por la Justicia, she said.",
     ["Familias Kelvanas por la Justicia"]),
    # the pronoun "I" after a surname or a common noun is the writer, cut off
    ("Anna Brenner boarded with us. The Brenner I knew never complained.", ["Anna Brenner", "Brenner"]),
    ("At the Dorrow Community Center I spoke to workers.", ["Dorrow Community Center"]),
    # a firm's initials joined by a mark keep their own "I"
    ("Pickets at KF&I said the rolling mill would close.", ["KF&I"]),
    # a state after "Services" may be a lender's district: the walk does not part it
    ("Loans came from Farm Credit Services of Kelvania.", ["Farm Credit Services of Kelvania"]),
    # a language's adjective before a name in that language is cut; an English word or a place
    # after the adjective keeps the name whole
    ("Readers can find it in the French Revue Ouvrière and the Portuguese Folha Operária.",
     ["Revue Ouvrière", "Folha Operária"]),
    ("It is a history of the French Revolution and the Spanish Civil War.",
     ["French Revolution", "Spanish Civil War"]),
    ("She moved to French Guiana in May.", ["French Guiana"]),
]


@pytest.mark.parametrize("sentence,surfaces", SURFACES)
def test_the_surfaces_found(registry, sentence, surfaces):
    assert [s for s, _k in found(registry, sentence)] == surfaces


# (sentence, names that must be among those found)
AMONG = [
    # an age after a nicknamed name says a person, whatever the gazetteer knows of its pieces
    ("“We held the line,” said Wenceslao “Lalo” Toledo, 58, who fishes out of Marvelo.",
     {("Wenceslao “Lalo” Toledo", "person/wenceslao-lalo-toledo")}),
    # a ruler's numeral after a given name, and words that take one, stay whole
    ("Veterans of World War I marched, and Title I schools closed, said Queen Elizabeth I of Kelvia.",
     {("World War I", "event/world-war-i"), ("Elizabeth I", "person/elizabeth-i")}),
    ("Luma Power is owned by Kelvane Services of Houston and others.",
     {("Kelvane Services", "organization/kelvane-services"), ("Houston", "city/houston")}),
    # a title that opens with its own "The" before "by" is still one
    ("She read The Socialists of Kelvania by Ivan Dorrov last year.",
     {("The Socialists of Kelvania", "work/the-socialists-of-kelvania")}),
    ("The table sold 12 copies of Dock Hands Speak and 9 of Nine Nights in Dorrow by Ana Kelvane.",
     {("Nine Nights in Dorrow", "work/nine-nights-in-dorrow")}),
    ("Delegates who met at the World Conference in Solidarity with the Independence of Kelvia left.",
     {("World Conference in Solidarity with the Independence of Kelvia",
       "event/world-conference-in-solidarity-with-the-independence-of-kelvia")}),
    ("He said he read The History of the Kelvan Uprising by Trotsky over the summer.",
     {("The History of the Kelvan Uprising", "work/the-history-of-the-kelvan-uprising")}),
    ("We read Leon Trotsky’s History of the Spanish Civil War at lunch.",
     {("History of the Spanish Civil War", "work/history-of-the-spanish-civil-war")}),
]


@pytest.mark.parametrize("sentence,names", AMONG)
def test_the_names_found_among_others(registry, sentence, names):
    assert names <= set(found(registry, sentence))


# (sentence, surfaces none of the names found may be): pieces and false titles, and whether a
# work may be found in it at all
NOT = [
    ("“We held the line,” said Wenceslao “Lalo” Toledo, 58, who fishes out of Marvelo.",
     {"Wenceslao", "Toledo"}, True),
    ("He fought the treatment of the Socialists of Kelvania by Ivan Dorrov and others.",
     {"Socialists of Kelvania"}, False),
    ("The table sold 12 copies of Dock Hands Speak and 9 of Nine Nights in Dorrow by Ana Kelvane.",
     {"Dock Hands Speak and 9 of Nine Nights in Dorrow"}, True),
    # a surname the registry does not know names no author after "by"
    ("The strike at Kelvo Hall was broken by Dorrow last year.", {"Kelvo Hall was broken"}, False),
]


@pytest.mark.parametrize("sentence,pieces,works", NOT)
def test_no_piece_or_false_title(registry, sentence, pieces, works):
    hits = found(registry, sentence)
    assert not pieces & {s for s, _k in hits}
    assert works or not any(k.startswith("work/") for _s, k in hits)


def test_a_bodys_initials_opening_a_longer_name_are_not_the_body(registry):
    assert ("UP", "organization/union-pacific") not in found(registry, NOT_INITIALS)
