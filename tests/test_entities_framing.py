"""Evidence with a strength for the kinds of new names (issue 10: types on untuned pages,
branch ent16; kg/nlp/entities/cues/framing.py, kg/data/nlp/kinds.toml): firm frames beating a
given name or a place's head word, lists whose names share a kind, trade and place heads,
acronyms with no cue, parties by short name, a country's post office, generic capitalised
terms. Every sentence is made up in the paper's shapes; each rule where it must fire and
where it must not."""

from __future__ import annotations

import pytest
from nlp_support import found_kinds as found
from nlp_support import kinds_surfaces as surfaces

from kg.nlp.entities.cues.framing import FIRM, NONE, STRONG, framing


# -- 1. frames and lists ---------------------------------------------------------------------------
@pytest.mark.parametrize("paragraph,name", [
    # a firm named for its founders: a given name opens it, the frame says a firm
    ("Workers at Carter Wells Brandt voted to strike on Monday.", "Carter Wells Brandt"),
    ("Carter Wells Brandt workers voted to strike on Monday.", "Carter Wells Brandt"),
    ("The Carter Wells Brandt plant runs two shifts.", "Carter Wells Brandt"),
    # a list after a plural noun for firms, or before "and other … companies"
    ("She said the packers Hormel, Tyson and Carter Wells Brandt cut wages.", "Carter Wells Brandt"),
    ("Carter Wells Brandt, Tyson and other meat companies cut wages.", "Carter Wells Brandt"),
    # a STRONG frame beats a place's head word: a firm named like a park
    ("A Kelvo Park spokesperson said the plant would close.", "Kelvo Park"),
    ("Kelvo Park management refused to meet the union.", "Kelvo Park"),
    # initials and a surname: a firm where an employer's words say so
    ("She got a job at R.T. Dorrow in 1974.", "R.T. Dorrow"),
])
def test_a_firm_frame_or_list_makes_an_organisation(registry, paragraph, name):
    assert (name, "organization") in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,name,kind", [
    ("Workers at Santa Rosa marched on city hall.", "Santa Rosa", "city"),  # the gazetteer's town
    ("Omaha management was blamed for the layoffs.", "Omaha", "city"),
    ("A rally at Kelvin Park drew 300 people.", "Kelvin Park", "place"),  # "at" alone: the head speaks
    ("Workers at the Harwell Hotel struck.", "Harwell Hotel", "place"),  # FIRM does not beat a place head
    ("Maria Ortiz, a nurse at Tyson, spoke.", "Maria Ortiz", "person"),
    ("Jan Ruiz and Hormel settled the suit.", "Jan Ruiz", "person"),  # a pair is no list of firms
])
def test_frames_leave_other_readings_alone(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


def test_a_list_of_known_places_makes_a_place_of_a_name_a_given_name_opens(registry):
    assert ("Kelvin Marsh", "place") in found(
        registry, "Strikes hit Omaha, Des Moines and Kelvin Marsh last year.")


def test_firm_frame_strengths():
    fr = framing()
    text = "A Dorrow spokesperson said it. Dorrow workers left. Dorrow said it."
    assert fr.firm_frame(text, 2, 8) == STRONG
    assert fr.firm_frame(text, 31, 37) == NONE  # a town's workers too ("Valdorra workers")
    assert fr.firm_frame(text, 31, 37, given=True) == FIRM  # a person has none
    assert fr.firm_frame(text, 51, 57) == NONE
    assert fr.firm_frame("The Dorrow plant closed.", 4, 10) == FIRM


# -- 2. head words -------------------------------------------------------------------------------
@pytest.mark.parametrize("paragraph,name,kind", [
    ("Lines formed at the Tallow Valley Beef plant.", "Tallow Valley Beef", "organization"),
    ("Miners at Dorrow Resources walked out.", "Dorrow Resources", "organization"),
    ("Hog farmers sold to Kelvin Pork for years.", "Kelvin Pork", "organization"),
    ("The Kelvo Co-op bought a truck.", "Kelvo Co-op", "organization"),
    # a county's head beats a role in apposition: the role is the subject's
    ("She grew up in Tallow County, the daughter of sharecroppers.", "Tallow County", "place"),
    ("She grew up in Tallow Parish, a nurse said.", "Tallow Parish", "place"),
    # prisons are places, as every held-out set's gold types them
    ("He is held at the Kelvo Correctional Institution in Florida.", "Kelvo Correctional Institution",
     "place"),
    ("She was taken to the Dorrow Detention Center.", "Dorrow Detention Center", "place"),
])
def test_head_words_of_the_last_token(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


def test_a_person_named_like_a_place_keeps_a_role(registry):
    # "Park" is a place head and a surname: only the heads no surname is are exempted
    assert ("Kelvin Park", "person") in found(registry, "We met Kelvin Park, a nurse, at the rally.")


# -- 3. acronyms -------------------------------------------------------------------------------
@pytest.mark.parametrize("paragraph,name", [
    ("Members of SIPKU voted to accept the offer.", "SIPKU"),  # seen once, no cue
    ("The railway CPKX locked out its workers.", "CPKX"),
    ("Union members at KELVA struck.", "KELVA"),  # an acronym beats "at"
    ("The farm joined the Ana Ruiz CCS last year.", "Ana Ruiz CCS"),  # a name ending in an acronym
])
def test_an_acronym_nothing_types_is_an_organisation(registry, paragraph, name):
    assert (name, "organization") in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,word", [
    ("We will NOT accept this contract.", "NOT"),  # emphasis: a common word in capitals
    ("She lives in NY now and works nights.", "NY"),  # a state's code
    ("The CEO got a raise of 40 percent.", "CEO"),  # a common noun in capitals
    ("Pope Pius XII said nothing about it.", "XII"),  # a Roman numeral
])
def test_not_every_word_in_capitals_is_an_organisation(registry, paragraph, word):
    assert word not in surfaces(registry, paragraph)


def test_an_acronym_after_a_place_is_the_longer_names_not_the_places(registry):
    fr = framing()
    assert not fr.initials_fit("FTQ", "Québec")
    assert fr.initials_fit("UAE", "United Arab Emirates")
    assert fr.initials_fit("DRC", "Democratic Republic of the Congo")


# -- 4. parties by short name -------------------------------------------------------------------
@pytest.mark.parametrize("paragraph,name", [
    ("The Labour government attacked the strikers.", "Labour"),
    ("Labour-run councils cut jobs.", "Labour"),
    ("She voted Labour.", "Labour"),
    ("The Liberals and the Tories backed the bosses.", "Liberals"),
    ("The Liberals and the Tories backed the bosses.", "Tories"),
    ("Votes for the New Democrats fell.", "New Democrats"),
])
def test_a_party_named_by_a_short_form_in_a_partys_frame(registry, paragraph, name):
    assert (name, "organization") in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,word", [
    ("Labour Day marches were held across the country.", "Labour"),
    ("Capital and Labour met at the table.", "Labour"),  # no party's frame
    ("Liberals in Congress voted for the war.", "Liberals"),  # no "the": a current, not the party
])
def test_a_short_form_without_a_partys_frame_is_no_party(registry, paragraph, word):
    assert (word, "organization") not in found(registry, paragraph)


# -- 5. newspapers' heads ------------------------------------------------------------------------
def test_a_countrys_post_as_an_employer_is_an_organisation(registry):
    got = found(registry, "Canada Post workers struck for two weeks. The Washington Post reported it.")
    assert ("Canada Post", "organization") in got
    assert ("The Washington Post", "periodical") in got or ("Washington Post", "periodical") in got


def test_a_papers_name_without_an_employers_frame_stays_a_periodical(registry):
    assert ("Kelvin Post", "periodical") in found(registry, "The Kelvin Post reported the strike.")


# -- 6. generic capitalised terms ------------------------------------------------------------------
@pytest.mark.parametrize("paragraph,word", [
    ("The Labour Code bans such strikes.", "Labour Code"),
    ("The government issued a Decree-Law on land.", "Decree-Law"),
    ("Farmers joined a Credit and Service Cooperative in 2009.", "Service Cooperative"),
    ("Farmers joined a Credit and Service Cooperative in 2009.", "Credit"),
    ("The Credit and Service Cooperatives grew.", "Service Cooperatives"),
])
def test_a_generic_term_is_no_name(registry, paragraph, word):
    assert word not in surfaces(registry, paragraph)


@pytest.mark.parametrize("paragraph,name,kind", [
    ("Decree-Law 259 gave land to farmers.", "Decree-Law 259", "work"),  # with its number, a law
    ("The Kelvo Cooperative bought a truck.", "Kelvo Cooperative", "organization"),  # one named body
])
def test_a_generic_term_with_its_number_or_name_is_a_name(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


# -- given names joined by a hyphen -------------------------------------------------------------
@pytest.mark.parametrize("paragraph,name", [
    ("Jean-Philippe Ouimet spoke at the rally on Monday.", "Jean-Philippe Ouimet"),
    ("Marie-Ève Dorrow joined the picket.", "Marie-Ève Dorrow"),
])
def test_two_given_names_joined_by_a_hyphen_open_a_persons_name(registry, paragraph, name):
    assert (name, "person") in found(registry, paragraph)


def test_a_hyphenated_place_is_no_given_name(registry):
    # "Saint-Laurent": "Saint" is no given name
    assert ("Saint-Laurent Dorrow", "person") not in found(registry, "We drove along Saint-Laurent Dorrow.")

