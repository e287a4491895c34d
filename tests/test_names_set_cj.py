"""Names and kinds after set CJ's pass (issue 10, branch ent126): a hospital named for its
founder, firms and standing bodies by their heads, a union's branch by two sets of initials, a
town with a title's word in a list of towns, a department named by its portfolio and country, a
firm named by two goods, and recurring firms of the paper in the registry. Every sentence is
made up for these tests; no text or name of a held-out set is used (real towns and countries
stand only where the mechanism needs the gazetteer to know one)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


# -- a founder's possessive before a hospital's head ----------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Nurses picketed from Tarrow’s Hospital to the Kelvin Infirmary.",
     {"Tarrow’s Hospital": "hospital", "Tarrow": None}),
    ("Porters at Dorrow's Infirmary walked out Monday.",
     {"Dorrow's Infirmary": "hospital", "Infirmary": None, "Dorrow": None}),
    # not before "of": the hospital of that name is another
    ("Kelvo's Hospital of Saint Ann closed.", {"Kelvo's Hospital": None}),
])
def test_a_founders_possessive_before_a_hospitals_head_is_one_hospital(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- heads: a firm's "Solutions", a standing body's "Body" ----------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Most loaders are hired through agencies such as Kelvane Staffing Solutions.",
     {"Kelvane Staffing Solutions": "organization"}),
    ("The award was set by the Kelvo Wage Review Body last year.",
     {"Kelvo Wage Review Body": "organization"}),
])
def test_solutions_and_body_are_organisations_heads(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a union's branch by its initials and the branch's ---------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Members of SEIU-KWB and other unions picketed the hospital.",
     {"SEIU-KWB": "organization", "SEIU": None}),
    ("She is a member of SEIU-KWB.", {"SEIU-KWB": "organization", "SEIU": None}),
    ("A nurse and SEIU-KWB member spoke.", {"SEIU-KWB": "organization"}),
    # any function word after the pair (entities.toml `function_words`), not only a preposition
    # or "and": no noun the pair qualifies, one name (the pattern reads the data, refac40)
    ("Nurses in SEIU-KWB who struck won the vote.", {"SEIU-KWB": "organization", "SEIU": None}),
    ("Nurses of SEIU-KWB under a new contract won.", {"SEIU-KWB": "organization", "SEIU": None}),
    ("She said SEIU-KWB also backs the strike.", {"SEIU-KWB": "organization", "SEIU": None}),
    # two bodies' initials before a noun they qualify: two bodies, the registry's kept
    ("The SEIU-KWB talks broke down.", {"SEIU": "organization/service-employees-international-union",
                                        "SEIU-KWB": None}),
    # the second a registry body too: each its own
    ("The PLO-FSLN accord held.", {"PLO": "organization/palestine-liberation-organization",
                                   "PLO-FSLN": None}),
    # a lower-case word after the hyphen: an adjective, the registry's body
    ("The SEIU-backed slate won.", {"SEIU": "organization/service-employees-international-union"}),
])
def test_an_acronym_glued_before_another_names_one_branch(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a title's word opening a town in a list of towns ---------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Nurses picketed in Kelvo Falls, Prince Rupert and Dorrow Creek.",
     {"Prince Rupert": "place", "Rupert": None}),
    ("Nurses picketed in Kelvo Falls and Prince George.", {"Prince George": "city", "George": None}),
    # a comma after a fronted place opens a clause: the title is a person's
    ("In London, Prince George said no.", {"George": "person", "Prince George": None}),
    # "and" before a verb: a clause, no list
    ("They met in Kelvo Falls and Prince Charles spoke.", {"Prince Charles": None}),
])
def test_a_titled_town_listed_among_towns_is_the_town(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a department named by its portfolios and its country ------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("She is a clerk at Labour and Pensions Canada in Hull.",
     {"Labour and Pensions Canada": "organization", "Pensions Canada": None,
      "Canada": None}),
    ("At the Customs Canada office in Winnipeg, clerks struck.",
     {"Customs Canada": "organization", "Canada": None}),
    ("Officials of Fisheries, Forestry and Transport Norway spoke.",
     {"Fisheries, Forestry and Transport Norway": "organization"}),
    # an adjective before the country is no portfolio: the country stays
    ("Farmers in Rural Canada struck.", {"Canada": "country/canada", "Rural Canada": None}),
])
def test_a_portfolio_before_its_country_is_a_department(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a firm named by two goods ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Workers occupied the Kelvo Gates and Fences factory in 2008.",
     {"Kelvo Gates and Fences": "organization", "Kelvo Gates": None, "Fences": None}),
    ("The Dorrow Pipes and Valves company hired scabs.",
     {"Dorrow Pipes and Valves": "organization"}),
    # a second part that is no common noun is another firm's name
    ("Workers at the Kelvo Steel and Dorrow plants struck.",
     {"Kelvo Steel": "organization", "Dorrow": NAMED, "Kelvo Steel and Dorrow": None}),
])
def test_two_goods_joined_by_and_before_a_works_noun_name_one_firm(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- recurring firms of the paper in the registry ---------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The Montgomery Ward company defied the labor board again.",
     {"Montgomery Ward": "organization/montgomery-ward", "Montgomery": None}),
    ("Marchers walked from Selma to Montgomery.", {"Montgomery": "city/montgomery"}),
    ("Teamsters from UPS joined the line.", {"UPS": "organization/ups"}),
])
def test_recurring_firms_are_the_registrys(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a hill named by a common word; a casino named for its city ------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Strikers will march on Assembly Hill in Dorrowton.", {"Assembly Hill": "place"}),
    ("Pickets circled Market Grove all day.", {"Market Grove": "place"}),
    ("Workers rallied on Signal Ridge.", {"Signal Ridge": "place"}),
    # a given name before "Hill": a person
    ("The song was written by Joe Hill in prison.", {"Joe Hill": "person"}),
    ("Casino workers struck Casino Halifax for six weeks.", {"Casino Halifax": "place"}),
])
def test_hills_and_casinos_by_name_are_places(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a site by its own name before "campus" --------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("She is a nurse at Dorrow Health’s Tallis campus.", {"Tallis": "place"}),
    ("She studies on the Weiler campus.", {"Weiler": "place"}),
    # a head word types its name: the university, no place
    ("Students at the Kelvo University campus struck.", {"Kelvo University": "organization"}),
])
def test_a_site_named_before_campus_is_a_place(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # people rallying at a centre's doors: the building, a place
    ("At a rally outside the Dorrow Center on Friday, strikers cheered.", {"Dorrow Center": "place"}),
    ("Nurses picketed outside the Kelvo Centre all night.", {"Kelvo Centre": "place"}),
    # a body's word before the head keeps the body
    ("At a rally outside the Kelvo Workers Center, strikers cheered.",
     {"Kelvo Workers Center": "organization"}),
])
def test_a_centre_rallied_outside_is_a_place(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
