"""Set U's kinds of misses (issue 10, read by category after its untuned measure; branch ent34):
a firm's "of" and its town, a town "and Suburbs" in a body's name, a byline's particle surname,
Spanish legal forms after a comma, a body's short name in brackets, a film named for a place and
its country, an Irish county, firms by their heads and appositions, a site's own name before
its noun, a possessive's work told of, a courtroom. Every sentence is made up for these tests;
no text or name of a held-out set is used (registry cities stand only where the mechanism
needs a known town)."""

from __future__ import annotations

import pytest

from kg.nlp.entities.mentions import annotate
from tests.nlp_support import article, found


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


def _kind(got: dict[str, str], name: str) -> str:
    return got.get(name, "").split("/", 1)[0]


# -- 1. a firm's legal form or trade head, "of" and its town: two names ------------------------------
@pytest.mark.parametrize("sentence,firm,town", [
    ("The plant is owned by Westbrook Packing Co. of Denver, Colorado.", "Westbrook Packing Co.", "Denver"),
    ("The Tallow Steel Co. of Pittsburgh laid off 300 workers.", "Tallow Steel Co.", "Pittsburgh"),
    # a town the gazetteer knows (no registry city); "Earl" is no nobleman's title before a firm's head
    ("The mill, owned by Earl Power of Charlotte, North Carolina, brought in guards.",
     "Earl Power", "Charlotte"),
])
def test_a_firm_then_of_and_its_town_are_two_names(registry, sentence, firm, town):
    got = _labels(registry, sentence)
    assert _kind(got, firm) == "organization", got
    assert _kind(got, town) == "city", got
    assert not any(" of " in k for k in got), got


@pytest.mark.parametrize("name", ["Amalgamated Workers of America", "Bank of Denver", "University of Denver"])
def test_a_bodys_of_part_still_names_it(registry, name):
    got = _labels(registry, f"Members of the {name} met on Monday.")
    assert _kind(got, name) == "organization", got


# -- 2. a town "and Suburbs" opening a body's name ----------------------------------------------------
def test_a_town_and_its_suburbs_open_a_bodys_name(registry):
    got = _labels(registry, "Drivers of the Denver and Suburbs Bus Company union were jailed.")
    assert _kind(got, "Denver and Suburbs Bus Company") == "organization", got
    assert "Denver" not in got and "Suburbs Bus Company" not in got, got


def test_a_town_and_its_suburbs_without_a_body_stay_apart(registry):
    got = _labels(registry, "Rents rose in Denver and Suburbs across the state.")
    assert got.get("Denver") == "city/denver", got
    assert not any(" and " in k for k in got), got


# -- 3. a byline's name is a person whole -------------------------------------------------------------
def _signed(registry, byline: str, *paragraphs: str) -> dict[str, str]:
    d = article(*paragraphs, byline=byline)
    annotate(d, registry)
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions}


@pytest.mark.parametrize("byline,name,town", [
    ("ROSA DE LEÓN", "Rosa de León", "León"),  # a town the gazetteer knows
    ("ROSA DE MATANZAS", "Rosa de Matanzas", "Matanzas"),  # a registry city
])
def test_a_bylines_particle_surname_is_no_place(registry, byline, name, town):
    got = _signed(registry, byline, "Workers struck the plant in Denver on Monday.",
                  f"{name} is a member of UFCW Local 7.")
    assert _kind(got, name) == "person", got
    assert town not in got and town.upper() not in got, got


def test_the_town_alone_elsewhere_stays_a_place(registry):
    got = _signed(registry, "ROSA DE MATANZAS", "Workers struck the sugar mill in Matanzas on Monday.",
                  "Rosa de Matanzas is a member of the union.")
    assert got.get("Matanzas") == "city/matanzas", got


# -- 4. Spanish legal forms after a comma; a short name in brackets -------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("The managers of Kelvanos de Dorrovia, S.A. (KDSA), the state company, walked out.",
     "Kelvanos de Dorrovia, S.A."),
    ("Workers at Grupo Tallis, S.A. de C.V., walked out.", "Grupo Tallis, S.A. de C.V."),
    ("Workers at Kelvo Textil, Ltda. walked out.", "Kelvo Textil, Ltda."),
    # a registry country inside a Spanish name the step for foreign names joins first
    ("Managers of Empresa Minera de Cuba, S.A. (EMCSA), the state firm, walked out.",
     "Empresa Minera de Cuba, S.A."),
])
def test_a_legal_form_after_a_comma_is_the_firms(registry, sentence, name):
    got = _labels(registry, sentence)
    assert _kind(got, name) == "organization", got
    assert not any(k != name and k in name for k in got), got


def test_the_acronym_after_a_legal_form_names_the_firm(registry):
    got = _labels(registry, "The managers of Kelvanos de Dorrovia, S.A. (KDSA) walked out.",
                  "KDSA bosses agreed.")
    key = got.get("Kelvanos de Dorrovia, S.A.")
    assert key and got.get("KDSA") == key, got


def test_an_english_legal_form_stays_out(registry):
    got = _labels(registry, "Workers at Kelvane Foods, Inc., walked out.")
    assert _kind(got, "Kelvane Foods") == "organization" and "Inc." not in " ".join(got), got


def test_a_short_name_in_brackets_is_the_bodys(registry):
    got = _labels(registry, "The Kelvish Federation of Chambers of Commerce (Fedecomer) called a strike.",
                  "Fedecomer president Ana Ruiz spoke.")
    long = "Kelvish Federation of Chambers of Commerce"
    assert _kind(got, long) == "organization", got
    assert got.get("Fedecomer") == got[long], got
    assert not any("(" in k for k in got), got


def test_a_qualifier_in_brackets_stays_in_the_name(registry):
    got = _labels(registry, "She holds a Kelvish National (Abroad) passport.")
    assert "Kelvish National (Abroad)" in got, got


# -- 5. a film named for a place and its country ------------------------------------------------------
@pytest.mark.parametrize("sentence,title", [
    ("He recounts the making of Ana Ruiz’s documentary Kelvo County, USA, which won an award.",
     "Kelvo County, USA"),
    ("They watched the film Dorrow County, USA last week.", "Dorrow County, USA"),
])
def test_a_film_named_for_a_place_and_its_country_is_one_work(registry, sentence, title):
    got = _labels(registry, sentence)
    assert _kind(got, title) == "work", got
    assert "USA" not in got, got


def test_a_county_after_a_work_noun_without_a_country_is_as_before(registry):
    got = _labels(registry, "The film Kelvo County was shown.")
    assert "Kelvo County" in got and "USA" not in got, got


# -- 6. types --------------------------------------------------------------------------------------
def test_an_irish_county_is_a_place(registry):
    got = _labels(registry, "Ana Ruiz farms near Ballymore, County Kelvo. “We are squeezed,” she said.")
    assert _kind(got, "County Kelvo") == "place", got


def test_a_county_body_keeps_its_head(registry):
    got = _labels(registry, "The County Council met on Monday.")
    assert _kind(got, "County Council") == "organization", got


def test_food_processors_is_a_firm(registry):
    got = _labels(registry, "Farmers pointed to the company, Kelvish Food Processors, as setting prices.")
    assert _kind(got, "Kelvish Food Processors") == "organization", got


def test_a_subsidiary_in_apposition_is_a_firm(registry):
    got = _labels(registry, "Tessgo, KDSA’s U.S. subsidiary, runs refineries in Texas.")
    assert _kind(got, "Tessgo") == "organization", got


def test_a_persons_role_after_a_possessive_is_no_firm(registry):
    got = _labels(registry, "Ana Ruiz, Kelvo’s union president, spoke.")
    assert _kind(got, "Ana Ruiz") == "person", got


@pytest.mark.parametrize("sentence,name", [
    ("Two teams went to the portal of the Co-Op mine in Dorrow Canyon.", "Co-Op"),
    ("Workers at the El Kelvito refinery near Puerto Dorrow are discussing a walkout.", "El Kelvito"),
])
def test_a_sites_own_name_before_its_noun_is_a_place(registry, sentence, name):
    got = _labels(registry, sentence)
    assert _kind(got, name) == "place", got


def test_a_firms_name_before_a_site_noun_stays_the_employer(registry):
    got = _labels(registry, "Workers at the Kelvane refinery struck on Monday.")
    assert _kind(got, "Kelvane") == "organization", got


def test_a_possessives_work_told_of_is_a_work(registry):
    got = _labels(registry, "It can be read alongside Farrell Dobbs’s Dock Rebellion, which tells how "
                            "drivers built theirs.")
    assert _kind(got, "Dock Rebellion") == "work", got
    got = _labels(registry, "It can be read alongside Farrell Dobbs’s Dock Rebellion, which began in 1934.")
    assert _kind(got, "Dock Rebellion") == "event", got


def test_a_courtroom_names_nothing(registry):
    got = _labels(registry, "Supporters packed Courtroom 1104 of the Kelvin Court of Common Pleas on Monday.")
    assert "Courtroom" not in got, got
    assert _kind(got, "Kelvin Court of Common Pleas") == "organization", got


# -- 7. a nickname in quotation marks inside a person's name --------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("The reform slate ousted the leadership of W.J. “Sonny” Dorrow, and the new president sent organizers.",
     "W.J. “Sonny” Dorrow"),
    ("The reform slate ousted James “Red” Dorrow in 1972.", "James “Red” Dorrow"),
])
def test_a_nickname_in_quotes_stays_inside_the_persons_name(registry, sentence, name):
    got = _labels(registry, sentence)
    assert _kind(got, name) == "person", got
    assert "Dorrow" not in got, got


def test_a_quoted_word_between_other_words_joins_nothing(registry):
    got = _labels(registry, "Ana said “Yes” Ruiz agreed.")
    assert not any("“" in k for k in got), got
