"""Names held-out sets BE–BI showed cut or glued wrong (branch ent94), in made-up sentences in the
paper's shapes: a body's own-language name its acronym spells from a bracket's opening, the
acronym first with the name inside the bracket or the name first with "(ACR, gloss)" after it,
Albanian's particles skipped by the letters only (kg.nlp.entities.spans.bracketednames); a
registry body opening a longer name "for the <Cause> of <Place>"
(kg.nlp.entities.spans.causebodies); a place glued before a model's designation
(kg.nlp.entities.spans.placemodels); a body named by a purpose clause
(kg.nlp.entities.spans.purposebodies); a union's numbered council with its registry union after
"of the" (kg.nlp.entities.spans.unitsofunions); a book's title in a citation before its edition
or a publisher's imprint without its town (kg/data/nlp/entities.toml `citation_after`); a
party's or a union's word opening a name in Indonesian or Albanian (kg/data/nlp/entities.toml
`leading_head_types`); a body's short form in a deck set in Title Case whose text gives it in
full (kg.nlp.entities.spans.headingshorts). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- an acronym opening a bracket ----------------------------------------------------------------
    pytest.param(("Police hunted the Dorrava Freedom Army, known by its Kelvish initials LKD "
                  "(Lidhja Kombëtare e Dorrës), in the hills.",),
                 {"Lidhja Kombëtare e Dorrës": "organization", "Lidhja Kombëtare": None,
                  "Dorrës": None},
                 id="acronym-first-albanian-name-inside-the-bracket"),
    pytest.param(("Riot police broke up a rally called by the BKT (Bashkimi Kombëtar i Tallës) "
                  "on Sunday.",),
                 {"Bashkimi Kombëtar i Tallës": "organization", "Tallës": None},
                 id="acronym-first-albanian-i"),
    pytest.param(("Villagers called him the e Kelvo man (EK) for years; Ana e Dorrow said so.",),
                 {"Ana e Dorrow": None},
                 id="a-bare-e-joins-nothing"),
    pytest.param(("Troops stormed the offices of the Partai Rakyat Malaysia (PRM, Malaysian "
                  "People's Party) in Kelvara.",),
                 {"Partai Rakyat Malaysia": "organization", "Partai Rakyat": None},
                 id="own-language-name-before-acronym-and-gloss"),
    pytest.param(("The Partai Kelvara Dorrow (XYZ, Dorrow Kelvara Party) was banned.",),
                 {"Partai Kelvara Dorrow": "organization"},
                 id="partai-opens-a-party-name-whose-letters-spell-no-acronym"),
    # -- a registry body, then "for the <Cause> of <Place>" ----------------------------------------------
    pytest.param(("Shelling came from the National Front for the Liberation of Dorrovia (FNLD), "
                  "led by Tom Kelvane.",),
                 {"National Front for the Liberation of Dorrovia": "organization",
                  "National Front": None, "Liberation": None},
                 id="registry-body-for-the-cause-of-a-new-place"),
    pytest.param(("Guerrillas of the National Front for the Freedom of Angola held the road.",),
                 {"National Front for the Freedom of Angola": "organization", "Freedom": None},
                 id="registry-body-for-the-cause-of-a-registry-country"),
    pytest.param(("She campaigned with the Labour Party for the Mayor of Kelvin last spring.",),
                 {"Labour Party": "organization", "Labour Party for the Mayor of Kelvin": None},
                 id="a-title-after-for-the-joins-nothing"),
    # -- a place glued before a model's designation ------------------------------------------------------
    pytest.param(("For years the Kremlin shipped Manila T-72 tanks by sea, a diplomat told us.",),
                 {"Manila": "city", "Manila T-72": None},
                 id="place-before-a-jets-model"),
    # -- a body named by a purpose clause --------------------------------------------------------------
    pytest.param(("Mothers came with Tenants to Protect Dorrow Court, a group formed last spring.",),
                 {"Tenants to Protect Dorrow Court": "organization", "Tenants": None,
                  "Protect Dorrow Court": None},
                 id="group-to-verb-in-title-case"),
    pytest.param(("Tenants to Dorrow Court were moved by bus.",),
                 {"Tenants to Dorrow Court": None},
                 id="a-group-opening-a-sentence-joins-nothing"),
    # -- a union's numbered unit named with its registry union ------------------------------------------
    pytest.param(("Strikers were joined by District Council 81 of the American Federation of "
                  "Teachers on Friday.",),
                 {"District Council 81 of the American Federation of Teachers": "organization",
                  "District Council 81": None},
                 id="numbered-council-of-a-registry-union"),
    pytest.param(("Members of District Council 52 of the American Federation of State, County and "
                  "Municipal Employees marched.",),
                 {"District Council 52 of the American Federation of State, County and Municipal "
                  "Employees": "organization"},
                 id="numbered-council-of-a-registry-union-with-a-comma-list"),
    # -- a book's title in a citation, its edition or a publisher's imprint after it ----------------------
    pytest.param(("See Anna Dorrow, The Fall of the Russian Revolution, third edition (Kelvin "
                  "University Press, 1971).",),
                 {"The Fall of the Russian Revolution": "book", "Russian Revolution": None},
                 id="citation-title-before-its-edition"),
    pytest.param(("See Tom Kelvane, Dock Hands of the Paris Commune (Tallow Books, 1968).",),
                 {"Dock Hands of the Paris Commune": "book", "Paris Commune": None},
                 id="citation-title-before-a-publishers-imprint"),
    # -- a party's or a union's word opening a name in Indonesian --------------------------------------
    pytest.param(("A strike called by the Serikat Pekerja Kelvara shut the port.",),
                 {"Serikat Pekerja Kelvara": "organization"},
                 id="indonesian-union-word-opens-a-name"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_names_set_bi_junk(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


# A deck set mostly in capitals that shortens the bodies the text names in full. Every name is
# made up.
DECK_PAGE = """The Militant (logo)
   Vol. 72/No. 14           April 7, 2008


Nurses at three chains
walk out over staffing
‘Safe Wards Now’ campaign targets Dorrix, Tallvane, Kelvmont

BY MARY MARTIN

KELVO—Some 2,400 nurses struck on Monday. Their union wants one deal from
Dorrix Health Corp., Tallvane Clinics and Kelvmont Care & Homes before winter.
"""


def test_a_bodys_short_form_in_a_title_case_deck(registry):
    from kg.nlp.entities.mentions import annotate
    from kg.reader import parse_article

    d = parse_article(DECK_PAGE, "militant-2008-04-07-v72n14-nurses.txt")
    annotate(d, registry)
    deck = d.text.index("‘Safe")
    got = {m.span.of(d.text): m.entity for m in d.annotations.mentions if m.span.begin >= deck}
    for short in ("Dorrix", "Tallvane", "Kelvmont"):
        assert got.get(short, "").startswith("organization/"), (short, got)
    assert "Safe Wards Now" not in got and "Safe" not in got  # the slogan's words: Title Case's
