"""Names and a dateline the held-out set BB (print, 2005–2015) showed missed, cut or mistyped,
in made-up sentences in the paper's shapes: a dateline whose town has a capital of Latin
Extended-A (kg.reader.patterns `UP`), a street named with its side of town after its head
(kg.nlp.entities.cues.namecues `head_word`), a spelled number opening a place's name in
mid-sentence (kg.nlp.entities.spans.runclose `numbered_place`), a hospital whose head comes
first in French, Spanish or Italian (kg.nlp.entities.kinds.hospitals), an acronym after "of the"
that spells the body there, not the person before it (kg.nlp.entities.kinds.contextrules
`defined_acronym`), a government named with its ruler whose given name the gazetteer does
not know, a registry place opening it kept (kg.nlp.entities.spans.leaders, runclose
`split_leader_after_of`), a plural possessive before a registry party's name
(kg.nlp.entities.spans.possessiveparties), and a registry place before a registry body named
"<head> of …" (kg.nlp.entities.spans.nested `place_before_party`), a local's part before "of"
and the local (kg.nlp.entities.spans.hallsof), a speaker after a town line with the body she
speaks for (kg.nlp.entities.kinds.framedkinds, .bodyspeakers), a new march glued before a
registry event's head word (kg.nlp.entities.spans.headedevents) and a port named by two towns
and an en dash (kg.nlp.entities.spans.dashedports). No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

from kg.reader import parse_article

# -- a "Years Ago" item's dateline with a capital of Latin Extended-A ---------------------------------

_YEARS_AGO = """The Militant (logo)
   Vol. 72/No. 9           March 3, 2008


25, 50 and 75 years ago

March 4, 1983
{dateline}Dock hands at the Baltic yard stayed out for a third day after the union's leaders were arrested.

March 3, 1958
Farm workers in the valley voted to join the union drive.

February 28, 1933
Relief marchers from four states reached the capital.
"""


@pytest.mark.parametrize("dateline", ["DORŃOWO, Poland—", "ŁASKOWICE, Poland—", "ŞENKÖY, Turkey—"])
def test_a_years_ago_items_dateline_with_an_extended_latin_capital(dateline):
    d = parse_article(_YEARS_AGO.format(dateline=dateline), "<test>")
    assert d.page_kind == "years-ago"
    assert [i.dateline.value if i.dateline else None for i in d.items] == [
        dateline.rstrip("—"), None, None]


def test_a_headline_in_capitals_with_such_a_letter_is_no_dateline():
    d = parse_article(_YEARS_AGO.format(dateline="ŁASKOWICE DOCKERS WALK OUT\n"), "<test>")
    assert [i.dateline for i in d.items] == [None, None, None]


CASES = [
    # -- a street and its side of town ----------------------------------------------------------------
    pytest.param(("Pickets gathered in front of the consulate on Marlow Street West.",),
                 {"Marlow Street West": "place"},
                 id="a-street-with-its-side-of-town-is-a-place"),
    pytest.param(("The march went up Dorvel Avenue North to the mill gate.",),
                 {"Dorvel Avenue North": "place"},
                 id="an-avenue-with-its-side-of-town-is-a-place"),
    pytest.param(("Kelvo West said the vote was rigged.",),
                 {"Kelvo West": Not("place")},
                 id="a-compass-word-after-no-places-head-says-nothing"),
    # -- a spelled number opening a place's name -----------------------------------------------------
    pytest.param(("Retirees drove out to the union hall on Twelve Oak Hollow Road.",),
                 {"Twelve Oak Hollow Road": "place", "Oak Hollow Road": None},
                 id="a-capitalised-number-in-mid-sentence-opens-the-name"),
    pytest.param(("Twelve Oak Road families signed the petition.",),
                 {"Twelve Oak Road": None, "Oak Road": "place"},
                 id="a-number-opening-the-sentence-counts"),
    # -- a hospital with its head first --------------------------------------------------------------
    pytest.param(("A nurse at Hôpital Sainte-Agathe said the wards were short of staff.",),
                 {"Hôpital Sainte-Agathe": "hospital"},
                 id="a-french-hospital-is-a-hospital"),
    pytest.param(("Orderlies at Ospedale San Dorrio walked out at noon.",),
                 {"Ospedale San Dorrio": "hospital"},
                 id="an-italian-hospital-is-a-hospital"),
    pytest.param(("Members of the Ospedale Workers Union voted to strike.",),
                 {"Ospedale Workers Union": "organization"},
                 id="a-body-with-its-own-head-stays-a-body"),
    # -- an acronym after "of the": the body's, not the person's -------------------------------------
    pytest.param(("The pact makes Tomas Dravik of the Orange Radical Movement (ORM) premier.",),
                 {"Tomas Dravik": "person", "Orange Radical Movement": "organization"},
                 id="the-acronym-spells-the-body-after-of"),
    pytest.param(("The pact makes Vardo Kelimu of the Orange Radical Movement (ORM) premier.",),
                 {"Vardo Kelimu": Not("organization"), "ORM": "organization"},
                 id="an-unknown-given-name-is-no-body-for-the-acronym"),
    # -- a government and its ruler ------------------------------------------------------------------
    pytest.param(("In the north, the Kelvo Regional Government of Masvan Dorzani has asked for "
                  "heavy guns.",),
                 {"Kelvo Regional Government": "organization", "Masvan Dorzani": "person",
                  "Kelvo Regional Government of Masvan Dorzani": None},
                 id="a-government-of-a-ruler-is-two-names"),
    pytest.param(("Talks with the Government of National Unity broke down in the spring.",),
                 {"Government of National Unity": "organization"},
                 id="common-words-after-of-name-the-government"),
    pytest.param(("In the north, the Ohio Regional Government of Masvan Dorzani has asked for "
                  "heavy guns.",),
                 {"Ohio Regional Government": "organization", "Masvan Dorzani": "person",
                  "Regional Government": None},
                 id="a-registry-place-opening-the-government-stays-in-it"),
    pytest.param(("In the north, the Ohio Unionist Party of Tomas Dravik has asked for heavy guns.",),
                 {"Ohio Unionist Party": "organization", "Tomas Dravik": "person"},
                 id="a-registry-place-opening-a-leaders-party-stays-in-it"),
    # -- a plural possessive before a registry party's name ------------------------------------------
    pytest.param(("Dock hands walked out. The Farmers’ Democratic Party called the rally.",),
                 {"Farmers’ Democratic Party": "organization", "Democratic Party": None},
                 id="a-plural-possessive-opens-another-party"),
    pytest.param(("Dock hands walked out. The Peoples' Republican Party called the rally.",),
                 {"Peoples' Republican Party": "organization", "Republican Party": None},
                 id="a-straight-apostrophe-too"),
    pytest.param(("Dock hands walked out. The Democratic Party called the rally.",),
                 {"Democratic Party": "organization/democratic-party"},
                 id="the-registry-party-alone-stays-the-registrys"),
    # -- a registry place before a registry body named "<head> of …" -----------------------------------
    pytest.param(("Leaflets were printed by the Ohio Union of Young Communists for the rally.",),
                 {"Ohio Union of Young Communists": "organization", "Ohio": None,
                  "Union of Young Communists": None},
                 id="a-place-before-a-registry-body-of-opens-another-body"),
    pytest.param(("Leaflets were printed by the Union of Young Communists for the rally.",),
                 {"Union of Young Communists": "organization/union-of-young-communists"},
                 id="the-registry-body-alone-stays-the-registrys"),
    # -- a local's part named before "of" and the local ------------------------------------------------
    pytest.param(("In the harbor, clerks in the Office Clerks Unit of ILWU Local 12 struck for a week.",),
                 {"Office Clerks Unit": "organization", "ILWU Local 12": "organization",
                  "Office Clerks Unit of ILWU Local 12": None},
                 id="a-unit-of-a-registry-unions-local-is-two-bodies"),
    pytest.param(("In the harbor, clerks in the Night Clerks Unit of Kelvo Dockers Local 12 struck.",),
                 {"Night Clerks Unit": "organization", "Kelvo Dockers Local 12": "organization"},
                 id="a-unit-before-a-new-unions-local-is-a-body"),
    pytest.param(("The cooks met in the Kelvo Unit of the hospital.",),
                 {"Kelvo Unit": "place"},
                 id="a-unit-of-no-numbered-local-keeps-its-frame"),
    # -- a speaker named after a town line, with the body she speaks for ------------------------------
    pytest.param(("Pickets stood at the docks in London and Berlin. In Perth, Australia, Tharvan "
                  "Kelu-Dossa of the Tamil Welfare Society of Victoria told a crowd at the square, “We "
                  "are here every week until the siege is lifted.”",),
                 {"Tharvan Kelu-Dossa": "person", "Tamil Welfare Society of Victoria": "organization"},
                 id="a-speaker-after-a-town-line-is-no-listed-place"),
    pytest.param(("Delegates came from Perth, Australia, Dorvaka and Kelvania.",),
                 {"Dorvaka": "place", "Kelvania": "place"},
                 id="a-list-after-a-town-line-stays-places"),
    pytest.param(("Yesterday the Kelvo Dorra of the Tallow Federation said no.",),
                 {"Kelvo Dorra": Not("person")},
                 id="an-article-before-says-a-body-not-a-speaker"),
    # -- a new march glued before a registry event's head word (ent86) --------------------------------
    pytest.param(("Jobless leagues in Akron and Toledo sent riders to a Great Jobless March on "
                  "Washington that winter.",),
                 {"Great Jobless March": "event", "Washington": "place", "Great Jobless": None,
                  "March on Washington": None},
                 id="a-new-march-before-a-registry-events-head-word"),
    pytest.param(("Her mother rode a bus to the March on Washington in 1963.",),
                 {"March on Washington": "event/march-on-washington-1963"},
                 id="the-registry-march-alone-stays-the-registrys"),
    # -- a port named by two towns and an en dash (ent86) ---------------------------------------------
    pytest.param(("Crane operators at Port Toledo–Dearborn walked off on Monday.",),
                 {"Port Toledo–Dearborn": "place", "Port Toledo": None, "Dearborn": None},
                 id="a-port-named-by-two-towns-and-an-en-dash-is-one-place"),
    pytest.param(("The Toledo–Dearborn talks broke down in 1989–90.",),
                 {"Toledo": "city/toledo", "Dearborn": "city/dearborn"},
                 id="an-en-dash-without-a-ports-word-joins-nothing"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_set_bb_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
