"""Set BS's shapes of names (branch ent106), on made-up sentences with other names: a bill's or a
law's head before its bare number one work (kg.nlp.entities.spans.billnumbers), "Archbishop" a
title before a person's name, "Amendment" a work's head (kg/data/nlp/entities.toml) and an acronym a
law's name spells the law (kg.nlp.entities.kinds.acronymworks; a state's law opened at the state
is tests/test_placelaws.py) and a case's first party named with "of"
(kg.nlp.entities.spans.caseparties), a place's people for a cause opening a sentence
(kg.nlp.entities.spans.placegroups). No
name or sentence of a held-out set."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- a bill or a law by its number ------------------------------------------------------------------
    pytest.param(("Lawmakers in Tallow rushed HB 1523 through the house, and the governor signed "
                  "SB 44 on Friday.",),
                 {"HB 1523": "work", "SB 44": "work", "HB": None, "SB": None},
                 id="a-state-bill-by-its-house-initials-and-number"),
    pytest.param(("Kelvia’s congress passed Law 25,871 last year, which the miners had demanded.",),
                 {"Law 25,871": "work", "Law": None},
                 id="a-law-by-its-number-with-a-thousands-comma"),
    pytest.param(("The Dorrow SB Trust paid the nurses 8 days late.",),
                 {"SB 8": None},
                 id="initials-inside-a-longer-name-stay-there"),
    # -- a case's first party named with "of" -----------------------------------------------------------
    pytest.param(("The decision in the case of Planned Parenthood of Central Dorrow v. Kelvane is a blow.",),
                 {"Planned Parenthood of Central Dorrow v. Kelvane": "event", "Planned Parenthood": None,
                  "Central Dorrow v. Kelvane": None},
                 id="a-case-s-first-party-named-with-of"),
    pytest.param(("Supporters of Roe v. Wade rallied in Tallow.",),
                 {"Roe v. Wade": "event", "Supporters of Roe v. Wade": None},
                 id="one-word-before-of-is-no-party"),
    pytest.param(("Judges threw out Ruiz v. Kelvo Stores, Inc., in March, and the cashiers appealed. "
                  "Ruiz had worked for Kelvo Stores, Inc., for years.",),
                 {"Ruiz v. Kelvo Stores, Inc.": "event", "Ruiz v. Kelvo Stores": None,
                  "Kelvo Stores": "organization"},
                 id="a-case-s-firm-keeps-its-legal-form"),
    # -- a place's people for a cause, opening a sentence ------------------------------------------------
    pytest.param(("Money poured in from the bishops. Texans for Safe Schools, the group that ran the "
                  "opposing drive, signed up two hundred nurses.",),
                 {"Texans for Safe Schools": "organization", "Safe Schools": None},
                 id="a-place-s-people-for-a-cause-open-a-sentence"),
    pytest.param(("Workers for Kelvane Steel struck on Monday.",),
                 {"Workers for Kelvane Steel": None, "Kelvane Steel": "organization"},
                 id="a-common-noun-opening-a-sentence-stays-cut"),
    # -- titles -----------------------------------------------------------------------------------------
    pytest.param(("Archbishop Tomasz Welvicki of Dorrow blessed the bosses’ new plant.",),
                 {"Tomasz Welvicki": "person", "Archbishop Tomasz Welvicki": None},
                 id="archbishop-is-a-title"),
    # -- amendments -------------------------------------------------------------------------------------
    pytest.param(("Voters in Kelvia repealed the Ninth Amendment, and activists now press for the "
                  "Tenant Rights Amendment.",),
                 {"Ninth Amendment": "work", "Tenant Rights Amendment": "work"},
                 id="an-amendment-is-a-work"),
    # -- an acronym a law's name spells -----------------------------------------------------------------
    pytest.param(("Tallow ratified the Tenant Rights Amendment in 2019. I worked for the TRA in the 1970s "
                  "and still fight for it.",),
                 {"Tenant Rights Amendment": "work", "TRA": "work"},
                 id="an-acronym-spelled-by-a-law-is-the-law"),
    pytest.param(("Nurses of the KNU marched past the Kelvo Housing Act office.",),
                 {"KNU": Not("work")},
                 id="an-acronym-no-law-spells-stays-a-body"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_bs_kinds(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_spelled_initials_skip_small_words():
    from kg.nlp.entities.kinds.acronymworks import spelled_initials

    skip = {"of", "and", "the"}
    assert spelled_initials("Charter of Rights and Freedoms", skip) == "CRF"
    assert spelled_initials("Kelvo housing Act", skip) == ""


def test_people_of_place_needs_a_known_place():
    from kg.nlp.entities.cues.evidence import evidence
    from kg.nlp.entities.spans.placegroups import people_of_place

    ev = evidence()
    assert people_of_place("Iowans", ev) and people_of_place("Texans", ev) and people_of_place("Ohioans", ev)
    assert not people_of_place("Veterans", ev) and not people_of_place("Dorrovans", ev)


def test_registry_row_set_bs(registry):
    """Fine Gael, an Irish party the paper names in every decade: a body, not a person named Fine."""
    got = dict(found(registry, "Councillor Dana Kelvo of Fine Gael voted against the budget."))
    assert got.get("Fine Gael") == "organization/fine-gael"
