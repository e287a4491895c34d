"""Names of the kinds held-out set BL (U.S. politics, courts and police) showed cut, glued or
untyped, in made-up sentences in the paper's shapes:

* an agency's head and a prosecutor by title before the name ("FBI Director …", "acting Director
  …", "U.S. Attorney …": entities.toml `titles`, the lawyer's "Attorney" among the
  `ambiguous_titles`);
* a surname alone that two people named in full share, a father and his son
  (kg.nlp.entities.kinds.sharedsurnames);
* a name ending in a generational suffix, a person, and a city's ward by its ordinal, a place
  (kg.nlp.entities.kinds.namewords);
* a body's branch in a state named with "of" (kg.nlp.entities.spans.statebranches);
* a book's title that is a list, between "excerpt from" and its author's "by"
  (kg.nlp.entities.spans.excerptlists);
* a court case against an office (kg.nlp.entities.spans.casesagainst);
* a county named by a registry town, a hyphen and a word (kg.nlp.entities.spans.hyphenedplaces);
* a body's unit named after the body's possessive (kg.nlp.entities.kinds.bodyunits);
* a compass point alone after "the", the article writing the word in lower case too
  (kg.nlp.entities.spans.compassalone).

No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- an agency's head and a prosecutor by title --------------------------------------------
    pytest.param(("Bureau Director R. Tolliver Kade signed the order himself.",),
                 {"R. Tolliver Kade": "person", "Director R. Tolliver Kade": None},
                 id="director-before-an-initialled-name"),
    pytest.param(("The agency's acting Director Dana Kelvo defended the sweep.",),
                 {"Dana Kelvo": "person", "Director Dana Kelvo": None},
                 id="acting-director"),
    pytest.param(("U.S. Attorney Arlo Venn said the growers could be charged.",),
                 {"Arlo Venn": "person", "Attorney Arlo Venn": None, "U.S.": "country"},
                 id="us-attorney-before-a-name"),
    pytest.param(("Attorney General Nora Pell asked for a review.",),
                 {"Nora Pell": "person", "Attorney General Nora Pell": None},
                 id="attorney-general-stays-one-title"),
    pytest.param(("The Dorrow County Attorney’s Office dropped the charges.",),
                 {"Dorrow County Attorney’s Office": "organization"},
                 id="an-attorneys-office-keeps-its-word"),
    # -- a surname two people named in full share ----------------------------------------------
    pytest.param(("Tomas Kelvane Sr., a dock worker, died here May 2.",
                  "Kelvane was born in 1940 in a mill town. In 1970 Kelvane joined the union.",
                  "He is survived by his son, Tomas Kelvane Jr., and a daughter."),
                 {"Kelvane": "person", "Tomas Kelvane Sr.": "person", "Tomas Kelvane Jr.": "person"},
                 id="a-father-and-son-surname"),
    pytest.param(("Marta Dorrinek and her brother Paul Dorrinek ran the local.",
                  "Last year Dorrinek led the walkout."),
                 {"Dorrinek": "person"},
                 id="a-surname-of-two-siblings"),
    # -- a generational suffix ends a person's name ----------------------------------------------
    pytest.param(("The suit named the board’s chairman, R.T. Vallinor Jr. In 1981 the court ruled.",),
                 {"R.T. Vallinor Jr.": "person"},
                 id="initials-surname-and-jr"),
    pytest.param(("Delegates met at the Martin Luther King Jr. Center in Atlanta.",),
                 {"Martin Luther King Jr. Center": Not("person")},
                 id="a-building-named-for-a-suffixed-person"),
    pytest.param(("Veterans of World War II marched.",),
                 {"World War II": Not("person")},
                 id="a-war-numbered-ii-is-no-person"),
    # -- a city's ward by its ordinal --------------------------------------------------------------
    pytest.param(("She canvassed with him in Dorrowville’s Seventh Ward.",),
                 {"Seventh Ward": "place"},
                 id="an-ordinal-ward"),
    pytest.param(("The Lower Ninth Ward flooded again.",),
                 {"Lower Ninth Ward": "place"},
                 id="a-lower-ordinal-ward"),
    pytest.param(("Organizer Tomas Ward spoke first.",),
                 {"Tomas Ward": "person"},
                 id="ward-as-a-surname"),
    # -- a body's branch in a state ---------------------------------------------------------------
    pytest.param(("Two clinics sued with the help of the NLG of Nebraska.",),
                 {"NLG of Nebraska": "organization", "NLG": None, "Nebraska": None},
                 id="initials-of-a-state"),
    pytest.param(("The clinic run by Planned Parenthood of Iowa and Nebraska, both in Omaha, sued.",),
                 {"Planned Parenthood of Iowa and Nebraska": "organization", "Planned Parenthood": None,
                  "Iowa": None, "Nebraska": None, "Omaha": "city"},
                 id="a-registry-body-of-two-states"),
    pytest.param(("Delegates of the AFL-CIO of Ohio and Indiana workers came.",),
                 {"AFL-CIO of Ohio and Indiana": None, "Indiana": "place"},
                 id="and-a-places-workers-is-no-second-state"),
    pytest.param(("Speakers from the NLG of Dorrow County came.",),
                 {"NLG of Dorrow": None},
                 id="the-place-goes-on"),
    pytest.param(("A strike at Walmart of Mexico spread.",),
                 {"Walmart of Mexico": None, "Mexico": "country"},
                 id="a-country-is-no-state-branch"),
    # -- a list's title after "excerpt from" -------------------------------------------------------
    pytest.param(("Below is an excerpt from Dockers, Drivers and the Long Strike by Ana T. Kelvo, one "
                  "of Pathfinder’s Books of the Month for March.",),
                 {"Dockers, Drivers and the Long Strike": "book", "Dockers": None,
                  "Drivers and the Long Strike": None, "Ana T. Kelvo": "person"},
                 id="a-list-title-before-by"),
    pytest.param(("He read excerpts from Kelvo, Dorrow and Venn by Tom Lee at the rally.",),
                 {"Kelvo, Dorrow and Venn": None},
                 id="no-book-cue-no-title"),
    # -- a court case against an office ----------------------------------------------------------
    pytest.param(("The case was Socialist Workers Party v. Secretary of Labor of the United States. "
                  "The court awarded damages.",),
                 {"Socialist Workers Party v. Secretary of Labor of the United States": "event",
                  "United States": None, "Socialist Workers Party": None},
                 id="a-registry-party-against-an-office"),
    pytest.param(("The ruling cited Dorrow v. Kelvane and Tallis v. Board of Education of Kelvport.",),
                 {"Dorrow v. Kelvane": "event", "Tallis v. Board of Education of Kelvport": "event"},
                 id="two-cases-joined-by-and"),
    # -- a registry town, a hyphen, a word and a place's head ----------------------------------------
    pytest.param(("The trial was moved outside Omaha-Dorrance County at last.",),
                 {"Omaha-Dorrance County": "place", "Omaha": None},
                 id="a-hyphened-county"),
    pytest.param(("Students at Omaha-Dorrance College struck.",),
                 {"Omaha-Dorrance College": Not("place")},
                 id="no-place-head-no-place"),
    # -- a compass point alone after "the" ---------------------------------------------------------
    pytest.param(("The mill stands in a suburb south of Kelvport.",
                  "Its owners argued that wages in the South had risen since 1990."),
                 {"South": "place"},
                 id="the-south-beside-lower-case-south"),
    pytest.param(("The mill stands in a suburb south of Kelvport.",
                  "South of the river, the pickets held."),
                 {"South": None},
                 id="a-sentence-opening-compass-word"),
    # -- a body's unit after its possessive --------------------------------------------------------
    pytest.param(("Four members of the Federal Bureau of Investigation’s Harbor Patrol Unit were "
                  "cleared. The Harbor Patrol Unit goes on.",),
                 {"Harbor Patrol Unit": "organization"},
                 id="a-bodys-unit"),
    pytest.param(("He served eight years at the Tallow Unit near Kelvport.",),
                 {"Tallow Unit": Not("organization")},
                 id="a-prison-unit-is-no-body"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_names_set_bl(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
