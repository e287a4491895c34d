"""Leftovers of sets AH–AK and people left untyped by their context (issue 10, branch ent62):
a verb between a person's name and a firm's noun ("… met union leaders"), a role apposition
that says where the person is from, a possessive determiner in the role after the name, a role
before the name closed by the body the person belongs to, people listed after a plural noun
for people, and family names known by their ending. Every sentence and name is made up for
these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- people a context left untyped or typed otherwise -------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a verb between the name and "union", "management": a person's clause, no firm's frame
    ("Minister of Ports and Fisheries Dario Kelvan met union officers on Friday.",
     {"Dario Kelvan": "person"}),
    ("Dario Kelvan visited strikers at the gate.", {"Dario Kelvan": "person"}),
    ("Tamsin Orrewald met management on Tuesday.", {"Tamsin Orrewald": "person"}),
    # the frame still types a firm a given name opens where no verb stands between
    ("Maria Kelvane workers walked out on Monday.", {"Maria Kelvane": "organization"}),
    # a role apposition that says where the person is from
    ("Last month a young welder from Puerto Dorra, Eluterio Vankassa, fell from a scaffold.",
     {"Eluterio Vankassa": "person", "Puerto Dorra": "place"}),
    ("A nurse in Kelvo Bay, Ermelind Tascovar, lost her post.", {"Ermelind Tascovar": "person"}),
    # a possessive determiner opens the role after the name
    ("Kelvo Dorrano, its leader, was freed from jail in June.", {"Kelvo Dorrano": "person"}),
    ("Trastan Vellomi, their spokesman, read the demands.", {"Trastan Vellomi": "person"}),
    # a firm before "its owner" stays a firm (its head word says so)
    ("Dorrow Meats, its owner, sold the plant.", {"Dorrow Meats": "organization"}),
    # a role before the name, closed after the body the person belongs to
    ("The new president, Vojan Kelvanica of the Democratic Front of Kelvia, promised loans.",
     {"Vojan Kelvanica": "person", "Democratic Front of Kelvia": "organization"}),
    # people listed after a plural noun for people
    ("Opposition figures including Zarif Ali Dorrabad of the Kelvish Peoples Party were jailed.",
     {"Zarif Ali Dorrabad": "person", "Kelvish Peoples Party": "organization"}),
    ("Union leaders such as Ottavo Brenkwell spoke at the rally.", {"Ottavo Brenkwell": "person"}),
    # a body listed after such a noun keeps its head word's kind
    ("Leaders such as Kelvo Dorrow Union joined.", {"Kelvo Dorrow Union": "organization"}),
    # a family name's ending, no given name any list holds
    ("The spring protests drove out Serzh Dorrasyan.", {"Serzh Dorrasyan": "person"}),
    ("Police detained Vuk Tallović at the border.", {"Vuk Tallović": "person"}),
    ("The crowd cheered Ilko Kelvenko and his crew.", {"Ilko Kelvenko": "person"}),
])
def test_a_person_by_the_context_of_the_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


def test_a_family_name_ending_alone_types_no_town(registry):
    # one word: no person's name is read from its ending alone
    got = _labels(registry, "We drove through Kelvenko last year on the way north.")
    assert (got.get("Kelvenko") or "thing").split("/")[0] != "person", got


# -- a local body's elections: no one body named ------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Candidates won 12 seats in the Nov. 3 District Council elections.", {"District Council": None}),
    ("Turnout in the Parish Assembly polls was low.", {"Parish Assembly": None}),
    # a proper word opens the body: one council, named
    ("Workers voted in the Kelvo City Council elections.", {"Kelvo City Council": "organization"}),
    # the body alone, no elections after it: left to the other rules
    ("The District Council met on Monday.", {"District Council": "organization"}),
])
def test_a_local_level_bodys_elections_name_no_body(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


def test_a_county_after_the_role_s_town_stays_a_place(registry):
    got = _labels(registry, "Brona Kelleher, a sheep farmer from Dorrowbeg, County Tallagh, and a "
                            "member of the growers' union, spoke first.")
    check_names(got, {"County Tallagh": Not("person"), "Brona Kelleher": "person"})


# -- an agency named for a country of two words ------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Dockers asked Kelvsafe Sierra Leone to inspect the cranes.", {"Kelvsafe Sierra Leone": "organization"}),
    ("Staff at Dorrowpost Costa Rica struck on Monday.", {"Dorrowpost Costa Rica": "organization"}),
    # a compass word or a state's qualifier before the country keeps a place
    ("Rains hit Northern South Africa.", {"Northern South Africa": None}),
])
def test_one_word_before_a_country_of_two_words_is_its_agency(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
