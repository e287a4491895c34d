"""Junk and cut names on pages nobody tuned to (issue 10, branch passW44): a second portfolio
named by a field of guidance, a Spanish front's name joined by "por", a nickname's person with
an age after the surname, the pronoun "I" after a surname or a common noun, a contractor parted
from its city, a people before "by" read as no title, a count of copies inside a list of works,
a party's gathering counted by its ordinal, and a language's adjective before a name in that
language. Every sentence is made up for these tests."""

from __future__ import annotations

from nlp_support import found


def test_guidance_is_a_second_portfolio(registry):
    hits = found(registry, "The fair is organized by the Ministry of Culture and Religious Guidance in Dorrow.")
    assert ("Ministry of Culture and Religious Guidance",
            "organization/ministry-of-culture-and-religious-guidance") in hits
    # a name of its own after "and" stays apart
    hits = found(registry, "The Ministry of Guidance and Kelvane Foods signed a deal.")
    assert [s for s, _k in hits] == ["Ministry of Guidance", "Kelvane Foods"]


def test_spanish_por_joins_a_fronts_name(registry):
    hits = found(registry, "The stoppage was called by a front named Unidos Dorrado por Dorrado. Workers joined.")
    assert hits == [("Unidos Dorrado por Dorrado", "organization/unidos-dorrado-por-dorrado")]
    hits = found(registry, "She is a member of Familias Kelvanas por la Justicia, she said.")
    assert [s for s, _k in hits] == ["Familias Kelvanas por la Justicia"]


def test_an_age_after_a_nicknamed_name_says_a_person(registry):
    # the given name is none the gazetteer knows, the surname a town's too
    hits = found(registry, "“We held the line,” said Wenceslao “Lalo” Toledo, 58, who fishes out of Marvelo.")
    assert ("Wenceslao “Lalo” Toledo", "person/wenceslao-lalo-toledo") in hits
    assert not any(s in ("Wenceslao", "Toledo") for s, _k in hits)


def test_the_pronoun_i_after_a_word_that_takes_no_numeral_is_cut(registry):
    hits = found(registry, "Anna Brenner boarded with us. The Brenner I knew never complained.")
    assert [s for s, _k in hits] == ["Anna Brenner", "Brenner"]
    hits = found(registry, "At the Dorrow Community Center I spoke to workers.")
    assert [s for s, _k in hits] == ["Dorrow Community Center"]
    # a ruler's numeral after a given name, and words that take one, stay whole
    hits = found(registry, "Veterans of World War I marched, and Title I schools closed, said Queen "
                           "Elizabeth I of Kelvia.")
    assert {"World War I", "Title I", "Elizabeth I"} <= {s for s, _k in hits}


def test_services_before_of_and_a_city_ends_the_firms_name(registry):
    hits = found(registry, "Luma Power is owned by Kelvane Services of Houston and others.")
    assert ("Kelvane Services", "organization/kelvane-services") in hits
    assert any(s == "Houston" for s, _k in hits)
    # a state after "Services" may be a lender's district: the walk does not part it
    hits = found(registry, "Loans came from Farm Credit Services of Kelvania.")
    assert [s for s, _k in hits] == ["Farm Credit Services of Kelvania"]


def test_a_people_after_a_lower_case_the_is_no_title_before_by(registry):
    hits = found(registry, "He fought the treatment of the Socialists of Kelvania by Ivan Dorrov and others.")
    assert not any(k.startswith("work/") for _s, k in hits)
    assert ("Ivan Dorrov", "person/ivan-dorrov") in hits
    # a title that opens with its own "The" is still one
    hits = found(registry, "She read The Socialists of Kelvania by Ivan Dorrov last year.")
    assert ("The Socialists of Kelvania", "work/the-socialists-of-kelvania") in hits


def test_a_count_of_copies_inside_a_list_opens_the_title_after_it(registry):
    hits = found(registry, "The table sold 12 copies of Dock Hands Speak and 9 of Nine Nights in Dorrow by Ana Kelvane.")
    assert ("Nine Nights in Dorrow", "work/nine-nights-in-dorrow") in hits
    assert not any(" and 9 of " in s for s, _k in hits)


def test_a_gathering_counted_by_its_ordinal_is_one_event(registry):
    hits = found(registry, "Delegates to the Ninth Congress of the Communist International voted on "
                           "it. The Twelfth Plenum met in May.")
    assert hits == [("Ninth Congress of the Communist International",
                     "event/ninth-congress-of-the-communist-international"),
                    ("Twelfth Plenum", "event/twelfth-plenum")]
    hits = found(registry, "The Second All-Kelvan Congress of Councils opened on Monday.")
    assert [k for _s, k in hits] == ["event/second-all-kelvan-congress-of-councils"]


def test_a_languages_adjective_before_a_name_in_that_language_is_cut(registry):
    hits = found(registry, "Readers can find it in the French Revue Ouvrière and the Portuguese Folha Operária.")
    assert [s for s, _k in hits] == ["Revue Ouvrière", "Folha Operária"]
    # an English word or a place after the adjective keeps the name whole
    hits = found(registry, "It is a history of the French Revolution and the Spanish Civil War.")
    assert [s for s, _k in hits] == ["French Revolution", "Spanish Civil War"]
    hits = found(registry, "She moved to French Guiana in May.")
    assert [s for s, _k in hits] == ["French Guiana"]


def test_a_conference_in_solidarity_with_a_cause_is_one_event(registry):
    hits = found(registry, "Delegates who met at the World Conference in Solidarity with the Independence "
                           "of Kelvia called on the UN to act.")
    assert ("World Conference in Solidarity with the Independence of Kelvia",
            "event/world-conference-in-solidarity-with-the-independence-of-kelvia") in hits
    # a body so named stays an organisation
    hits = found(registry, "The Committee in Solidarity with the People of Kelvia met on Monday.")
    assert [k for _s, k in hits] == ["organization/committee-in-solidarity-with-the-people-of-kelvia"]


def test_a_rail_road_in_two_words_is_a_railroad_company(registry):
    hits = found(registry, "Workers at the Kelvo Island Rail Road struck on Monday.")
    assert hits == [("Kelvo Island Rail Road", "organization/kelvo-island-rail-road")]


def test_a_registry_author_by_surname_alone_closes_a_title(registry):
    hits = found(registry, "He said he read The History of the Kelvan Uprising by Trotsky over the summer.")
    assert ("The History of the Kelvan Uprising", "work/the-history-of-the-kelvan-uprising") in hits
    # a surname the registry does not know names no author: no title
    hits = found(registry, "The strike at Kelvo Hall was broken by Dorrow last year.")
    assert not any(k.startswith("work/") for _s, k in hits)


def test_a_known_event_inside_a_persons_work_is_what_it_tells(registry):
    hits = found(registry, "We read Leon Trotsky’s History of the Spanish Civil War at lunch.")
    assert ("History of the Spanish Civil War", "work/history-of-the-spanish-civil-war") in hits
