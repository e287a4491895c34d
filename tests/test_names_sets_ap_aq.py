"""Names of the kinds held-out sets AP (print, 1996–2016) and AQ (site, 2018–2025) showed, in
made-up sentences in the paper's shapes: the Dutch "ter" and the Swedish "af" join a given name
to a surname (in the body, in a speaker's name, in a site byline). No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, article, check_names, found, quoted_speakers, speakers_by_opening

from kg.nlp.stages import annotate
from kg.reader import parse_article

CASES = [
    # -- particles ------------------------------------------------------------------------------------
    pytest.param(("Joost ter Velde-Kampman runs a dairy herd of 90 cows near the dike.",),
                 {"Joost ter Velde-Kampman": "person", "Joost": None, "Velde-Kampman": None},
                 id="dutch-ter-joins-a-hyphened-surname"),
    pytest.param(("The strike was led by Maja af Dorrwik, a crane driver.",),
                 {"Maja af Dorrwik": "person", "Maja": None, "Dorrwik": None},
                 id="swedish-af-joins-a-surname"),
    # -- a title of several words with "of" -----------------------------------------------------------
    pytest.param(("Navy Chief of Staff Dana Kelvo ordered the ships back to port.",),
                 {"Dana Kelvo": "person", "of Staff Dana Kelvo": None, "Staff Dana Kelvo": None},
                 id="chief-of-staff-after-a-body-is-a-title"),
    pytest.param(("The union met Chief of Staff Arlo Venn on Monday.",),
                 {"Arlo Venn": "person", "Staff Arlo Venn": None},
                 id="chief-of-staff-alone-is-a-title"),
    pytest.param(("Navy Secretary of State Dana Kelvo flew to Kelvia.",),
                 {"Dana Kelvo": "person", "of State Dana Kelvo": None},
                 id="the-longest-title-mid-run"),
    pytest.param(("Jonathan Kelvo of Dorrow Books spoke first.",),
                 {"Jonathan Kelvo": "person", "Dorrow Books": "organization"},
                 id="of-between-a-person-and-a-firm-still-cuts"),
    # -- types the text gives -------------------------------------------------------------------------
    pytest.param(("Unions backed Vote Kelvo, the referendum campaign of the opposition, all spring.",),
                 {"Vote Kelvo": "organization"},
                 id="a-campaign-in-apposition-is-an-organisation"),
    pytest.param(("Dana Kelvo, the campaign manager, spoke.",),
                 {"Dana Kelvo": "person"},
                 id="a-campaigns-manager-stays-a-person"),
    pytest.param(("After hurricanes Kelva and Dorra the union ran a relief drive.",),
                 {"Kelva": "event", "Dorra": "event"},
                 id="storms-listed-after-their-kind-in-the-plural"),
    pytest.param(("The storms hit Kelvia and Dorra in one week.",),
                 {"Kelvia": Not("event"), "Dorra": Not("event")},
                 id="a-storm-kind-not-right-before-is-no-list"),
    pytest.param(("Tomas Reyes, a driver from March Town, spoke first.",),
                 {"March Town": "place", "Town": None},
                 id="a-month-before-town-names-a-town"),
    # a headland or a water named for a month (month_town_heads; set DO's pass, branch passN44)
    pytest.param(("The pickets keep a fire going by the gate on June Point, by the tank farm.",),
                 {"June Point": "place", "Point": None},
                 id="a-month-before-point-names-a-headland"),
    pytest.param(("In May Street vendors struck.",),
                 {"May Street": None},
                 id="a-month-before-street-stays-a-date"),
    pytest.param(("In March Kelvane workers struck.",),
                 {"March Kelvane": None},
                 id="a-month-before-another-name-is-a-date"),
    pytest.param(("Pickets stood at the gates of the U.S. company Dorrtel on Tuesday.",),
                 {"Dorrtel": "organization"},
                 id="a-company-noun-after-an-abbreviated-country"),
    pytest.param(("Miners rallied outside the offices of Minas du Kelvar (Kelvar Mines), the state "
                  "company that shut the pits.",),
                 {"Minas du Kelvar": "organization", "Kelvar Mines": "organization"},
                 id="an-apposition-after-a-bracketed-gloss-types-both"),
    pytest.param(("Tomas Reyes (left), a welder, spoke.",),
                 {"Tomas Reyes": "person"},
                 id="a-bracketed-word-before-a-trade-keeps-the-person"),
    pytest.param(("The directors at Kelvugol drive new cars.",),
                 {"Kelvugol": "organization"},
                 id="directors-at-a-firm"),
    pytest.param(("Labour sat down with the Tories and Liberal Democrats on Friday.",),
                 {"Tories": "organization", "Liberal Democrats": "organization"},
                 id="a-plural-party-shares-the-article"),
    pytest.param(("Labour sat down with the Tories, Greens and Liberal Democrats on Friday.",),
                 {"Greens": "organization", "Liberal Democrats": "organization"},
                 id="plural-parties-in-a-list-share-the-article"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_sets_ap_aq(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_ter_stays_in_the_speakers_name():
    speakers = quoted_speakers("“The dairy will not survive another cut,” said Joost ter "
                               "Velde-Kampman, who farms near the dike.")
    assert speakers == [["Joost ter Velde-Kampman"]], speakers


_HARBOUR_BODY = ("\n\nGÄVLE, Sweden — Crane drivers at the harbour voted to refuse the new"
                 " rosters, and the port company backed down a week later.\n\nThe drivers plan a"
                 " meeting next month to press for more staff.\n")


def test_todays_site_byline_with_a_swedish_af_particle_is_the_byline_not_the_deck():
    # "af" ("of") is a particle of kg/data/nlp/entities.toml's connectors: the line is a byline;
    # before, it was glued to the deck and the names read as junk
    text = ("Crane drivers in Sweden win fight over rosters\n\nHarbour union wins backing from"
            " crews abroad\nBy Maja af Dorrwik\nMay 6, 2024\n" + _HARBOUR_BODY)
    d = parse_article(text, "militant-2024-05-06-v88n18-cranes.txt")
    assert d.deck.value == "Harbour union wins backing from crews abroad"
    assert [b.name for b in d.bylines] == ["Maja af Dorrwik"]


# -- a quoted phrase ending a headline ----------------------------------------------------------------
_FORUM = ("Kelvane Dorsey-Marchetti spoke for the hospital cleaners. “Nobody else will stand up for "
          "the wards,” she said. “We will, because it is our hospital.”",)


def test_a_headline_phrase_closing_a_body_quotation_is_its_speakers():
    doc = annotate(article(*_FORUM, headline="Chicago rally: cleaners say ward cuts hit "
                                             "‘our hospital’"))
    got = speakers_by_opening(doc, length=None)
    assert got.get("our hospital") == ["Kelvane Dorsey-Marchetti"], got


def test_a_headline_phrase_inside_a_body_quotation_needs_three_words():
    doc = annotate(article(*_FORUM, headline="Chicago rally: cleaners ‘stand up’ for the wards"))
    got = speakers_by_opening(doc, length=None)
    assert "stand up" not in got, got
