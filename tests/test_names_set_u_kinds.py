"""Set U's kinds of misses (issue 10, read by category after its untuned measure; branch ent34):
a firm's "of" and its town, a town "and Suburbs" in a body's name, a byline's particle surname,
Spanish legal forms after a comma, a body's short name in brackets, a film named for a place and
its country, an Irish county, firms by their heads and appositions, a site's own name before
its noun, a possessive's work told of, a courtroom. Every sentence is made up for these tests;
no text or name of a held-out set is used (registry cities stand only where the mechanism
needs a known town)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, article, check_names, found, surfaces

from kg.nlp.entities.mentions import annotate


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


def _kind(got: dict[str, str], name: str) -> str:
    return got.get(name, "").split("/", 1)[0]


# One row a case: a made-up sentence, then what the entities stage must say of each name (a
# kind, a registry key, NAMED, or None: not named; nlp_support.check_names). The cases
# that ask more of a sentence (no name holding " of ", two names of one entity) are tests below.
CASES = [
    # -- 1. a body's "of" part still names it ----------------------------------------------------
    pytest.param("Members of the Amalgamated Workers of America met on Monday.",
                 {"Amalgamated Workers of America": "organization"}, id="bodys-of-part-workers-of-america"),
    pytest.param("Members of the Bank of Denver met on Monday.", {"Bank of Denver": "organization"},
                 id="bodys-of-part-bank-of-a-town"),
    pytest.param("Members of the University of Denver met on Monday.",
                 {"University of Denver": "organization"}, id="bodys-of-part-university-of-a-town"),
    # -- 2. a town "and Suburbs" opening a body's name ------------------------------------------
    pytest.param("Drivers of the Denver and Suburbs Bus Company union were jailed.",
                 {"Denver and Suburbs Bus Company": "organization", "Denver": None,
                  "Suburbs Bus Company": None}, id="town-and-its-suburbs-open-a-bodys-name"),
    # -- 4. a qualifier in brackets ---------------------------------------------------------------
    pytest.param("She holds a Kelvish National (Abroad) passport.", {"Kelvish National (Abroad)": NAMED},
                 id="qualifier-in-brackets-stays-in-the-name"),
    # -- 5. a film named for a place and its country --------------------------------------------
    pytest.param("He recounts the making of Ana Ruiz’s documentary Kelvo County, USA, which won an award.",
                 {"Kelvo County, USA": "work", "USA": None},
                 id="film-named-for-a-place-and-country-possessive"),
    pytest.param("They watched the film Dorrow County, USA last week.",
                 {"Dorrow County, USA": "work", "USA": None}, id="film-named-for-a-place-and-country"),
    pytest.param("The film Kelvo County was shown.", {"Kelvo County": NAMED, "USA": None},
                 id="county-after-a-work-noun-without-a-country-as-before"),
    # -- 6. types ---------------------------------------------------------------------------------
    pytest.param("Ana Ruiz farms near Ballymore, County Kelvo. “We are squeezed,” she said.",
                 {"County Kelvo": "place"}, id="irish-county-is-a-place"),
    pytest.param("The County Council met on Monday.", {"County Council": "organization"},
                 id="county-body-keeps-its-head"),
    pytest.param("Farmers pointed to the company, Kelvish Food Processors, as setting prices.",
                 {"Kelvish Food Processors": "organization"}, id="food-processors-is-a-firm"),
    pytest.param("Tessgo, KDSA’s U.S. subsidiary, opened a terminal in Kelvo.", {"Tessgo": "organization"},
                 id="subsidiary-in-apposition-is-a-firm"),
    pytest.param("Ana Ruiz, Kelvo’s union president, spoke.", {"Ana Ruiz": "person"},
                 id="persons-role-after-a-possessive-is-no-firm"),
    pytest.param("Pickets stood at the gate of the Co-Op mine in Dorrow Canyon.", {"Co-Op": "place"},
                 id="sites-own-name-before-mine"),
    pytest.param("Workers at the El Kelvito refinery near Puerto Dorrow voted for a walkout.",
                 {"El Kelvito": "place"}, id="sites-own-name-before-refinery"),
    pytest.param("Workers at the Kelvane refinery struck on Monday.", {"Kelvane": "organization"},
                 id="firms-name-before-a-site-noun-stays-the-employer"),
    pytest.param("Read it with Farrell Dobbs’s Dock Rebellion, which tells how drivers built "
                 "theirs.", {"Dock Rebellion": "work"}, id="possessives-work-told-of-is-a-work"),
    pytest.param("Read it with Farrell Dobbs’s Dock Rebellion, which began in 1934.",
                 {"Dock Rebellion": "event"}, id="possessives-name-that-began-is-an-event"),
    pytest.param("Supporters packed Courtroom 1104 of the Kelvin Court of Common Pleas on Monday.",
                 {"Courtroom": None, "Kelvin Court of Common Pleas": "organization"},
                 id="courtroom-names-nothing"),
    # -- 7. a nickname in quotation marks inside a person's name --------------------------------
    pytest.param("The reform slate ousted the leadership of W.J. “Sonny” Dorrow, and the new president "
                 "sent organizers.", {"W.J. “Sonny” Dorrow": "person", "Dorrow": None},
                 id="nickname-in-quotes-after-initials"),
    pytest.param("The reform slate ousted James “Red” Dorrow in 1972.",
                 {"James “Red” Dorrow": "person", "Dorrow": None},
                 id="nickname-in-quotes-after-a-given-name"),
]


@pytest.mark.parametrize("sentence,want", CASES)
def test_set_u_kinds(registry, sentence, want):
    check_names(surfaces(registry, sentence), want)


# -- 1. a firm's legal form or trade head, "of" and its town: two names ------------------------------
@pytest.mark.parametrize("sentence,firm,town", [
    ("The plant belongs to Westbrook Packing Co. of Denver, Colorado.", "Westbrook Packing Co.", "Denver"),
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


# -- 2. a town "and Suburbs" opening a body's name ----------------------------------------------------
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
    # a second legal form after a first, as East Asian registers print it (passB42)
    ("The strike began at Dorrow Kelvin Parts Co., Ltd., a gearbox plant in the south.",
     "Dorrow Kelvin Parts Co., Ltd."),
    ("Pay at Tallin Textile Co., Ltd. was cut.", "Tallin Textile Co., Ltd."),
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
    # a second form only after a first: a trade head is no legal form
    got = _labels(registry, "Workers at Kelvane Foods, Ltd., walked out.")
    assert "Ltd." not in " ".join(got), got


def test_a_short_name_in_brackets_is_the_bodys(registry):
    got = _labels(registry, "The Kelvish Federation of Chambers of Commerce (Fedecomer) called a strike.",
                  "Fedecomer president Ana Ruiz spoke.")
    long = "Kelvish Federation of Chambers of Commerce"
    assert _kind(got, long) == "organization", got
    assert got.get("Fedecomer") == got[long], got
    assert not any("(" in k for k in got), got


# -- 7. a nickname in quotation marks inside a person's name --------------------------------------------
def test_a_quoted_word_between_other_words_joins_nothing(registry):
    got = _labels(registry, "Ana said “Yes” Ruiz agreed.")
    assert not any("“" in k for k in got), got
