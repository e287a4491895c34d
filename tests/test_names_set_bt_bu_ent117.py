"""Names sets BT and BU showed cut, glued or typed wrong (branch ent117), in made-up sentences in
the paper's shapes: a title's subtitle after its own "!" (kg.nlp.entities.spans.exclaimedtitles);
a purpose body's object opened by a country's initials (kg.nlp.entities.spans.initialspurposes);
a body "of" a registry land before an acronym that does not spell it all
(kg.nlp.entities.spans.landacronyms); two armed units joined by "and"
(kg.nlp.entities.spans.unitpairs); a registry place before a model's plural
(kg.nlp.entities.spans.placemodels); a plural common noun opening a sentence
(kg.nlp.entities.kinds.pluralopeners); a station by its place and its operator's acronym
(kg.nlp.entities.spans.operatorsites); another person's given name before a registry surname
(kg.nlp.entities.mentions.givensurnames); a street with no type word at a corner
(kg.nlp.entities.spans.cornerstreets); two papers' heads joined by a hyphen
(kg.nlp.entities.kinds.joinedpapers); a town beside a body's possessive in apposition
(kg.nlp.entities.kinds.heldplaces); an acronym spelling a common word before a body's noun
(kg.nlp.entities.spans.wordacronyms); a review header's imprint town with its state and a bus
line by its coaches (kg/data/nlp/entities.toml); a surname the gazetteer knows as a town,
beside a person (kg.nlp.entities.kinds.surnametowns); a registry body's acronym
(kg/data/registry/entities.tsv); an amendment by its ordinal (kg/data/nlp/cutnames.toml), an
event and "of" its year (kg.nlp.entities.spans.yearevents), heads of a rebuilding period and
of a gang by its shirts (kg/data/nlp/entities.toml `head_types`). No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- a title's own "!" and its subtitle -------------------------------------------------------
    pytest.param(("Volunteers sold 40 copies of the pamphlet Tallow Out of Dorrowa! Kelvo Miners "
                  "Speak at the Congress.",),
                 {"Tallow Out of Dorrowa! Kelvo Miners Speak at the Congress": "book",
                  "Tallow Out of Dorrowa!": None},
                 id="subtitle-after-a-titles-own-mark"),
    pytest.param(("We sold the pamphlet Dorrowa Now! Then we went home.",),
                 {"Dorrowa Now!": "book", "Dorrowa Now! Then": None},
                 id="a-sentence-after-the-mark-is-no-subtitle"),
    # -- a purpose's object opened by a country's initials ----------------------------------------
    pytest.param(("In March a rally called by the Committee to End U.S. Aid in Central America drew "
                  "thousands.",),
                 {"Committee to End U.S. Aid in Central America": "organization",
                  "Committee to End U.S": None, "Central America": None},
                 id="purpose-body-with-initials-and-its-land"),
    # -- a body "of" a land, its acronym's first and last letters ----------------------------------
    pytest.param(("Villagers fear the militia of the Front for the Revival and Unity of Peru "
                  "(FREUP), which burned two farms.",),
                 {"Front for the Revival and Unity of Peru": "organization",
                  "Front for the Revival and Unity": None, "Peru": None},
                 id="body-of-a-land-before-its-acronym"),
    # -- two units joined by "and" -----------------------------------------------------------------
    pytest.param(("Last week U.S. Army Rangers and Falcon Force commandos stormed a warehouse on "
                  "the docks.",),
                 {"Army Rangers": "organization", "Falcon Force": "organization",
                  "U.S.": "country", "U.S. Army Rangers and Falcon Force": None},
                 id="two-units-joined-by-and"),
    # -- a registry place before a model's plural ---------------------------------------------------
    pytest.param(("With U.S. F-16s strafing the ridge, the rebels fell back.",),
                 {"U.S.": "country", "U.S. F-16s": None},
                 id="registry-place-before-a-models-plural"),
    # -- a plural common noun opening a sentence ----------------------------------------------------
    pytest.param(("A crowd beat the walkers as they fled. Walkers on a Kelvo coach were beaten the "
                  "same day. More than 300 Liberty Walkers passed through the jails.",),
                 {"Walkers": None},
                 id="plural-common-noun-opening-a-sentence-is-no-surname"),
    # -- a station by its place and its operator's acronym -----------------------------------------
    pytest.param(("Riders of Kelvo Valley Rapid Transit (KVRT) were angry. He was shot on the "
                  "platform of the Dorrowmont KVRT station at dawn.",),
                 {"Dorrowmont": "place", "Dorrowmont KVRT": None, "KVRT": "organization"},
                 id="station-by-place-and-operator-acronym"),
    # -- another person's given name before a registry surname -------------------------------------
    pytest.param(("Jack Barnes spoke first at the Tallow forum.",
                  "Dorrina Barnes, his cousin, read a poem."),
                 {"Dorrina Barnes": "person"},
                 id="given-name-before-a-registry-surname"),
    # -- a street with no type word at a corner -----------------------------------------------------
    pytest.param(("Some 300 police lined Broadway and 61st Street after dark.",),
                 {"Broadway": "place", "61st Street": "place"},
                 id="typeless-street-and-a-street"),
    pytest.param(("The hall, on Broadway at 211th Street, was packed.",),
                 {"Broadway": "place"},
                 id="typeless-street-at-a-street"),
    # -- two papers' heads joined by a hyphen ----------------------------------------------------
    pytest.param(("A columnist at the Dorrow Herald-Ledger broke the story in 1988.",),
                 {"Dorrow Herald-Ledger": "periodical"},
                 id="paper-named-by-two-heads"),
    # -- a town beside a body's possessive in apposition --------------------------------------------
    pytest.param(("Troops moved to close in on Herat, the Taliban's main base in the west.",),
                 {"Herat": "city", "Taliban": "organization"},
                 id="town-beside-a-bodys-possessive"),
    # -- an acronym spelling a common word before a body's noun -------------------------------------
    pytest.param(("Groups including the RESIST coalition have called protests for Saturday.",),
                 {"RESIST": "organization"},
                 id="acronym-spelling-a-word-before-coalition"),
    # -- a review header's imprint town with its state ---------------------------------------------
    pytest.param(("Salt Roads: A Dock Worker’s Diary by Ozell Tarrant. Dorrowville, Oregon: Tallow "
                  "Books, 2011. 198 pp.",),
                 {"Salt Roads: A Dock Worker’s Diary": "book", "Ozell Tarrant": "person"},
                 id="review-header-imprint-town-and-state"),
    # -- a bus line by its coaches -------------------------------------------------------------------
    pytest.param(("A mob slashed the tires of a Kelvoline bus and beat the passengers.",),
                 {"Kelvoline": "organization"},
                 id="bus-line-before-its-bus"),
    # -- a surname the gazetteer knows as a town, beside a person -----------------------------------
    pytest.param(("Ada Tyler said her husband, Roy Tyler, and his friend Wade Milamson were tried "
                  "in the fall.", "A jury acquitted Tyler and Milamson in an hour."),
                 {"Tyler": "person", "Milamson": "person"},
                 id="surname-town-beside-a-person"),
    # -- an amendment by its ordinal; an event and "of" its year ------------------------------------
    pytest.param(("Kelvia's 12th Amendment was voted in 1911 after a long fight.",),
                 {"12th Amendment": "work", "Amendment": None},
                 id="amendment-by-its-ordinal"),
    pytest.param(("Dockers were ruined by the Panic of 1893 in the port.",
                  "In March of 1968 the Dorrow Compromise ended the sit-in."),
                 {"Panic of 1893": "event", "Panic": None, "March of 1968": None,
                  "Dorrow Compromise": "event"},
                 id="event-of-its-year"),
    pytest.param(("The Kelvo General Strike of 1919 shut the port for six weeks.",),
                 {"Kelvo General Strike": "event", "Kelvo General Strike of 1919": None},
                 id="a-longer-events-name-keeps-no-year"),
    # -- heads of a rebuilding period and of a gang by its shirts -----------------------------------
    pytest.param(("That period, known as Congressional Reconstruction, saw the vote won.",
                  "In 1933 the Green Shirts attacked the strikers at Tallowmere."),
                 {"Congressional Reconstruction": "event", "Green Shirts": "organization"},
                 id="reconstruction-and-shirts-heads"),
    # -- a registry body's acronym ------------------------------------------------------------------
    pytest.param(("The drive was run by the Congress of Racial Equality in 1963.",
                  "Later the CORE volunteers rode south to Tallowville."),
                 {"CORE": "organization/congress-of-racial-equality"},
                 id="registry-acronym-core"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_names_set_bt_bu(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
