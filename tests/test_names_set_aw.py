"""Names of the kinds held-out set AW (site, 2018–2023) cut, missed or typed wrong, in made-up
sentences in the paper's shapes (docs/entities.md "Set AW's names"): a body's own-language name
spelled by its acronym, a body's branch in a state after a hyphen, an agency's chair before a
person's name, a machine's operator who is a person, the Kremlin, a surname that is a title
word, a works named for a person, an acronym before the own-language name, a
creek, a city after "in" beside a works named for it, a hyphened acronym after "in", a mine by
its number, a court in French. No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

from kg.nlp.entities.spans.ownlanguage import spells

CASES = [
    # -- a body's name in its own language, spelled by the acronym before it ---------------------------
    pytest.param(("Money for the strike fund came from the Kelvish Free Union"
                   " (KFP, Kelvarski fralny pradmet).",),
                 {"Kelvarski fralny pradmet": "organization", "Kelvarski": None,
                  "Kelvish Free Union": "organization"},
                 id="own-language-name-in-lower-case-after-its-acronym"),
    pytest.param(("Dorrow joined the Kelvo Workers Party (PTK, Partido dos Trabalhadores Kelvos) in 2002.",),
                 {"Partido dos Trabalhadores Kelvos": "organization"},
                 id="own-language-name-its-initials-skip-a-connector"),
    pytest.param(("Money for the strike fund came from the Kelvish Free Union"
                   " (KFP, Kelvarski some other words).",),
                 {"Kelvarski some other words": None},
                 id="initials-that-spell-another-acronym-join-nothing"),
    pytest.param(("We met Tom Dorrow (TD, Tallis dorrow) at the gate on Friday.",),
                 {"Tallis dorrow": None},
                 id="a-bracket-after-a-persons-name-joins-nothing"),
    # -- a registry body's branch in a state, glued by a hyphen -----------------------------------------
    pytest.param(("Pickets from the American Federation of Teachers-New Mexico stood by the door.",),
                 {"American Federation of Teachers-New Mexico": "organization", "Mexico": None,
                  "American Federation of Teachers": None},
                 id="a-unions-branch-in-a-state"),
    pytest.param(("Pickets from the American Federation of Teachers and New Mexico nurses came.",),
                 {"American Federation of Teachers": "organization", "New Mexico": "place"},
                 id="no-hyphen-two-names"),
    # -- an agency's chair before a person's name -------------------------------------------------------
    pytest.param(("The hearing was set by KTSB Chair Dolores Kelvanek for next month.",),
                 {"Dolores Kelvanek": "person", "KTSB": "organization",
                  "KTSB Chair Dolores Kelvanek": None},
                 id="an-acronym-its-chair-and-her-name"),
    pytest.param(("Board Chair Arlo Venn opened the meeting.",),
                 {"Arlo Venn": "person"},
                 id="a-board-chair-before-a-name"),
    # -- a machine's operator is a person, a port's operator a firm ------------------------------------
    pytest.param(("Dockers struck on Monday after the bosses sacked the crane operator Marta Kelvanowska.",),
                 {"Marta Kelvanowska": "person"},
                 id="a-crane-operator-is-a-person"),
    pytest.param(("The port operator Kelvport fired 30 dockers in June.",),
                 {"Kelvport": "organization"},
                 id="a-port-operator-is-a-firm"),
    pytest.param(("The Swedish company Morgan Dorrow said no to the union.",),
                 {"Morgan Dorrow": "organization"},
                 id="a-firm-named-like-a-person-stays-a-firm"),
    # -- a surname that is a title word, alone after the full name -----------------------------------
    pytest.param(("Gov. Tom Justice signed the bill.",
                  "Teachers went back after Justice agreed to the raise."),
                 {"Justice": "person", "Tom Justice": "person"},
                 id="a-title-word-surname-alone-is-the-person"),
    pytest.param(("Gov. Tom Justice signed the bill.", "Lawyers from the Justice Department came too."),
                 {"Justice": None, "Justice Department": Not("person")},
                 id="a-title-word-surname-glued-to-a-name-stays-out"),
    pytest.param(("Teachers went back after Justice agreed to the raise.",),
                 {"Justice": None},
                 id="no-full-name-no-surname"),
    # -- a works named for a person -------------------------------------------------------------------
    pytest.param(("Pickets from the Tomas Kelvane refinery marched to the port.",
                  "Bosses want to sell the Marco Tallis refinery by June."),
                 {"Tomas Kelvane": "place", "Marco Tallis": "place"},
                 id="a-refinery-named-for-a-person-is-a-place"),
    pytest.param(("Pickets from the Dorrow Ridge refinery marched to the port.",),
                 {"Dorrow Ridge": Not("place")},
                 id="a-works-no-given-name-opens-keeps-the-employers-frame"),
    # this mine was pinned as the employer's frame (no given name opens it); the reading changed
    # by the lead's decision of 2026-12-05 (bench/quality/README.md: a mine by name is the
    # required Place by its bare name, whatever frame comes before it, as the sets' gold reads
    # it; kinds/placedsites.py, branch ent80), so the guard above uses a refinery
    pytest.param(("Gold miners at the Dorrow Ridge mine met on Sunday.",),
                 {"Dorrow Ridge": "place"},
                 id="a-mine-no-given-name-opens-is-a-place-by-the-mine-convention"),
    pytest.param(("Tomas Kelvane spoke at the gate of the Tomas Kelvane mine.",),
                 {"Tomas Kelvane": "person"},
                 id="a-person-the-page-names-stays-a-person"),
    pytest.param(("Kelvo Motors will shut its Dorrtown Assembly plant in March.",),
                 {"Dorrtown Assembly": "place", "Kelvo Motors": "organization"},
                 id="an-assembly-plant-by-its-town-is-a-place"),
    pytest.param(("Deputies of the Kelvish National Assembly voted twice.",),
                 {"Kelvish National Assembly": "organization"},
                 id="an-assembly-before-no-plant-is-a-body"),
    pytest.param(("Workers at the Kelvo Motors plant walked out.",),
                 {"Kelvo Motors": "organization"},
                 id="a-firms-head-word-keeps-the-firm"),
    # -- the acronym before a body's own-language name is the body's --------------------------------
    pytest.param(("Tallis ran for the Kelvo Party (KT, Kartido dos Trabalhos) twice.",
                  "The KT lost both times."),
                 {"KT": "organization/kartido-dos-trabalhos"},
                 id="the-acronym-before-the-own-language-name"),
    # -- a creek by "along" --------------------------------------------------
    pytest.param(("The tank cars burned for two days along Dorrow Run.",),
                 {"Dorrow Run": "place"},
                 id="along-a-creek"),
    pytest.param(("Kelvo marched along with Dorrow Tallis.",),
                 {"Dorrow Tallis": Not("place")},
                 id="along-with-is-no-place"),
    # -- a city a works is named for, after "in" or "from", stays the city ------------------------------
    pytest.param(("The Toledo Tractor Works fired 40 welders.", "A welder spoke by phone from Toledo.",
                  "Nurses marched in Toledo on Friday."),
                 {"Toledo": "city/toledo", "Toledo Tractor Works": "organization"},
                 id="the-works-city-after-in-or-from-is-the-city"),
    # -- a hyphened acronym after "in" is a body ------------------------------------------------------
    pytest.param(("Delegates in KELV-TD voted to reject the offer.",),
                 {"KELV-TD": "organization"},
                 id="a-hyphened-acronym-after-in-is-a-body"),
    # -- a mine by its number ---------------------------------------------------------------------------
    pytest.param(("Ana Dorrow, a shuttle car driver at the No. 4 mine, spoke first.",),
                 {"No. 4 mine": "place"},
                 id="the-numbered-mine"),
    pytest.param(("Pickets stood at Kelvo Coal’s No. 3 pit all night.",),
                 {"No. 3 pit": "place", "Kelvo Coal": "organization"},
                 id="an-owners-numbered-pit"),
    pytest.param(("Room No. 4 was cold.",),
                 {"No. 4": None},
                 id="a-number-alone-is-no-mine"),
    # -- a court in its own language ------------------------------------------------------------------
    pytest.param(("Kelvia’s Labor Appeals Court (Cour d’appel des travailleurs et des pensionnés)"
                  " ruled for the miners.",),
                 {"Cour d’appel des travailleurs et des pensionnés": "organization"},
                 id="a-french-court-runs-over-its-lower-case-words"),
    # -- the Kremlin, the government in Moscow ----------------------------------------------------------
    pytest.param(("The Kremlin moved tanks toward the border last week.",),
                 {"Kremlin": "organization/kremlin"},
                 id="the-kremlin-is-a-government"),
    pytest.param(("Tourists filled the Kremlin Palace on Sunday.",),
                 {"Kremlin Palace": Not("organization")},
                 id="a-palace-of-the-kremlin-is-no-government"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_aw(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize(("acronym", "words", "spelled"), [
    ("KFP", ["Kelvarski", "fralny", "pradmet"], True),
    ("PT", ["Partido", "dos", "Trabalhadores"], True),
    ("PDT", ["Partido", "dos", "Trabalhadores"], True),  # the connector's letter counted
    ("KF", ["Kelvarski", "fralny", "pradmet"], False),
    ("KFX", ["Kelvarski", "fralny", "pradmet"], False),
])
def test_initials_spell_the_acronym(acronym, words, spelled):
    assert spells(acronym, words) is spelled
