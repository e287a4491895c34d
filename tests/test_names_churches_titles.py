"""Kinds of names read on pages nobody tuned to (pass42): a congregation's own name before its
denomination's words (kg.nlp.entities.kinds.localchurches `named_church`); an orchestra's or a
stage's trade opening a sentence before a person's name, an attacker, a server or a scientist in
an apposition (entities.toml `person_roles`); a local's
officer between its number and a name (entities.toml `titles`); a body's head word inside a name
before a speech verb (kinds.contextrules `speaker`); a synagogue named "Temple" first, a place, and a
congregation named "Congregation" first, a body (entities.toml leading head words); a chain's hotel
named by the chain and its city (kinds.chainsites). Made-up names in the
paper's shapes; no name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- a congregation's own name before its denomination ------------------------------------------
    pytest.param(("Mourners gathered at Tallow Brown AME Church, and the choir of Kelvo African "
                  "Methodist Episcopal Church sang.",),
                 {"Tallow Brown AME Church": "place", "Kelvo African Methodist Episcopal Church": "place"},
                 id="an-own-name-before-the-denominations-words-is-a-place"),
    pytest.param(("The fire gutted Dorrow-Venn Presbyterian Church and Kelvwell A.M.E. Church.",),
                 {"Dorrow-Venn Presbyterian Church": "place", "Kelvwell A.M.E. Church": "place"},
                 id="a-hyphenated-name-and-the-initials-ame"),
    pytest.param(("Bishops of the African Methodist Episcopal Church and the Kelvish Orthodox Church met "
                  "with the National Baptist Church leaders.",),
                 {"African Methodist Episcopal Church": "organization",
                  "Kelvish Orthodox Church": "organization", "National Baptist Church": "organization"},
                 id="a-denomination-or-a-national-church-is-no-congregations-place"),
    # -- an orchestra's or a stage's trade opening a sentence before a name ------------------------
    pytest.param(("Cellist Maria Kelvani-Ruiz said the players would not give back their pension. "
                  "Stagehand Kelvin Obuya-Lind said the crews stood with them.",),
                 {"Maria Kelvani-Ruiz": "person", "Cellist Maria Kelvani-Ruiz": None,
                  "Kelvin Obuya-Lind": "person", "Stagehand Kelvin Obuya-Lind": None},
                 id="a-players-trade-opening-a-sentence-is-no-part-of-the-name"),
    # -- an attacker, a server, a scientist in an apposition --------------------------------------
    pytest.param(("The shooter, Arvo Kelm Dorrowitz, had posted threats online for months. Worshippers "
                  "were shot by an avowed supremacist, Dyllis Kelvane. Protesters want freedom for "
                  "Aafo Dorrani, a Kelvish neuroscientist jailed in Tallow. Tsegu Kelvomar, a server "
                  "at the Tallow Grand for nine years, said the lockout failed.",),
                 {"Arvo Kelm Dorrowitz": "person", "Dyllis Kelvane": "person", "Aafo Dorrani": "person",
                  "Tsegu Kelvomar": "person"},
                 id="an-attacker-a-server-a-scientist-in-an-apposition-are-people"),
    # -- a local's officer between its number and a name ------------------------------------------
    pytest.param(("Local 417 Secretary-Treasurer Maria Dorrow-Venn said the casino workers would "
                  "vote on the offer.",),
                 {"Maria Dorrow-Venn": "person", "Local 417": "organization",
                  "Local 417 Secretary-Treasurer Maria Dorrow-Venn": None},
                 id="a-locals-officer-before-a-name-is-a-title"),
    # -- a body's head word inside a name before a speech verb --------------------------------------
    pytest.param(("Kelvo League Hockey agreed to recognize the players’ union last week.",),
                 {"Kelvo League Hockey": Not("person")},
                 id="a-league-that-agrees-is-no-speaker"),
    pytest.param(("Dorrow Workers United-KWU said the testers would join the picket line.",),
                 {"Dorrow Workers United-KWU": Not("person")},
                 id="a-union-that-says-is-no-speaker"),
    pytest.param(("Maria Unionville said the testers would join the picket line.",),
                 {"Maria Unionville": "person"},
                 id="a-speakers-name-without-a-body-word-stays-a-person"),
    # -- a synagogue named "Temple", a congregation by its head ---------------------------------------
    pytest.param(("Worshippers at Temple Beth Dorrow joined members of Congregation Kelvo Shalom. "
                  "A gunman held four people at Congregation Beth Kelvo. Students marched to Temple "
                  "Kelvo University.",),
                 {"Temple Beth Dorrow": "place", "Congregation Kelvo Shalom": "organization",
                  "Congregation Beth Kelvo": "organization", "Beth Kelvo": None,
                  "Temple Kelvo University": "organization"},
                 id="temple-opens-a-place-congregation-heads-a-body"),
    pytest.param(("Speakers came from the Dorrow Workers Center, the Kelvo Tenants Union and Temple "
                  "Beth Tallow.",),
                 {"Temple Beth Tallow": "place"},
                 id="a-temple-listed-among-bodies-stays-a-place"),
    pytest.param(("Vigils were held at Tree of Mercy. Worshippers from three groups shared the hall — "
                  "Tree of Mercy, Dorrow Light Congregation and Congregation Beth Tallow.",),
                 {"Tree of Mercy": "place", "Mercy": Not("organization"),
                  "Congregation Beth Tallow": "organization"},
                 id="a-names-tail-cut-at-of-in-a-list-is-no-member-of-its-own"),
    # -- a chain's hotel by the chain and its city ------------------------------------------------
    pytest.param(("Strikers picket Kelvo Regency Dorchester on Main Street. Kelvo Hotels Corp. owns most "
                  "of the hotels downtown. “We are tired,” said a cook at the Kelvo Regency.",),
                 {"Kelvo Regency Dorchester": "place", "Kelvo Regency": "place",
                  "Kelvo Hotels Corp.": "organization"},
                 id="a-chains-hotel-by-its-city-and-its-short-form-are-a-place"),
    pytest.param(("Cooks picketed Tallow Hotels Las Vegas and the Kelvo Chicago. Kelvo Inc. runs 40 "
                  "of the city's hotels.",),
                 {"Tallow Hotels Las Vegas": "place", "Kelvo Chicago": "place"},
                 id="a-chain-of-hotels-by-its-plural-head-and-a-firm-the-page-names"),
    pytest.param(("Cooks met Kelvo Chicago. Kelvo Inc. runs 40 of the city's plants.",),
                 {"Kelvo Chicago": Not("place")},
                 id="without-hotels-on-the-page-a-firms-city-name-is-no-hotel"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_churches_titles(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
