"""Names the tuned sets' last junk showed cut, glued or read wrong, in made-up sentences in the
paper's shapes (branch ent99): a firm named for its town printed once with its legal form
(kg.nlp.entities.spans.placedfirms), a common noun's singular possessive before a party
(spans.possessiveparties), a slogan's verb opening a quotation (spans.slogans), a listed word
and its number (spans.listednumbers), a body of a plural "of" a name (spans.pluralbodies), a
union of two trades before its acronym (spans.unionsoftrades), a road's head that English
writes as a function word (spans.roadheads), a firm named with a title's word in a headline
(spans.titledfirms), the people of a place opening a quoted sentence (spans.peopleofplaces), an
opening word describing a body's people (kinds.classnouns), and "Tamil" a group word. No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, run_entities

CASES = [
    # -- a firm named for its town, printed once with its legal form ---------------------------------
    pytest.param(("Pickets marched outside Cleveland Water Solutions pumping station on Monday.",
                  "The owners of Cleveland Water Solutions Inc. said the station would close."),
                 {"Cleveland Water Solutions": "organization", "Water Solutions": None},
                 id="a-town-opening-a-firm-printed-with-inc-is-the-firms"),
    # (with no head word of a firm: "Solutions" is one since ent126, and names the firm alone)
    pytest.param(("Pickets marched outside Cleveland Aqua Vista pumping station on Monday.",),
                 {"Cleveland": "city", "Cleveland Aqua Vista": None},
                 id="without-the-legal-form-anywhere-the-town-stays"),
    # -- a common noun's singular possessive before a registry party ---------------------------------
    pytest.param(("Police raided the offices of the Partai Kelvara Rakyat (PKR, People’s Democratic "
                  "Party) and arrested people there.",),
                 {"People’s Democratic Party": "organization", "Democratic Party": None},
                 id="peoples-singular-possessive-opens-the-party"),
    pytest.param(("Police raided the offices of the Partai Kelvara Rakyat (PKR, People's Democratic "
                  "Party) and arrested people there.",),
                 {"People's Democratic Party": "organization"},
                 id="a-straight-apostrophe-too"),
    pytest.param(("Voters deserted Dorrovic’s Socialist Party, people in Kelvo said.",),
                 {"Dorrovic’s Socialist Party": None},
                 id="a-leaders-possessive-is-no-part-of-the-party"),
    # -- a slogan's verb opening a quotation ----------------------------------------------------------
    pytest.param(("“Abajo la Junta!” shouted the crowd as it marched through Dorrowville.",),
                 {"Abajo la Junta": None, "Junta": "organization", "Dorrowville": "place"},
                 id="a-slogans-verb-is-no-part-of-the-name"),
    # the name kept whole; a brigade named for a person is the brigade (kinds/namesakes.py, ent116)
    pytest.param(("The Viva Kelvo brigade arrived in Dorrowville.",),
                 {"Viva Kelvo": "organization"},
                 id="a-slogan-word-not-opening-a-quotation-stays"),
    # -- a listed word and its number ---------------------------------------------------------------------
    pytest.param(("They spied on groups such as Omega 12 and the Kelvan Exile Council.",),
                 {"Omega 12": "organization", "Omega": None},
                 id="a-listed-word-and-number-is-one-name"),
    pytest.param(("Bands including Alpha 9, Tallow Front and others marched.",),
                 {"Alpha 9": "organization"},
                 id="a-common-word-and-number-after-including"),
    pytest.param(("Towns such as Kelvo 300 workers strong marched.",),
                 {"Kelvo 300": None},
                 id="a-number-with-a-count-after-it-stays-a-count"),
    # -- a body of a plural "of" a name ---------------------------------------------------------------------
    pytest.param(("Talks between the government and the Freedom Hawks of West Kelvia resumed.",),
                 {"Freedom Hawks of West Kelvia": "organization", "Freedom Hawks": None},
                 id="a-plural-body-of-a-place-is-one-organisation"),
    pytest.param(("We met Tom Banks of Kelvo Steel.",),
                 {"Tom Banks": "person", "Kelvo Steel": "organization"},
                 id="a-person-of-a-firm-stays-two-names"),
    pytest.param(("We met Kelvani Banks of Kelvo Steel.",),
                 {"Kelvani Banks of Kelvo Steel": None},
                 id="an-unknown-given-name-is-no-english-word"),
    # -- a union of two trades before its acronym ----------------------------------------------------
    pytest.param(("Many left the Union of Dock Loaders and Harbor and Warehouse Workers (SEKDO), which "
                  "sided with the bosses.",),
                 {"Union of Dock Loaders and Harbor and Warehouse Workers": "organization",
                  "Union of Dock Loaders": None, "Harbor and Warehouse Workers": None},
                 id="a-union-of-two-trades-is-one-body"),
    pytest.param(("Members of the Union of Dock Loaders and Kelvo Bus Workers (KBW) marched.",),
                 {"Union of Dock Loaders": "organization", "Kelvo Bus Workers": "organization"},
                 id="an-acronym-the-second-body-spells-is-its-own"),
    # -- a road's head English writes as a function word ---------------------------------------------
    pytest.param(("Truckers blocked the Via Kelvina near Dorrow.",),
                 {"Via Kelvina": "place", "Kelvina": None},
                 id="the-via-opens-a-roads-name"),
    pytest.param(("They sent the parcel via Kelvin.",),
                 {"via Kelvin": None},
                 id="a-lower-case-via-is-a-preposition"),
    # -- the people of a place opening a quoted sentence --------------------------------------------
    pytest.param(("Dockers raised a sign: “Send no guns to Harare! Workers of Kenya stand as one family.”",),
                 {"Workers of Kenya": None, "Kenya": "country/kenya"},
                 id="workers-of-a-country-after-an-exclamation-are-its-people"),
    pytest.param(("Dockers met the Workers of Kenya federation in Nairobi.",),
                 {"Kenya": None},
                 id="mid-sentence-the-body-keeps-its-place"),
    # -- a people's name and language -----------------------------------------------------------------------
    pytest.param(("Many Tamil dock workers joined the strike in Dorrow.",),
                 {"Tamil": None, "Dorrow": "place"},
                 id="tamil-is-a-group-word"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_ent99(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def _all_mentions(registry, headline: str, *paragraphs: str) -> dict[str, str]:
    d = run_entities(registry, *paragraphs, headline=headline)
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions}


def test_a_firm_named_with_a_titles_word_keeps_it_in_the_headline(registry):
    got = _all_mentions(registry, "King Kelvers bakers win a raise",
                        "DORROW — The strike at King Kelvers ended Monday when the bakers ratified a deal.")
    check_names(got, {"King Kelvers": "organization", "Kelvers": None})


def test_a_king_named_nowhere_as_an_employer_keeps_his_title(registry):
    got = _all_mentions(registry, "King Harald opens parliament", "OSLO — King Harald spoke to the assembly.")
    check_names(got, {"Harald": "person", "King Harald": None})


def test_the_first_word_before_the_bodys_own_people_describes_them(registry):
    got = _all_mentions(registry, "Roofless workers in Kelvia occupy ranches",
                        "DORROW — Families organized by the Roofless Rural Workers Movement occupied farms.")
    check_names(got, {"Roofless": None, "Roofless Rural Workers Movement": "organization"})


def test_the_first_word_before_another_noun_stays_the_bodys_short_form(registry):
    got = _all_mentions(registry, "Roofless leaders in Kelvia occupy ranches",
                        "DORROW — Families organized by the Roofless Rural Workers Movement occupied farms.")
    check_names(got, {"Roofless": "organization"})
