"""Set CD's kinds of misses (the Pacific set, read after its first measure; branch ent115): a
union's work-site word in its "of" list, a nickname of initials in quotes, names opening with
the okina, Māori function words inside a name, a name spelled by its acronym out of order, a
body's "of" part ending in "and the" and a class of people, an acronym of a longer name than the
registry's, a people's name alone, a person after "led by", an ocean's name alone, an owner's
site named with what it makes. Every sentence is made up for these tests; no text or name of a
held-out set is used (registry names stand only where the mechanism needs one)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, Not, check_names, found, surfaces

CASES = [
    # -- a union's "of" list: a work site's head, then "and" and the members' trade --------------
    pytest.param("Ana Ruiz, a member of the National Union of Mill and Office Workers, spoke.",
                 {"National Union of Mill and Office Workers": "organization", "Office Workers": None,
                  "National Union of Mill": None}, id="union-of-site-and-trade"),
    pytest.param("Delegates of the Kelvo Union of Factory and Shop Employees voted.",
                 {"Kelvo Union of Factory and Shop Employees": "organization", "Shop Employees": None},
                 id="union-of-factory-and-shop-employees"),
    # -- a nickname made of initials in quotation marks --------------------------------------------
    pytest.param("Last month Samuel “KJ” Kerrigan, 19, died in a police cell.",
                 {"Samuel “KJ” Kerrigan": "person", "KJ": None, "Kerrigan": None},
                 id="nickname-of-initials"),
    # -- the okina opening a word of a name -----------------------------------------------------------
    pytest.param("Lose ʻAhokava, a nurse, said the clinic was shut.",
                 {"Lose ʻAhokava": "person", "Lose": None}, id="okina-in-a-surname"),
    pytest.param("The ferry to ʻOlotele Harbour did not sail for a week.",
                 {"ʻOlotele Harbour": NAMED, "Olotele Harbour": None}, id="okina-opening-a-place"),
    # -- Māori function words inside a name ----------------------------------------------------------
    pytest.param("The pact was signed as the Kelvo Accord, known in Māori as Te Kawenata o Kelvo.",
                 {"Te Kawenata o Kelvo": NAMED, "Te Kawenata": None}, id="te-name-o-place"),
    pytest.param("They invoked the 1855 Treaty of Kelvo, known in Māori as Te Kawenata o Kelvo.",
                 {"Te Kawenata o Kelvo": "work"}, id="known-in-maori-as-the-treatys-kind"),
    pytest.param("Hundreds joined the Hui mō te Whenua last week.",
                 {"Hui mō te Whenua": NAMED, "Whenua": None}, id="name-mo-te-name"),
    pytest.param("Workers chanted for Kelvo o Dorrow outside.",
                 {"Kelvo o Dorrow": None}, id="o-without-a-maori-article-joins-nothing"),
    # -- a name cut at "and", its acronym's letters in another order -------------------------------
    pytest.param("Leaders of the Dorrow and Popular Kelvo Front (FPKD) met on Sunday.",
                 {"Dorrow and Popular Kelvo Front": "organization", "Dorrow": None},
                 id="acronym-out-of-order"),
    pytest.param("Members of the KWU and United Front (UFK) marched.",
                 {"KWU and United Front": None}, id="acronym-inside-joins-nothing"),
    # -- a body's "of" part ending "and the" and a class of people --------------------------------
    pytest.param("The Union of Tallow Workers and the Exploited called a strike.",
                 {"Union of Tallow Workers and the Exploited": "organization", "Exploited": None},
                 id="union-and-the-exploited"),
    pytest.param("The League of Kelvo Tenants and the Homeless met in March.",
                 {"League of Kelvo Tenants and the Homeless": "organization", "Homeless": None},
                 id="league-and-the-homeless"),
    # -- a people's name alone is no body ----------------------------------------------------------------
    pytest.param("Kanak youth held the road for a week.", {"Kanak": None}, id="a-peoples-name"),
    # -- a person after "led by" -------------------------------------------------------------------------
    pytest.param("The 1987 coups led by Tevaga Olotele ended the elected government.",
                 {"Tevaga Olotele": "person"}, id="led-by-a-person"),
    pytest.param("The walkout was led by the Kelvo Dock Workers Union.",
                 {"Kelvo Dock Workers Union": "organization"}, id="led-by-a-body"),
    # -- an ocean's name alone ------------------------------------------------------------------------------
    pytest.param("The tests poisoned the Pacific for decades.", {"Pacific": Not("organization")},
                 id="ocean-before-a-function-word"),
    pytest.param("The bombs dropped on the Atlantic were never found.", {"Atlantic": "place"},
                 id="ocean-before-a-verb"),
    # -- a volcano named for its islands, then one island's name alone -------------------------------
    pytest.param("Ash from the Kelvo Tallow-Dorra Mavuki volcano fell for days. Boats could not land "
                 "on Mavuki until March.", {"Kelvo Tallow-Dorra Mavuki": "place", "Mavuki": "place"},
                 id="volcano-then-its-last-word"),
    pytest.param("Ana Ruiz spoke with Kelvo Island leaders. The Island was quiet.",
                 {"Island": None}, id="a-head-word-is-no-places-last-word"),
    # -- a house of worship named again without its head ---------------------------------------------
    pytest.param("Hundreds prayed at Al Kelvani Mosque on Friday. Ana Ruiz lost a cousin at Al Kelvani.",
                 {"Al Kelvani Mosque": "place", "Al Kelvani": "place"}, id="mosque-without-its-head"),
    pytest.param("Members of Tomas Dorrow Church marched. Tomas Dorrow founded it in 1950.",
                 {"Tomas Dorrow": "person"}, id="church-named-for-a-person-named-alone"),
    # -- a body named with its state's formal name; a body named a cell ---------------------------------
    pytest.param("The commander of the Republic of Tallowa Armed Forces took power.",
                 {"Republic of Tallowa Armed Forces": "organization"}, id="republic-of-armed-forces"),
    pytest.param("The Kelvo Coordination Cell called the march.",
                 {"Kelvo Coordination Cell": "organization"}, id="coordination-cell"),
    # -- a nation by its flag -------------------------------------------------------------------------
    pytest.param("Youth on the barricade waved the flag of Tallowa.", {"Tallowa": "place"},
                 id="flag-of-a-nation"),
    # -- a legislature's one-word name opening a sentence ------------------------------------------
    pytest.param("The strike ended in May. Parliament gave the board new powers over the port.",
                 {"Parliament": "organization"}, id="legislature-opening-a-sentence"),
    pytest.param("The parliament of the students met. Parliament gave the board new powers.",
                 {"Parliament": None}, id="legislature-written-in-lower-case-too"),
    # -- an owner's site named with what it makes -------------------------------------------------------
    pytest.param("Tom Dorrow, a worker at Kelvo Dairy’s Tallowby dairy factory, spoke.",
                 {"Tallowby": "place"}, id="owners-dairy-factory"),
]


@pytest.mark.parametrize("sentence,want", CASES)
def test_set_cd_kinds(registry, sentence, want):
    check_names(surfaces(registry, sentence), want)


def test_an_ocean_before_a_noun_is_an_adjective(registry):
    got = surfaces(registry, "Pacific nations sent ships to help.")
    assert not got.get("Pacific", "").startswith("place"), got


def test_a_maori_union_name_is_the_registrys(registry):
    got = surfaces(registry, "Cleaners, members of E tū, won a raise.")
    assert got.get("E tū") == "organization/e-tu", got
    assert "E" not in got, got


def test_a_campaign_group_opening_a_sentence_is_the_registrys(registry):
    got = surfaces(registry, "Greenpeace’s boat was boarded off the atoll.")
    assert got.get("Greenpeace") == "organization/greenpeace", got


def test_an_acronym_of_a_longer_name_is_not_the_registry_bodys(registry):
    """The registry's "National Liberation Front" (Algeria's, named with its country) inside a
    longer name whose acronym it cannot spell: the acronym is the longer name's."""
    got = dict(found(registry, "Like the Algerian rebels before them, the Tallow and Socialist National "
                               "Liberation Front (FLNTS) wants independence. The FLNTS marched."))
    assert got.get("Tallow and Socialist National Liberation Front", "").startswith("organization/"), got
    assert got.get("FLNTS") == got.get("Tallow and Socialist National Liberation Front"), got


def test_a_gazetteer_country_before_another_lands_registry_party_is_its_own_party(registry):
    """"Lesotho" is the gazetteer's, not the registry's; the registry's "Labour Party" is
    Britain's: the page's party is Lesotho's, one new name."""
    got = surfaces(registry, "Voters backed the Lesotho Labour Party in the capital.")
    assert got.get("Lesotho Labour Party", "").startswith("organization/"), got
    assert got.get("Lesotho Labour Party") != "organization/labour-party", got
    assert "Labour Party" not in got, got


def test_the_new_zealand_party_by_its_letters_only_where_new_zealand_is_named(registry):
    got = surfaces(registry, "In New Zealand the bill came from ACT party leader Tom Dorrow.")
    assert got.get("ACT") == "organization/act-new-zealand", got
    got = surfaces(registry, "Teachers in the ACT walked out over pay.")
    assert got.get("ACT") != "organization/act-new-zealand", got

