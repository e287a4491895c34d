"""Where a name starts and ends on sets AB's and AC's kinds (issue 10, read by category after
their untuned measure; branch ent45): a body named in its own language with lower-case words and
its English gloss, "of" after a body's head opening a sentence or a parenthesis. Every sentence
is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a body named in its own language, its gloss after it -----------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # Tagalog: capitalised words joined by "ng mga" and "at", no head word, initials after
    ("The strike was called by the Samahang Kelan ng mga Doruno at Pelaso Nationwide (KELAN) on Monday.",
     {"Samahang Kelan ng mga Doruno at Pelaso Nationwide": "organization", "Samahang Kelan": None,
      "Doruno": None, "Pelaso Nationwide": None}),
    ("Drivers of the Samahang Kelan ng mga Doruno at Pelaso struck.",
     {"Samahang Kelan ng mga Doruno at Pelaso": "organization", "Doruno": None}),
    # "at" is Tagalog only after "ng" or "mga": an English "at" joins nothing
    ("Workers of the Kelvo Union at Dorrow Mills struck.", {"Kelvo Union at Dorrow Mills": None}),
    # French: "des" after a head English writes too, a capital after it, the gloss in parentheses
    ("It was the first demand of the Coordination des Dorvans (Coordination of Kelvo Committees).",
     {"Coordination des Dorvans": "organization", "Coordination of Kelvo Committees": "organization",
      "Dorvans": None, "Kelvo Committees": None, "Coordination": None}),
    # a word both languages write ends the name before its gloss in parentheses
    ("The Conseil provisoire de concertation (Provisional Kelvo Council) met on Monday.",
     {"Conseil provisoire de concertation": "organization", "Conseil provisoire": None,
      "Provisional Kelvo Council": NAMED}),
    # and stays out before an English word, as before
    ("The Syndicat des travailleurs said, in a statement, it would strike.",
     {"Syndicat des travailleurs": "organization"}),
])
def test_a_body_named_in_its_own_language(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a body's head before "of" opening a sentence or a parenthesis --------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("He joined the Kelvo union (Union of Dorrow Workers), known as KUDW.",
     {"Union of Dorrow Workers": "organization", "Dorrow Workers": None}),
    ("Members of the Kelvo union (Confederation of National Dorrow Unions) joined the pickets.",
     {"Confederation of National Dorrow Unions": "organization", "National Dorrow Unions": None}),
    ("Confederation of National Dorrow Unions members joined the pickets.",
     {"Confederation of National Dorrow Unions": "organization", "National Dorrow Unions": None}),
    # a common noun opening the sentence is still dropped
    ("Members of the Kelvo Metal Workers Union joined.",
     {"Kelvo Metal Workers Union": "organization", "Members of the Kelvo Metal Workers Union": None}),
    # "Coordination" is a body's head in English too
    ("It was a demand of the Coordination of Kelvo Committees.",
     {"Coordination of Kelvo Committees": "organization", "Kelvo Committees": None}),
])
def test_a_bodys_head_before_of_opening_a_sentence_or_parenthesis(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- "and" between two places before a state's federation ----------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("A leader of the Ohio and District of Columbia AFL-CIO spoke at the rally.",
     {"Ohio and District of Columbia AFL-CIO": "organization", "District of Columbia AFL-CIO": None,
      "Columbia AFL-CIO": None, "Ohio": None}),
    # the place of several words alone: the federation, no numbered unit inside it
    ("A leader of the District of Columbia AFL-CIO spoke.",
     {"District of Columbia AFL-CIO": "organization", "Columbia AFL-CIO": None}),
    # a lone state after "and" may be two federations: left as before
    ("Leaders of the Ohio and Kentucky AFL-CIO spoke.",
     {"Ohio and Kentucky AFL-CIO": None, "Kentucky AFL-CIO": "organization"}),
    # a numbered unit "of" its union still names the union inside it
    ("Local 1010 of the United Kelvo Workers voted.",
     {"Local 1010 of the United Kelvo Workers": "organization", "United Kelvo Workers": "organization"}),
])
def test_a_federation_of_two_places(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- portfolios in a list, a firm named "Ports of" a city -----------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Under pressure, the Ministry of Fisheries, Transport and Public Works paid part of it.",
     {"Ministry of Fisheries, Transport and Public Works": "organization", "Public Works": None}),
    ("Dockers at Ports of Kelvinburg voted to reject the deal.",
     {"Ports of Kelvinburg": "organization", "Ports": None}),
    ("Crane drivers at Ports of Durban turned down the offer.",
     {"Ports of Durban": "organization", "Durban": None}),
    # the port itself stays a place, the city after a lower-case "ports" a city
    ("Ships sailed from the Port of Durban.", {"Port of Durban": "place"}),
    ("Ships left the ports of Durban.", {"Durban": "city"}),
])
def test_portfolios_in_a_list_and_a_ports_firm(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a surname's short form keeps its lower-case particle -----------------------------------------
@pytest.mark.parametrize("paragraphs, want", [
    (("The government of President F.W. de Tallow fell.", "Critics of de Tallow marched."),
     {"F.W. de Tallow": "person", "de Tallow": "person", "Tallow": None}),
    (("Ana Lucia de Tallow spoke.", "Later de Tallow said no. Tallow left."),
     {"de Tallow": "person", "Tallow": "person"}),
    # capitalised opening a sentence, as before
    (("The government of President F.W. de Tallow fell.", "De Tallow said no."),
     {"De Tallow": "person"}),
])
def test_a_surnames_short_form_keeps_its_particle(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)


# -- a registry person's short form inside a signer's name in capitals ---------------------------
def _signed(registry, byline: str, *paragraphs: str) -> dict[str, str]:
    """Surface → entity key of every mention of an article signed by `byline`."""
    from nlp_support import article

    from kg.nlp.entities.mentions import annotate

    d = article(*paragraphs, byline=byline)
    annotate(d, registry)
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions}


def test_a_registry_short_form_inside_a_signers_name_is_the_signers(registry):
    got = _signed(registry, "ANA KELVO AND PIERRE DU BOIS", "Rail workers struck on Monday.")
    assert "DU BOIS" not in got, got
    # the registry person signing in full is still named
    got = _signed(registry, "W.E.B. DU BOIS", "Rail workers struck on Monday.")
    assert got.get("W.E.B. DU BOIS") == "person/w-e-b-du-bois", got
    # and the short form in the text, with no signer of that name, is still the registry's
    got = _signed(registry, "ANA KELVO", "Du Bois wrote on the strike.")
    assert got.get("Du Bois") == "person/w-e-b-du-bois", got


# -- a mission's head in lower case before its initials -------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Police were sent under the Multikelvan Dorrow Support mission (MDS), and did little.",
     {"Multikelvan Dorrow Support mission": "organization", "Multikelvan Dorrow Support": None,
      "MDS": "organization"}),
    # initials that are not the capitalised words': the head stays out
    ("Police were sent under the Kelvo Dorrow Support mission (UN) last year.",
     {"Kelvo Dorrow Support mission": None}),
])
def test_a_missions_lower_case_head_before_its_initials(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- places whose head is in lower case: hyphenated stations and routes, an ocean's coast ---------
@pytest.mark.parametrize("sentence, want", [
    # a registry city before the hyphen of a station's name: the station, a place
    ("Said a dispatcher at Kyiv-Dorvanskyi station and member of the union.",
     {"Kyiv-Dorvanskyi": "place", "Kyiv": None}),
    ("She works at Kelvo-Dorvanskyi station now.", {"Kelvo-Dorvanskyi": "place"}),
    # no head after it: nothing says a station, the registry city as before
    ("Trains leave from Kyiv-Dorvanskyi every day.", {"Kyiv": "city"}),
    # a route named for the two places it joins: the route with its head
    ("Workers blocked the Kelvo-Dorvan highway on Monday.",
     {"Kelvo-Dorvan highway": "place", "Kelvo-Dorvan": None}),
    # two registry places joined by a hyphen before a route: both places, as before
    ("The Kyiv-Moscow highway was shut.", {"Kyiv": "city", "Moscow": "city"}),
    # an ocean as an adjective before a coast: the coast
    ("Fishers work along the Atlantic coast of the island.",
     {"Atlantic coast": "place", "Atlantic": None}),
    ("The Atlantic Ocean is wide.", {"Atlantic Ocean": "place"}),
])
def test_places_whose_head_is_in_lower_case(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a people's adjective and a creed's before a lower-case plural -------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("She fought to free the Haitian Nationalist prisoners for years.",
     {"Haitian Nationalist": None}),
    ("Cuban Communist leaders spoke at the rally.", {"Cuban Communist": None}),
    # a party's head after them: the party
    ("He joined the Haitian Nationalist Party last year.",
     {"Haitian Nationalist Party": "organization"}),
])
def test_a_peoples_and_a_creeds_adjective_before_people_name_nothing(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
