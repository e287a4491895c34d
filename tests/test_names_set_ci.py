"""Names of the kinds held-out set CI (transport workers: rail, airlines, trucking, ports)
showed cut, glued or left untyped, in made-up sentences in the paper's shapes: a site's
operator named with "and" (kg.nlp.entities.spans.siteandfirms); a body's connector printed with
a capital (spans.capitalconnectors); a registry town, a hyphen and an airport's name, and that
name's short form (spans.hyphenedplaces); a body by its creed's followers and its place
(spans.creedbodies); a union's unit "of" its parent, whose bracketed acronym stays the parent's
(boundaries.toml `branch_heads`, spans.unitacronyms); a bill's initials glued to its number
(kinds.gluedbills); a treaty's "Convention" adopted or ratified (kinds.adoptedworks); a union's
head first with no "of" (kinds.leadingunions); a town opening a sentence that the page names
after "of" (kinds.ofplaceopeners); a name before "on" in a speaker's apposition; a railroad's
trains. No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- a site's operator named with "and" ------------------------------------------------------------
    pytest.param(("The harbour is run by the Tallowmouth Dock and Navigation Company, a subsidiary "
                  "of Kelvo Holdings.",),
                 {"Tallowmouth Dock and Navigation Company": "organization",
                  "Tallowmouth Dock": None, "Navigation Company": None},
                 id="a-docks-operator-named-with-and"),
    pytest.param(("Pickets stood at Dorrow Dock and Kelvane Haulage Company offices.",),
                 {"Dorrow Dock and Kelvane Haulage Company": None,
                  "Kelvane Haulage Company": "organization"},
                 id="a-name-of-its-own-after-and-joins-no-site"),
    # -- a body's capitalised connector --------------------------------------------------------------
    pytest.param(("Volunteers from the Food Bank For Chicago brought sandwiches to the pickets.",),
                 {"Food Bank For Chicago": "organization", "Food Bank": None, "Chicago": None},
                 id="a-capital-for-before-a-registry-city"),
    pytest.param(("Volunteers from the Tenants Fund For Dorrow County came.",),
                 {"Tenants Fund For Dorrow County": "organization"},
                 id="a-capital-for-types-the-body-by-its-head"),
    # -- a registry town, a hyphen and an airport, then its short form --------------------------------
    pytest.param(("Cleaners picketed Chicago-Vanterpool International Airport on Monday. At "
                  "Chicago-Vanterpool the lines held all week.",),
                 {"Chicago-Vanterpool International Airport": "place", "Chicago-Vanterpool": "place",
                  "International Airport": None},
                 id="an-airport-named-for-a-town-and-a-person-and-its-short-form"),
    pytest.param(("The Chicago-Dorrow County line was closed.",),
                 {"Chicago-Dorrow County": "place"},
                 id="the-nearest-place-head-still-closes-the-name"),
    # -- a body by its creed's followers and its place -----------------------------------------------
    pytest.param(("Police arrested a member of the Revolutionary Socialists of Kelvia at the gate.",),
                 {"Revolutionary Socialists of Kelvia": "organization"},
                 id="the-creeds-followers-of-a-place"),
    pytest.param(("The Revolutionary Socialists in Kelvia marched.",),
                 {"Revolutionary Socialists in Kelvia": None},
                 id="followers-in-a-place-make-no-body"),
    # -- a union's unit of its parent; the parent's acronym ------------------------------------------
    pytest.param(("Cabin crews, members of the Dorrair Component of the Kelvish Union of Transport "
                  "Employees (KUTE), walked out. KUTE leaders said the strike would go on.",),
                 {"Dorrair Component of the Kelvish Union of Transport Employees": "organization",
                  "Dorrair Component": None, "KUTE": "organization"},
                 id="a-unions-component-of-its-parent"),
    # -- laws and treaties ---------------------------------------------------------------------------
    pytest.param(("Drivers rallied against SB41, which the governor signed. Its backers said SB41 "
                  "would raise pay.",),
                 {"SB41": "work"},
                 id="a-bills-initials-glued-to-its-number"),
    pytest.param(("The bill, known as AB 77, passed.",),
                 {"AB 77": "work"},
                 id="an-assembly-bill-by-its-initials"),
    pytest.param(("The Dockside Safety Convention, adopted by the International Labour Organization, "
                  "sets rest hours.",),
                 {"Dockside Safety Convention": "work"},
                 id="a-convention-adopted-is-a-treaty"),
    pytest.param(("Few governments ratified the Kelvo Fishers Convention.",),
                 {"Kelvo Fishers Convention": "work"},
                 id="a-convention-ratified-is-a-treaty"),
    pytest.param(("The Kelvo Farmers Convention opened in Dorrowville on Friday.",),
                 {"Kelvo Farmers Convention": "event"},
                 id="a-convention-that-opens-is-a-gathering"),
    # -- a union's head first ------------------------------------------------------------------------
    pytest.param(("Tomas Vellquist, a signal maintainer who belongs to the Brotherhood Railway "
                  "Signalmen, spoke at the rally.",),
                 {"Brotherhood Railway Signalmen": "organization"},
                 id="a-brotherhood-with-no-of"),
    # -- a speaker's apposition; a railroad's trains -------------------------------------------------
    pytest.param(("“We are not going back,” Ana Dorrowitz, a conductor on Kelvo Northern Link, "
                  "told the Militant.",),
                 {"Kelvo Northern Link": Not("person"), "Ana Dorrowitz": "person"},
                 id="a-name-on-which-the-speaker-works-is-no-speaker"),
    pytest.param(("“The Kelvorail trains run right past the pickets,” said Ana Dorrowitz.",),
                 {"Kelvorail": "organization"},
                 id="a-railroads-trains"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_names_set_ci(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_a_town_opening_a_deck_named_after_of_in_the_body():
    """"Kelvington dockers …" in the deck, the "Port of …" in the body: the town is named there
    (kg.nlp.entities.kinds.ofplaceopeners); without the "of" name it stays an opener."""
    from kg.nlp.stages import annotate
    from kg.reader import parse_article

    def names(body: str) -> set[str]:
        text = "\n".join(["The Militant (logo)", "   Vol. 86/No. 33           September 12, 2022", "",
                          "", "Dock strike spreads along the coast", "Antwerp dockers to walk out next",
                          "", "BY MARY MARTIN", "", body, ""])
        doc = annotate(parse_article(text + "\n", "<test>"))
        return {m.span.of(doc.text) for m in doc.annotations.mentions}

    assert "Antwerp" in names("Some 500 members at the Port of Antwerp voted to strike.")
    assert "Antwerp" not in names("Some 500 members at the port voted to strike.")
