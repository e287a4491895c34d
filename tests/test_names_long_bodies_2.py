"""Sets AP's and AQ's long body names (issue 10, branch ent66): a ministry named by its list of
portfolios, a suspended hyphen in a Dutch, Nordic or Finnish compound, a Spanish inclusive
ending, a body's gloss in brackets, two names glued by a dash, and an acronym before its name
spelled out, each one name, not cut into pieces at a comma, "and", "in" or a dash. Every
sentence and name is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, surfaces


# -- 1. a ministry whose name lists its portfolios with commas and "and" ---------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Growers left sacks of grain at the Ministry of Fisheries, Forests and Water Safety on Monday.",
     {"Ministry of Fisheries, Forests and Water Safety": "organization", "Forests": None,
      "Water Safety": None}),
    ("A delegation met officials of the Department of Housing, Parks and Clean Air (DHPCA) at noon.",
     {"Department of Housing, Parks and Clean Air": "organization", "Clean Air": None}),
    ("Tenants protested at the Ministry of Transport, Weather and Air Quality last week.",
     {"Ministry of Transport, Weather and Air Quality": "organization", "Air Quality": None}),
])
def test_ministry_named_by_a_list_of_portfolios(registry, sentence, want):
    check_names(surfaces(registry, sentence), want)


def test_firms_after_a_ministry_stay_names_of_their_own(registry):
    got = surfaces(registry, "The Ministry of Health, Kelvane Foods and Dorrow Mills signed the deal.")
    check_names(got, {"Ministry of Health": "organization", "Kelvane Foods": "organization",
                      "Dorrow Mills": "organization"})


# -- 2. a suspended hyphen in a Dutch, Nordic or Finnish compound ---------------------------------
@pytest.mark.parametrize("sentence, name", [
    ("Talks stalled. Vis- en Havenbond Zeeland (Zeeland Federation of Fishing and Shipping) walked out.",
     "Vis- en Havenbond Zeeland"),
    ("In Finland the Koulu- ja Opetusalan Liitto told members to stay out.", "Koulu- ja Opetusalan Liitto"),
    ("Drivers of the Bygg- og Anleggsforbundet Nord joined the stoppage on Tuesday.",
     "Bygg- og Anleggsforbundet Nord"),
])
def test_suspended_hyphen_joins_the_compound(registry, sentence, name):
    got = surfaces(registry, sentence)
    check_names(got, {name: "organization", name.split("-")[0] + "-": None})


# -- 3. a Spanish inclusive ending, and a gloss in brackets cut at "in" or "and" ------------------
@pytest.mark.parametrize("sentence, want", [
    ("She joined the Sindicato de Maestras(os) y Trabajadores de la Educación (Union of Teachers and "
     "Education Workers) last year.",
     {"Sindicato de Maestras(os) y Trabajadores de la Educación": "organization",
      "Union of Teachers and Education Workers": "organization", "Education Workers": None}),
    ("Pickets of the Asociación de Cocineras(os) y Meseros del Puerto (Association of Cooks and "
     "Waiters of the Port) stood at the gate.",
     {"Asociación de Cocineras(os) y Meseros del Puerto": "organization",
      "Association of Cooks and Waiters of the Port": "organization"}),
    ("The Frente de Defensa del Río y de la Selva (Alliance in Defense of Rivers and Forests) called "
     "the march.",
     {"Alliance in Defense of Rivers and Forests": "organization", "Defense of Rivers and Forests": None}),
])
def test_inclusive_ending_and_gloss_are_one_name(registry, sentence, want):
    check_names(surfaces(registry, sentence), want)


def test_a_person_s_bracket_is_no_gloss(registry):
    got = surfaces(registry, "Senator Ana Dorrow (Democrat of Ohio and Kelvin) spoke at the rally.")
    assert not any("Democrat" in s for s in got), got


# -- 4. two names glued by a dash ------------------------------------------------------------------
def test_dash_joined_body_and_its_translation(registry):
    got = surfaces(registry, "The KLVF, the Kelvian Workers Federation–Union Central (Federação dos "
                             "Trabalhadores da Kelvia–Central Sindical), called the strike.")
    check_names(got, {"Kelvian Workers Federation–Union Central": "organization",
                      "Federação dos Trabalhadores da Kelvia–Central Sindical": "organization",
                      "Union Central": None, "Central Sindical": None})


def test_dashed_towns_stay_two_places(registry):
    got = surfaces(registry, "Fans cheered the Dallas–Fort Worth team.")
    check_names(got, {"Dallas": "city", "Fort Worth": "city"})


# -- 5. an acronym, "the" and its name spelled out --------------------------------------------------
@pytest.mark.parametrize("sentence, acronym, name", [
    ("They fought against KANU, the Kelvian Army for the National Unity of Dorrow.", "KANU",
     "Kelvian Army for the National Unity of Dorrow"),
    ("Guerrillas of the DLF, the Dorrow Liberation Front, shelled the town.", "DLF",
     "Dorrow Liberation Front"),
])
def test_acronym_and_its_spelled_name_are_two_bodies(registry, sentence, acronym, name):
    check_names(surfaces(registry, sentence), {acronym: "organization", name: "organization",
                                                f"{acronym}, the {name}": None})


def test_a_title_with_its_subtitle_stays_one_work(registry):
    got = surfaces(registry, "She read Imperialism, the Highest Stage of Capitalism, in jail.")
    check_names(got, {"Imperialism, the Highest Stage of Capitalism": Not("organization")})
    assert "Imperialism, the Highest Stage of Capitalism" in got
