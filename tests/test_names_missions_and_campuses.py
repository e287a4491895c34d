"""Names the sets on elections, immigrant workers and students (DQ, DR, DS) showed cut, glued or
typed wrong, in made-up sentences in the paper's shapes: a mission "of" its country
(spans.runwalk `_mission_of`); a place's head "of" a registry place before a body's head
(`placed_body`); two surnames joined by a hyphen (kinds.shortforms `surname_pair`); a lobby's
"for" part; a registry body opening its committee "of" a state (spans.nested); a heading's
adjective before a noun (kinds.shortforms); an agency's "and" list after a dotted country
(spans.runbounds `country_before_word`); a campus by a registry city (spans.campusnames) or by
its town after a hyphen (kinds.campustowns); a purpose word and a measure's number
(spans.capruns `purpose_numbers`); French colleges' heads; a House bill's number, and a bill
by its number in a Title Case heading (spans.billnumbers, spans.titleplaces); a registry firm
before its works (spans.nested); a season's name that is a town's (spans.joins); a saint's
church, the saint named "of" a town (kinds.headrules `saint_building`); an adjective opening a
sentence before an acronym (spans.openers `drop_adjective_before_acronym`). No name or
sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, evidence_page, found

CASES = [
    # -- a mission "of" its country ---------------------------------------------------------------
    pytest.param(("Officials of the Consulate of Peru in Denver met the families.",),
                 {"Consulate of Peru": "organization", "Consulate": None, "Peru": None},
                 id="a-consulate-of-a-registry-country"),
    pytest.param(("Lines formed outside the Consulate General of Ecuador, where people waited.",),
                 {"Consulate General of Ecuador": "organization", "Consulate General": None},
                 id="a-consulate-general-of-a-registry-country"),
    pytest.param(("Officials of the Kelvish Consulate of Peru came.",),
                 {"Kelvish Consulate of Peru": None},
                 id="only-a-missions-head-alone-joins-its-country"),
    # -- a place's head "of" a registry place, then a body's head ---------------------------------
    pytest.param(("Students at Borough of Queens Technical College voted to strike.",),
                 {"Borough of Queens Technical College": "organization", "Borough": None},
                 id="a-borough-college-one-body"),
    pytest.param(("The rally was held in the Borough of Queens on Monday.",),
                 {"Borough of Queens Technical College": None},
                 id="no-body-head-after-the-place-joins-nothing"),
    # -- a lobby's "for" part -----------------------------------------------------------------------
    pytest.param(("Thousands marched, with cleaners and the Kelvish Lobby for Visa Reform.",),
                 {"Kelvish Lobby for Visa Reform": "organization", "Kelvish Lobby": None,
                  "Visa Reform": None},
                 id="a-lobby-and-its-cause"),
    # -- a registry body opening its committee "of" a state ------------------------------------------
    pytest.param(("Checks go to the Socialist Workers Party Campaign Committee of Ohio, Box 4, "
                  "Cleveland.",),
                 {"Socialist Workers Party Campaign Committee of Ohio": "organization",
                  "Campaign Committee of Ohio": None},
                 id="a-partys-campaign-committee-of-a-state"),
    # -- an agency's "and" list after a dotted country ---------------------------------------------
    pytest.param(("Nobody without citizenship papers may apply. Officials of U.S. Citizenship and "
                  "Kelvo Services turned over no lists.",),
                 {"U.S. Citizenship and Kelvo Services": "organization", "Kelvo Services": None},
                 id="an-agency-list-whatever-the-lower-case"),
    # -- a campus by its registry city -----------------------------------------------------------------
    pytest.param(("Students from Kelvia State University, Chicago. They came by bus.",),
                 {"Kelvia State University, Chicago": "organization", "Kelvia State University": None},
                 id="a-campus-by-a-registry-city-before-the-stop"),
    # -- a purpose word and a measure's number ---------------------------------------------------------
    pytest.param(("Students walked out. The Dorrow Coalition Against 209 has called a rally.",),
                 {"Dorrow Coalition Against 209": "organization", "Dorrow Coalition": None},
                 id="a-coalition-against-a-measure"),
    pytest.param(("The Dorrow Coalition Against 1,500 layoffs met.",),
                 {"Dorrow Coalition": "organization"},
                 id="a-count-with-a-comma-is-no-measure"),
    # -- French colleges -------------------------------------------------------------------------------
    pytest.param(("Students at the Cégep de Tallow and at Collège Dorrow voted to strike.",),
                 {"Cégep de Tallow": "organization", "Collège Dorrow": "organization"},
                 id="french-colleges-are-bodies"),
    # -- bills ----------------------------------------------------------------------------------------------
    pytest.param(("The House passed HR 5120, the Kelvane bill, in May.",),
                 {"HR 5120": "work"},
                 id="a-house-bill-by-its-number"),
    pytest.param(("The HR office said no.",),
                 {"HR": None},
                 id="hr-alone-names-no-bill"),
    # -- a registry firm before its works ----------------------------------------------------------------
    pytest.param(("Pickets stood at the General Motors Dorrow Assembly plant.",),
                 {"General Motors": "organization", "Dorrow Assembly": "place",
                  "General Motors Dorrow Assembly": None},
                 id="a-registry-firm-then-its-works"),
    # -- a saint's church, the saint named with "of" and a town ----------------------------------------
    pytest.param(("Members of St. Kelvin of Dorrow Catholic Church carried a banner.",),
                 {"St. Kelvin of Dorrow Catholic Church": "place"},
                 id="a-saints-church-the-saint-of-a-town"),
    pytest.param(("Members of Our Lady of Dorrow Church in South Kelvin have offered rides.",),
                 {"Our Lady of Dorrow Church": "place"},
                 id="a-church-dedicated-to-our-lady"),
    pytest.param(("Members of First Kelvo Baptist Church came. He spoke at the First Church of "
                  "Christ.",),
                 {"First Kelvo Baptist Church": "place", "First Church of Christ": "organization"},
                 id="an-ordinal-congregation-is-the-building"),
    # -- an adjective opening a sentence before an acronym ---------------------------------------------
    pytest.param(("Students marched. Mandatory KUTC drills are part of the war drive.",),
                 {"KUTC": "organization", "Mandatory KUTC": None},
                 id="an-adjective-off-an-acronym"),
    pytest.param(("Pickets came. Dorrow KUTC members came.",),
                 {"Dorrow KUTC": "organization"},
                 id="a-name-before-an-acronym-stays"),
    pytest.param(("The refinery will close. Total SA, which the state once owned, said so.",),
                 {"Total SA": "organization", "SA": None},
                 id="a-firm-before-its-legal-form-stays"),
    # -- a season's name that is a town's -------------------------------------------------------------
    pytest.param(("Tom Vang, who works at a feed mill in Dorrow Spring, said he came.",),
                 {"Dorrow Spring": "place"},
                 id="a-town-named-for-a-season"),
    pytest.param(("Youth in the Kelvian Spring marched.",),
                 {"Kelvian Spring": "event"},
                 id="a-season-after-the-is-an-event"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_missions_and_campuses(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_two_surnames_joined_by_a_hyphen_are_no_name(registry):
    """"the Dorrow-Kelvane race" over an article naming Ann Dorrow and Tom Kelvane: the pair is
    no name (kinds.shortforms `surname_pair`); a double-barrelled surname stays one person's."""
    got = dict(found(registry, "Voters are weighing the Dorrow-Kelvane race. Sen. Ann Dorrow faces "
                               "Tom Kelvane, a former football star. Dorrow said she would win."))
    check_names(got, {"Dorrow-Kelvane": None, "Ann Dorrow": "person", "Tom Kelvane": "person"})
    got = dict(found(registry, "Sen. Ana Ruiz-Dorrow spoke. Ruiz-Dorrow said she would win. Tom "
                               "Dorrow agreed."))
    check_names(got, {"Ruiz-Dorrow": "person"})


def test_a_campus_by_its_town_after_a_hyphen(registry):
    """"Kelvane-Newark" beside "Kelvane University": the campus, a body (kinds.campustowns); with
    no such university the hyphened word is left to the other rules."""
    got = dict(found(registry, "Students at Kelvane University rallied. Students at Kelvane-Newark "
                               "and Kelvane-Camden held rallies too."))
    check_names(got, {"Kelvane-Newark": "organization", "Kelvane-Camden": "organization"})
    got = dict(found(registry, "Students at Kelvane-Newark held rallies."))
    assert got.get("Kelvane-Newark", "").split("/")[0] != "organization", got


def _heading_names(head: list[str], *body: str) -> set[str]:
    from kg.nlp.stages import annotate
    from kg.reader import parse_article

    doc = annotate(parse_article(evidence_page(head, *body), "<test>"))
    return {m.span.of(doc.text) for m in doc.annotations.mentions}


def test_a_headings_adjective_is_no_short_form():
    """"… over the Democratic race" in the deck over "the Democratic National Committee" in the
    text: an adjective before its noun, no name (kinds.shortforms); a firm's own word before a
    noun stays the body's short form."""
    names = _heading_names(["Socialists in Kelvin: no to both",
                            "Rents and wages loom over the Democratic race"],
                           "KELVIN—Before the vote the Democratic National Committee met.")
    assert "Democratic" not in names and "Democratic National Committee" in names
    names = _heading_names(["Socialists in Kelvin: no to both", "Workers discuss the Kelvo strike"],
                           "KELVIN—Before the vote the Kelvo Workers Union met.")
    assert "Kelvo" in names


def test_a_bill_by_its_number_in_a_title_case_heading():
    """"… as Prop. 209 Passes": the bill is named in a Title Case heading, where no other run is
    (spans.titleplaces)."""
    names = _heading_names(["Students Walk Out as Prop. 209 Passes"],
                           "KELVIN—Thousands walked out after voters approved Proposition 209.")
    assert "Prop. 209" in names and "Passes" not in names
