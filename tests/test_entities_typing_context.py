"""Typing from the words around a name (issue 10, "nothing guessed as Thing where the text says
more", branch ent13): newspapers whose last word is also a common noun, films and books named
without quotation marks, towns a given name opens, parties named in the plural, rulers named by
one word, armed movements and unions' acronyms. Every sentence is made up in the paper's shapes;
each rule where it must fire and where it must not."""

from __future__ import annotations

import pytest
from nlp_support import found_kinds as found
from nlp_support import issue_mentions as mentions


# -- newspapers ------------------------------------------------------------------------------------
@pytest.mark.parametrize("paragraph,name", [
    # a head word only a daily ends in
    ("The strike was front-page news in the Dorrow Chieftain for a week.", "Dorrow Chieftain"),
    ("The Kelvin Chieftain reported that the company had hired guards.", "Kelvin Chieftain"),
    ("An editorial in the Tallow Courant backed the bosses.", "Tallow Courant"),
    # a common noun's head: a day-part opens it
    ("The Daily Mail called the strikers greedy.", "Daily Mail"),
    ("Readers of the Daily Worker sent money to the miners.", "Daily Worker"),
    ("He said in the Morning Star that the strike would spread.", "Morning Star"),
    # … or "the" and a paper's verbs and nouns around it
    ("The Tallow Star reported that the mayor would resign.", "Tallow Star"),
    ("The Tallow Star said the mayor would resign.", "Tallow Star"),
    ("He told the Kelvin Sun that the plant was safe.", "Kelvin Sun"),
    ("The Dorrow Record’s editorial attacked the union.", "Dorrow Record"),
])
def test_a_newspaper_is_a_periodical(registry, paragraph, name):
    assert (name, "periodical") in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,name,kind", [
    ("Kelvin Sun said the plant was safe.", "Kelvin Sun", "person"),  # no "the": a person's name
    ("Mail carriers at Royal Mail walked out on Monday.", "Royal Mail", "organization"),
    ("She moved to Royal Oak in 1990.", "Royal Oak", "city"),  # a town the gazetteer knows
    ("Workers at the Royal Albert Hall struck.", "Royal Albert Hall", "place"),  # its head speaks
])
def test_a_common_nouns_head_without_a_papers_context_is_no_periodical(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


# -- films and books named without quotation marks -------------------------------------------------
@pytest.mark.parametrize("paragraph,title", [
    ("Black Sunday, a documentary by Ana Ruiz, shows the miners.", "Black Sunday"),
    ("The showing of Red Winter, directed by Tom Kelvane, drew 80 people.", "Red Winter"),
    ("She sold copies of Dark Harvest, a new book by Maria Ortiz, at the rally.", "Dark Harvest"),
    ("The film Black Harvest shows the miners’ march.", "Black Harvest"),
    ("In Dark Harvest, Ana Ruiz explains how the packers won.", "Dark Harvest"),
    ("In State and Power, Lenin wrote that the state must wither.", "State and Power"),
    ("He read Lenin’s State and Power in jail.", "State and Power"),
])
def test_a_title_named_by_its_context_is_a_work(registry, paragraph, title):
    got = found(registry, paragraph)
    assert any(s == title and k in ("work", "book") for s, k in got), got


@pytest.mark.parametrize("paragraph,name,kind", [
    ("In Santa Rosa, Ana Ruiz wrote a leaflet.", "Santa Rosa", "city"),  # a town, no title
    ("In Kelvin County, Maria Ortiz explained that the mine was unsafe.", "Kelvin County", "place"),
    ("Lenin’s Bolshevik Party of Russia won.", "Bolshevik Party of Russia", "organization"),
])
def test_a_place_or_a_body_in_those_shapes_is_no_title(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


def test_in_a_month_no_title_opens(registry):
    assert found(registry, "In March 1917, Lenin wrote that the war must end.") == {("Lenin", "person")}


def test_a_treaty_is_a_work(registry):
    got = found(registry, "Australia signed the Kelvin Gap Treaty with the junta.")
    assert ("Kelvin Gap Treaty", "work") in got


# -- places a given name opens ------------------------------------------------------------------
@pytest.mark.parametrize("paragraph,name,kind", [
    # the gazetteer knows the town and the text says a place: beats the speech verb after it
    ("Ana Ruiz, a worker from Broken Arrow, said the union grew.", "Broken Arrow", "city"),
    ("Jackson Ortiz, from Santa Rosa, said it.", "Santa Rosa", "city"),
    # a railway's site after a name of two words
    ("Workers at the Kelvin Hill depot in Leeds struck.", "Kelvin Hill", "place"),
    ("Drivers at Neville Ward rail yard walked out.", "Neville Ward", "place"),
    # a pier or a shaft numbered in words
    ("Dockworkers at Pier Two in Kelvport walked out.", "Pier Two", "place"),
])
def test_a_place_beats_the_given_name_that_opens_it(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


def test_a_speaker_is_still_a_person(registry):
    assert ("Maria Ortiz", "person") in found(registry, "Maria Ortiz said the strike was solid.")


def test_a_one_word_name_before_depot_is_the_depot_unless_the_text_says_a_firm(registry):
    # a depot by name is read as a mine by name is (kinds.toml `placed_works_nouns`): every one-word
    # new name before "depot" in the 96 held-out sets' gold is a Place (branch sites41); a firm's
    # frame elsewhere on the page keeps the firm
    assert ("Kelvane", "place") in found(registry, "The Kelvane depot closed.")
    assert ("Kelvane", "place") not in found(registry, "Kelvane management shut the Kelvane depot.")


# -- parties in the plural -----------------------------------------------------------------------
def test_democrats_and_republicans_are_the_parties(registry):
    got = mentions(registry, "Both the Democrats and Republicans back the war.")
    assert ("Democrats", "organization/democratic-party") in got
    assert ("Republicans", "organization/republican-party") in got


@pytest.mark.parametrize("paragraph", [
    "The Social Democrats won in Kelvia.",
    "Leaders of the Sweden Democrats spoke.",
    "Irish Republicans marched in Belfast.",
])
def test_another_partys_plural_is_not_the_us_party(registry, paragraph):
    assert not any(e.startswith(("organization/democratic-party", "organization/republican-party"))
                   for _s, e in mentions(registry, paragraph))


# -- rulers, armed movements, unions' acronyms -----------------------------------------------------
@pytest.mark.parametrize("paragraph", [
    "The regime of Kelvano killed thousands.",
    "The Kelvano regime fell in 1998.",
    "The dictator Kelvano ruled for 32 years.",
    "Troops of dictator Kelvano fired on the crowd.",
])
def test_a_ruler_named_by_one_word(registry, paragraph):
    assert ("Kelvano", "person") in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,name,kind", [
    ("The Vichy regime fell.", "Vichy", "city"),  # a town the gazetteer knows
    ("They fought the Tigray guerrillas.", "Tigray", "place"),
])
def test_a_place_before_regime_or_guerrillas_stays_a_place(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,name", [
    ("Workers said Fretikel guerrillas held the hills.", "Fretikel"),
    ("They backed the Fretikel independence movement.", "Fretikel"),
    ("Fretikel, the independence movement, led the fight. Falkel, its armed wing, fought on.", "Falkel"),
])
def test_an_armed_movement(registry, paragraph, name):
    assert (name, "organization") in found(registry, paragraph)


@pytest.mark.parametrize("paragraph", [
    "Reagan fired 11,000 KAWCO strikers in 1981.",
    "Reagan broke the KAWCO strike.",
])
def test_a_unions_acronym_before_its_strike(registry, paragraph):
    assert ("KAWCO", "organization") in found(registry, paragraph)


@pytest.mark.parametrize("paragraph", [
    "Biggest strike in years hit the port.",
    "Foundry members voted.",
])
def test_a_word_opening_a_sentence_before_strike_is_no_name(registry, paragraph):
    assert found(registry, paragraph) == set()


def test_an_acronym_opening_a_sentence_with_a_unions_apposition(registry):
    got = found(registry, "KAWCO, the air traffic controllers union, struck in 1981.")
    assert ("KAWCO", "organization") in got
    assert found(registry, "STRIKE, the union said, was the answer.") == set()


@pytest.mark.parametrize("paragraph,name,kind", [
    # a Spanish or Italian square, gate or promenade opens with its head
    ("Protesters filled the Puerta del Kelvo in Madrid.", "Puerta del Kelvo", "place"),
    ("They marched along the Paseo de Dorrow.", "Paseo de Dorrow", "place"),
    # former names of countries
    ("Refugees crossed into Macedonia last week.", "Macedonia", "place"),
    ("Solidarity with workers in Burma grew.", "Burma", "place"),
    # an app's drivers
    ("Drivers for Kelvride rallied at the airport.", "Kelvride", "organization"),
])
def test_squares_former_countries_and_apps(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


# -- a pair with a person, places named by their kind of place ------------------------------------
@pytest.mark.parametrize("paragraph,name,kind", [
    # "and" with a person: a name of two or three words that nothing else types is one too
    ("A fire at the Kelvane mine killed Don Marrow and Ellery Tallis in January.", "Don Marrow", "person"),
    ("The award went to Art Feyzel and Rosa Dorrow last year.", "Art Feyzel", "person"),
    # "the island of", "the port of", "the region of" before a new name say a place
    ("Doctors work in the capital and on the island of Kelvo, far from the mainland.", "Kelvo", "place"),
    ("Dockers at the port of Brindle refused to load the ship.", "Brindle", "place"),
])
def test_a_pair_with_a_person_and_a_place_by_its_kind(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,name", [
    # a head word says what the name is, whatever it is paired with
    ("Ellery Tallis and Kelvane Resources signed the deal.", "Kelvane Resources"),
    # a name of four words is no pair of a given name and a surname
    ("Rosa Dorrow and Kelvo Valley Farm Supply met Monday.", "Kelvo Valley Farm Supply"),
])
def test_a_pair_with_a_person_makes_no_person_of_a_firm(registry, paragraph, name):
    assert (name, "person") not in found(registry, paragraph)


# -- storms ------------------------------------------------------------------------------------------
def test_a_storm_named_after_its_kind_and_its_name_alone_later(registry):
    paragraph = ("Tropical Storm Kelda flooded the port days after Hurricane Marro hit the south. "
                 "Kelda left thousands homeless, and Marro took the harvest.")
    keys = dict(mentions(registry, paragraph))
    assert keys["Tropical Storm Kelda"] == keys["Kelda"] == "event/tropical-storm-kelda"
    assert keys["Hurricane Marro"] == keys["Marro"] == "event/hurricane-marro"


def test_a_place_named_in_an_event_s_name_stays_a_place(registry):
    # only a storm's name alone is its storm: "Kelvo Ridge" after "the Battle of Kelvo Ridge"
    # is not the battle
    assert ("Kelvo Ridge", "event") not in found(registry, "The Battle of Kelvo Ridge lasted a week. "
                                                           "Kelvo Ridge is now a park.")
