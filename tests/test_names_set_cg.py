"""Names of the kinds held-out set CG (courts, prisons, police and political rights, 1991–2024)
showed cut, glued or left untyped, in made-up sentences in the paper's shapes: a body's state
unit "of" its parent (kg.nlp.entities.spans.conferencebranches); a registry place before
initials joined by "&"
(spans.ampersandinitials); a corner by its streets' short forms (spans.intersections); a law with
its initials in brackets (spans.acronymlaws); an amendment by its number in figures
(spans.numberedamendments); a country's charter (kinds.charters); "Federal Judge" and a
purpose's verbs as data; a county's courts building (kinds.toml `civic_owners`, entities.toml
`place`); a person by an age or a violent act (kinds.victimframes) and by a noun of people
before a comma (kinds.rolelists); a town whose police department the page names
(kinds.policetowns). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- a body's state unit and its parent; a purpose that upholds rights --------------------------
    pytest.param(("The Tallowa State Conference of the NAACP called a vigil at the courthouse.",),
                 {"Tallowa State Conference of the NAACP": "organization",
                  "Tallowa State Conference": None},
                 id="a-state-conference-of-its-parent-body"),
    pytest.param(("The Kelvo Conference of the NAACP met in June.",),
                 {"Kelvo Conference of the NAACP": None},
                 id="one-head-word-alone-joins-nothing"),
    pytest.param(("Parents formed the Kelvo Committee to Respect Tenants’ Rights last spring.",),
                 {"Kelvo Committee to Respect Tenants’ Rights": "organization"},
                 id="to-respect-opens-a-bodys-purpose"),
    pytest.param(("The FBI tapped their phones for years, until Federal Judge Ada Kelvorn "
                  "ruled the taps illegal.",),
                 {"Ada Kelvorn": "person", "Federal": None},
                 id="federal-judge-is-a-title"),
    # -- initials joined by "&" (a complex named "the <head> at <place>": tests/test_atsites.py) -------
    pytest.param(("Students at Kansas A&M University walked out of class.",),
                 {"Kansas A&M University": "organization", "M University": None},
                 id="a-registry-state-before-initials-and-an-ampersand"),
    # -- a corner by its streets' short forms --------------------------------------------------------
    pytest.param(("The shooting took place at 52nd Street and Kelvin Avenue. Hundreds gathered "
                  "at 52nd and Kelvin the next night.",),
                 {"52nd and Kelvin": "place", "52nd Street": "place", "Kelvin Avenue": "place"},
                 id="a-corner-by-its-streets-short-forms"),
    pytest.param(("Crowds from the 52nd and Kelvin districts marched.",),
                 {"52nd and Kelvin": None},
                 id="no-corner-where-no-street-is-named"),
    # -- laws: initials in brackets, an amendment in figures, a country's charter --------------------
    pytest.param(("They were charged under the Dorrish Organized Gangs and Rackets (DOGR) Act "
                  "last week.",),
                 {"Dorrish Organized Gangs and Rackets (DOGR) Act": "work",
                  "Dorrish Organized Gangs and Rackets": None},
                 id="a-law-with-its-initials-in-brackets"),
    pytest.param(("The suit cites the 14th Amendment to the U.S. Constitution.",),
                 {"14th Amendment": "work", "U.S. Constitution": "work"},
                 id="an-amendment-in-figures-and-a-countrys-charter"),
    pytest.param(("She worked at U.S. Pipe for years.",),
                 {"U.S. Pipe": "organization"},
                 id="a-firm-named-for-its-country-stays-a-firm"),
    # -- a county's courts building -----------------------------------------------------------------
    pytest.param(("Pickets stood outside the Dorrow County Criminal Justice Center all day.",),
                 {"Dorrow County Criminal Justice Center": "place"},
                 id="a-criminal-justice-center-is-a-building"),
    pytest.param(("The crowd waited outside the Kelvo County Government Center for the verdict.",),
                 {"Kelvo County Government Center": "place"},
                 id="a-government-center-is-a-building"),
    # -- a person by an age before the name or a violent act after it --------------------------------
    pytest.param(("A deputy fatally wounded 19-year-old Ja’Veyla Orrendale at a gas station.",),
                 {"Ja’Veyla Orrendale": "person"},
                 id="an-age-before-the-name"),
    pytest.param(("Marchers carried signs naming Quenby Dallowitz, shot by police in March.",),
                 {"Quenby Dallowitz": "person"},
                 id="a-violent-act-after-the-name"),
    pytest.param(("Tourists visited the 200-year-old Kelvo Dorrane that week.",),
                 {"Kelvo Dorrane": Not("person")},
                 id="a-things-age-after-an-article-types-no-person"),
    # -- a noun of people and a comma before names ---------------------------------------------------
    pytest.param(("Even the Dorrow Police Department’s former chief, Zuberia Vesquinto, signed "
                  "the new rules.",),
                 {"Zuberia Vesquinto": "person"},
                 id="a-role-and-a-comma-before-a-name"),
    pytest.param(("Three former guards, Tam Quevrin, J. Otto Dallaway and Peter Lane, face trial.",),
                 {"Tam Quevrin": "person", "J. Otto Dallaway": "person", "Peter Lane": "person"},
                 id="a-list-after-a-plural-closed-by-a-comma"),
    # -- a town whose police the page names ----------------------------------------------------------
    pytest.param(("Anger grew after a Tallow Center cop, Ivo Dorrance, beat a teenager. Crowds "
                  "gathered outside the Tallow Center Police Department for days.",),
                 {"Tallow Center": "place", "Tallow Center Police Department": "organization"},
                 id="a-town-whose-police-department-is-named"),
    pytest.param(("Students at Kelvo University marched to the Kelvo University Police Department.",),
                 {"Kelvo University": "organization"},
                 id="a-universitys-police-leave-it-a-body"),
    pytest.param(("The speakers, Kelvo Steel and Dorrow Mills, were named.",),
                 {"Kelvo Steel": "organization", "Dorrow Mills": "organization"},
                 id="bodies-after-a-plural-stay-bodies"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_names_set_cg(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
