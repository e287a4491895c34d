"""Names of the kinds held-out set BC (site, 2022–2026) showed cut, missed or mistyped, in
made-up sentences in the paper's shapes: a long body's name its acronym spells through commas,
hyphens and a word it leaves out, an acronym and a name joined by "and"
(kg.nlp.entities.spans.spelledacronyms), a board numbered after its two-word head
(boundaries.toml `numbered_pairs`), a line named for its two ends (kg.nlp.entities.spans.twoends),
an own-language name in sentence case before its gloss (kg.nlp.entities.spans.sentencecase),
a body after "head of" (entities.toml `organization_before`), a surname with its particle
opening a sentence (kg.nlp.entities.kinds.shortforms `_particle_surname`), untyped names an
office, a site's noun or a family's plural types (kg.nlp.entities.kinds.untypedframes), a
registry body between a body's heads (kg.nlp.entities.spans.registryinside).
No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, Not, check_names, found

CASES = [
    # -- a long body's name its acronym spells ------------------------------------------------------
    pytest.param(("Ballots from the pipe fitters of KWLD-TD, the Kelvo Welders, Lathe, Dock and Transit "
                  "Workers’ Tallin Division, will be counted in May.",),
                 {"Kelvo Welders, Lathe, Dock and Transit Workers’ Tallin Division": "organization",
                  "KWLD-TD": "organization", "Lathe": None, "Dock": None, "Kelvo Welders": None},
                 id="commas-inside-a-name-its-acronym-spells"),
    pytest.param(("About 400 dancers in KDG-AFTRA, the Kelvo Dancers Guild-American Federation of "
                  "Television and Radio Artists, stayed out.",),
                 {"Kelvo Dancers Guild-American Federation of Television and Radio Artists": "organization",
                  "Radio Artists": None},
                 id="a-hyphen-glues-two-bodies-names-the-acronym-spells"),
    pytest.param(("Nurses backed SEIU-KHW, the Service Employees International Union-Kelvo Health "
                  "Workers North, and Office and Dock Employees International Union Local 12.",),
                 {"SEIU-KHW": "organization",
                  "Service Employees International Union-Kelvo Health Workers North": "organization",
                  "Office and Dock Employees International Union Local 12": "organization",
                  "SEIU": None, "Service Employees International Union": None},
                 id="a-hyphened-acronym-and-a-branch-word-after-the-letters"),
    pytest.param(("Riders waited for the Metropolitan Atlanta Harbor Ferry Board (MAHFB) to answer.",),
                 {"Metropolitan Atlanta Harbor Ferry Board": "organization", "Atlanta": None,
                  "MAHFB": "organization"},
                 id="a-registry-place-inside-a-name-its-bracket-spells"),
    pytest.param(("Pickets from KWLX-TD, the Kelvo Welders, Lathe, Dock and Transit Workers’ Tallin "
                  "Division, stood all night.",),
                 {"Kelvo Welders, Lathe, Dock and Transit Workers’ Tallin Division": None},
                 id="letters-left-unspelled-join-nothing"),
    pytest.param(("Ferry crews met the KW, the Kelvo Welders, Lathe hands and others.",),
                 {"Kelvo Welders, Lathe": None, "Kelvo Welders": NAMED},
                 id="a-comma-after-the-letters-ends-the-name"),
    # -- a board numbered after its two-word head --------------------------------------------------
    pytest.param(("The offer copies the terms of Presidential Emergency Board 412. Nobody gets sick days.",),
                 {"Presidential Emergency Board 412": "organization", "Presidential Emergency Board": None},
                 id="an-emergency-board-keeps-its-number"),
    # -- a line named for its two ends ---------------------------------------------------------------
    pytest.param(("In 1891, when the Kelvo and Dorrow Railroad cut pay once more, its firemen quit.",),
                 {"Kelvo and Dorrow Railroad": "organization", "Kelvo": None, "Dorrow Railroad": None},
                 id="a-railroad-named-for-two-towns"),
    pytest.param(("In 1891, when the Baltimore and Dorrow Canal closed, its boatmen quit.",),
                 {"Baltimore and Dorrow Canal": "organization", "Baltimore": None},
                 id="a-registry-place-is-the-first-end"),
    pytest.param(("Crews from Kelvo and the Dorrow Railroad met. Crews of CSX and Dorrow Railroad met.",),
                 {"Kelvo and the Dorrow Railroad": None, "CSX and Dorrow Railroad": None,
                  "Dorrow Railroad": "organization"},
                 id="an-article-or-an-acronym-parts-two-names"),
    # -- an own-language name in sentence case before its gloss --------------------------------------
    pytest.param(("Miners blame the ruling Dorska narodna partija (Dorsk People’s Party), DNP, for the "
                  "deaths.",),
                 {"Dorska narodna partija": "organization", "Dorska": None,
                  "Dorsk People’s Party": "organization"},
                 id="a-sentence-case-name-before-its-gloss"),
    pytest.param(("Rallies by Dorska levica (Dorsk Left Alliance) grew.",
                  "Miners blame the Kelvo ruling party (Kelvo People’s Party) for the deaths."),
                 {"Dorska levica": None, "Kelvo ruling party": None},
                 id="fewer-words-than-the-gloss-or-english-words-make-no-name"),
    # -- a body after "head of", a given name first -------------------------------------------------
    pytest.param(("Talks were led by Omar Dorrani, the head of Hayat Dorran al-Kelv (HDK), a militia "
                  "from the hills.",),
                 {"Hayat Dorran al-Kelv": "organization", "HDK": "organization", "Omar Dorrani": "person"},
                 id="head-of-a-name-is-a-body"),
    # -- a surname with its particle opening a sentence ----------------------------------------------
    pytest.param(("The new council is led by Omar al-Dorani, a former teacher. Al-Dorani has closed "
                  "the old prisons.",),
                 {"Al-Dorani": "person", "Omar al-Dorani": "person"},
                 id="a-particle-surname-capitalised-at-a-sentence-start"),
    pytest.param(("Ferries left El-Kelvo at dawn. Al-Kelvo lies to the south.",),
                 {"Al-Kelvo": Not("person")},
                 id="no-such-surname-no-person"),
    # -- untyped names an office, a site's noun or a family's plural types ---------------------------
    pytest.param(("The union wants a pension. K.L. Dorrow, Kelvotek’s president, says no.",),
                 {"K.L. Dorrow": "person"},
                 id="a-name-beside-a-firms-office-is-a-person"),
    pytest.param(("Farmers wrote to the mayor of the Kelvo District, Tavrano Dossa, about the road.",),
                 {"Tavrano Dossa": "person"},
                 id="a-name-after-an-office-of-a-place-is-a-person"),
    pytest.param(("The pension fund, Tavrano Dossa, pays little.",),
                 {"Tavrano Dossa": Not("person")},
                 id="no-office-no-person"),
    pytest.param(("Troops still hold Kelvimim air base near the coast. Pickets stood at Canada Post’s "
                  "Dorr-Kelvin mail processing plant.",),
                 {"Kelvimim": "place", "Dorr-Kelvin": "place"},
                 id="a-name-before-a-sites-noun-is-a-place"),
    pytest.param(("Ivan Dorrov ruled for decades. For years the Dorrovs made us afraid.",
                  "Later the Kelvans came to town."),
                 {"Dorrovs": "person", "Kelvans": Not("person")},
                 id="the-plural-of-a-named-surname-is-a-family"),
    # -- a registry body between a body's heads ----------------------------------------------------
    pytest.param(("Members of the Alliance of Pathfinder Press Unions voted to hold out.",),
                 {"Alliance of Pathfinder Press Unions": "organization", "Pathfinder Press": None},
                 id="a-registry-body-inside-a-longer-body"),
    pytest.param(("Workers of Pathfinder Press Unions voted to hold out.",),
                 {"Pathfinder Press": "organization"},
                 id="no-head-before-of-keeps-the-registry-body"),
    # -- an acronym and a name joined by "and" -------------------------------------------------------
    pytest.param(("Members of KDG-AFTRA and Stage Hands Guild marched past the studio gates.",),
                 {"KDG-AFTRA": "organization", "Stage Hands Guild": "organization",
                  "KDG-AFTRA and Stage Hands Guild": None},
                 id="an-acronym-and-a-name-are-two-bodies"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_set_bc_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
