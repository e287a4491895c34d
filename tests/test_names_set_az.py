"""Names of the kinds held-out set AZ (print, 1996–2004) showed cut, missed or mistyped, in
made-up sentences in the paper's shapes: a union's member by its name before a person's name
opening a sentence (entities.toml `person_roles`), a hyphened adjective opening a sentence or a
headline (kg.nlp.entities.spans.hyphenopeners), a firm named for two towns joined by a hyphen
(kg.nlp.entities.spans.hyphenedfirms) and its clipped name (kg.nlp.entities.kinds.clippedfirms),
a metal firm called by its first word (`firm_whole_suffixes`), a city's agency of papers
(`head_types`: "Newspapers"), "Production" after "and" in a chamber's name (`field_words`), an
avenue named head first (`[leading_head_types] place`), a name before "reservation"
(`place_after`), a hyphened "vice-president" before a name (`person_roles`).
No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, Not, check_names, found, quoted_speakers, run_entities

from kg.nlp.entities.spans.hyphenopeners import adjective_compound

CASES = [
    # -- a union's member before a name ---------------------------------------------------------------
    pytest.param(("Teamster Rosalind Vukov-Amari, who hauls gravel out of Dorrowville, shook her head.",),
                 {"Rosalind Vukov-Amari": "person", "Teamster Rosalind Vukov-Amari": None},
                 id="a-teamster-opening-a-sentence-is-no-part-of-the-name"),
    pytest.param(("Teamsters Local 8812 voted to stay out.",),
                 {"Teamsters Local 8812": "organization"},
                 id="the-union-plural-keeps-its-local"),
    # -- a hyphened adjective opening a sentence --------------------------------------------------------
    pytest.param(("Laid-off Tarnova Glass workers held a rally. Nobody from Tarnova Glass management "
                  "would talk.",),
                 {"Tarnova Glass": NAMED, "Laid-off Tarnova Glass": None},
                 id="a-hyphened-adjective-opens-no-name"),
    pytest.param(("Al-Maqrani Brothers trucks blocked the gate.",),
                 {"Al-Maqrani Brothers": NAMED},
                 id="a-name-capitalised-after-its-hyphen-stays-whole"),
    # -- a firm named for two towns -------------------------------------------------------------------
    pytest.param(("In 1979 he hired on at the Canton-Pittsburgh Steel works near the river.",),
                 {"Canton-Pittsburgh Steel": "organization", "Pittsburgh Steel": None},
                 id="a-town-before-a-hyphen-goes-on-the-firm-a-registry-town-opens"),
    pytest.param(("She sat in on the Kelvo-Pittsburgh talks all week.",),
                 {"Pittsburgh": Not("organization")},
                 id="no-organisations-head-no-firm"),
    pytest.param(("In 1979 he hired on at the Canton-Pittsburgh Steel works near the river. When "
                  "2,000 workers walked out of Canton-Pitt in 1985, he ran the strike kitchen.",),
                 {"Canton-Pitt": "organization"},
                 id="a-firms-clipped-hyphened-name-is-the-firm"),
    pytest.param(("The Dorrow-Kelvo ferry runs twice a day. Riders call it the Dorrow-Kel boat.",),
                 {"Dorrow-Kel": Not("organization")},
                 id="a-clipped-name-of-no-firm-stays"),
    # -- a metal firm called by its first word --------------------------------------------------------
    pytest.param(("Smelter hands locked out by Varnok Aluminum rode buses to the rally. Signs read "
                  "\"Varnok can't starve us\" and \"No scabs at Varnok.\"",),
                 {"Varnok": "organization", "Varnok Aluminum": "organization"},
                 id="a-metal-firms-first-word-is-the-firm-after-at"),
    # -- a city's agency of papers --------------------------------------------------------------------
    pytest.param(("Toledo Newspapers, the company that prints both dailies, refused to bargain.",),
                 {"Toledo Newspapers": "organization", "Newspapers": None},
                 id="a-citys-papers-agency-is-a-firm"),
    pytest.param(("Strikers picketed Pittsburgh Newspapers all winter.",),
                 {"Pittsburgh Newspapers": "organization", "Pittsburgh": None},
                 id="a-registry-city-opens-the-papers-agency"),
    # -- "Production" in a chamber's name -------------------------------------------------------------
    pytest.param(("Its head, Ilse Moravec, also led the Kelvish Federation of Chambers of Commerce "
                  "and Production for two years.",),
                 {"Kelvish Federation of Chambers of Commerce and Production": "organization",
                  "Production": None},
                 id="production-after-and-continues-a-chambers-name"),
    # -- an avenue head first, a reservation, a hyphened deputy ----------------------------------------
    pytest.param(("Exiles rallied outside the consulate on Avenue Kelvine at noon.",),
                 {"Avenue Kelvine": "place"},
                 id="an-avenue-named-head-first-is-a-place"),
    pytest.param(("Tribal police patrol the Dorrow Butte reservation at night.",),
                 {"Dorrow Butte": "place"},
                 id="a-name-before-reservation-is-a-place"),
    pytest.param(("The old ruler handed power to his vice-president, T.K. Wirandoko, on Sunday. "
                  "Students said Wirandoko had to go too.",),
                 {"T.K. Wirandoko": "person", "Wirandoko": "person"},
                 id="a-hyphened-vice-president-before-a-name-types-a-person"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_set_az_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_a_hyphened_adjective_opens_no_name_in_a_headline(registry):
    """"Laid-off Tarnova Glass workers march": the headline's first word is an adjective."""
    d = run_entities(registry, "Laid-off workers of Tarnova Glass marched Sunday.",
                     headline="Laid-off Tarnova Glass workers march in Dorrowville")
    names = {m.span.of(d.text) for m in d.annotations.mentions}
    assert "Laid-off Tarnova Glass" not in names
    assert "Tarnova Glass" in names


@pytest.mark.parametrize(("word", "adjective"), [
    ("Locked-out", True), ("Long-time", True), ("Hard-hit", True),
    ("Coca-Cola", False), ("Al-qarnav", False), ("Locked", False),
])
def test_adjective_compound(word, adjective):
    assert adjective_compound(word) is adjective


def test_a_teamsters_quotation_is_his(registry):
    """The quotation after "Teamster <name>, who …, disagreed." is the person's, not a name
    with the union's word glued to it."""
    assert quoted_speakers("Teamster Rosalind Vukov-Amari, who hauls gravel out of Dorrowville, "
                           "disagreed. \"The bosses are the ones who shut the yard,\" she said.") \
        == [["Rosalind Vukov-Amari"]]
