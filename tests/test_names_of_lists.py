"""A body's long name whose "of" part is a list of capitalised items joined by commas and "and" or
"&" (kg.nlp.entities.spans.andlists `_of_list`, branch ofl42): one name where every item names
nothing of its own, a list of names where one does. Every sentence is made up for these tests; no
text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


@pytest.mark.parametrize("paragraphs, want", [
    # a guild's trades, commas and "and", closed by its acronym: one name
    (("Members of the Kelvo Guild of Stage Hands, Scene Painters, Riggers and Allied Trades (KGSH) "
      "struck on Monday.",),
     {"Kelvo Guild of Stage Hands, Scene Painters, Riggers and Allied Trades": "organization",
      "Scene Painters": None, "Riggers": None, "Allied Trades": None}),
    # a numbered local before the union's "of" list: the list still closes the union's name
    (("The strikers belong to Local 40 of the Dorrow Union of Pit, Mill and Foundry Workers, "
      "which was founded in 1911.",),
     {"Local 40 of the Dorrow Union of Pit, Mill and Foundry Workers": "organization",
      "Mill and Foundry Workers": None, "Dorrow Union of Pit": None}),
    # trades' plurals, one of them with a head word inside ("Ship"), closed by a stop
    (("Among them is the Kelvo Brotherhood of Riveters, Steel Hull Builders, Caulkers and Helpers.",),
     {"Kelvo Brotherhood of Riveters, Steel Hull Builders, Caulkers and Helpers": "organization",
      "Steel Hull Builders": None, "Helpers": None}),
    # an agency of two common words joined by "and", a lower-case word after it
    (("Each year the Kelvo Department of Game and Wetlands blames the tribes.",),
     {"Kelvo Department of Game and Wetlands": "organization", "Wetlands": None}),
    (("Loggers demanded that the Ministry of Timber and Soil open its books.",),
     {"Ministry of Timber and Soil": "organization", "Soil": None}),
    # "&" joins the last item as "and" does
    (("The Dorrow Department of Parks & Beaches said nothing.",),
     {"Dorrow Department of Parks & Beaches": "organization"}),
    # a body's head alone before the plural closing the list is the members' field, also after
    # a merged union's hyphen
    (("He joined the Kelvo Union of Bank, Insurance and Finance Workers last year.",),
     {"Kelvo Union of Bank, Insurance and Finance Workers": "organization"}),
    (("Members of the Screen Players Guild-Kelvo Federation of Television and Radio Singers, went on "
      "strike.",),
     {"Screen Players Guild-Kelvo Federation of Television and Radio Singers": "organization",
      "Radio Singers": None}),
    # a local of a union named by two trades' plurals
    (("Members of Local 12 of the Kiln Employees and Quarry Employees picketed the plant.",),
     {"Local 12 of the Kiln Employees and Quarry Employees": "organization", "Quarry Employees": None}),
])
def test_of_list_one_name(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # initials after "and": a body of its own
    (("Pickets came from the Kelvo Federation of Teachers and SEIU on Friday.",),
     {"Kelvo Federation of Teachers": "organization", "Kelvo Federation of Teachers and SEIU": None}),
    # the acronym after the list spells its last item alone: that item is a body of its own
    (("Members of the Guild of Tallow Porters and Dorrow Crane Riggers (DCR) marched.",),
     {"Guild of Tallow Porters": "organization", "Dorrow Crane Riggers": "organization"}),
    # a body with its own head after "and"
    (("Speakers came from the Kelvo Union of Porters and Dorrow University last week.",),
     {"Kelvo Union of Porters": "organization", "Dorrow University": "organization"}),
    # people listed after the body
    (("The University of Kelvo, Maria Dorrow and Ana Tallow signed the letter.",),
     {"University of Kelvo, Maria Dorrow and Ana Tallow": None, "Ana Tallow": "person"}),
    # a comma before "and": the paper's list of names
    (("The Kelvo Council of Porters, and Tallow Grain signed the letter.",),
     {"Kelvo Council of Porters": "organization", "Tallow Grain": "organization"}),
    # a firm's name after "and" (a word that is no English one before a singular): two names
    (("The Kelvo Council of Porters and Tallow Grain signed the letter.",),
     {"Kelvo Council of Porters": "organization", "Tallow Grain": "organization"}),
    # a country in the "of" part: the union's name ends there
    (("The Porters Union of Canada and Kelvo Riggers marched.",),
     {"Porters Union of Canada and Kelvo Riggers": None}),
    # towns the gazetteer knows listed after the body's "of": two names
    (("The Transit Authority of Toledo and Akron voted.",),
     {"Transit Authority of Toledo and Akron": None}),
    # a capitalised word after the last item: the list runs on into another name
    (("The Kelvo Department of Game and Wetlands Ana Ruiz spoke.",),
     {"Kelvo Department of Game and Wetlands": None}),
])
def test_of_list_names_apart(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a local numbered by a word names its union too, as a local numbered by digits does
    (("Members of Local Two of the Kelvo Guild of Stage Hands walked out.",),
     {"Local Two of the Kelvo Guild of Stage Hands": "organization",
      "Kelvo Guild of Stage Hands": "organization"}),
    (("Members of Local Two of the Kelvo Guild of Stage Hands, Scene Painters and Riggers walked out.",),
     {"Local Two of the Kelvo Guild of Stage Hands, Scene Painters and Riggers": "organization",
      "Kelvo Guild of Stage Hands, Scene Painters and Riggers": "organization"}),
    # a law's section numbered by a word is no union's local
    (("They cited Section Two of the Kelvo Labour Act in court.",),
     {"Kelvo Labour Act": "work", "Section Two of the Kelvo Labour Act": None}),
])
def test_local_numbered_by_a_word(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)

