"""Set R's kinds of names (issue 10; branch ent27): people a role or a government says, a person
called by a part of the full name, firms named like people or places, places named like bodies,
a school by a word of its name. Every sentence is made up for these tests in the shapes of the
paper's pages (strike reports from Japan, Kenya, Brazil and Turkey, farm letters, anniversaries);
no name of a held-out set is used. Bodies, towns and people are invented unless a registry row or
a gazetteer is being tested."""

from __future__ import annotations

import pytest

from tests.nlp_support import found, kinds_of, surfaces


# -- 1. people: a role before the name, a government of, a part of the full name ----------------
@pytest.mark.parametrize("sentence,name", [
    # given names no list holds: only the role says a person
    ("A striker, Tatsuro Tanaboro, was fired on Monday.", "Tatsuro Tanaboro"),
    ("One picketer, Wambui Tallamo, carried a sign.", "Wambui Tallamo"),
    ("The union’s president, Kiprono Dorrimoto, opposed the deal.", "Kiprono Dorrimoto"),
    ("We met a longtime miner, Chepkoech Dorrusoy.", "Chepkoech Dorrusoy"),
])
def test_a_role_in_apposition_before_a_name_makes_a_person(registry, sentence, name):
    assert surfaces(registry, sentence).get(name, "").startswith("person/")


def test_a_role_before_a_body_or_an_open_apposition_makes_no_person(registry):
    got = surfaces(registry, "Its owner, Kelvo Holdings, refused to bargain.")
    assert got.get("Kelvo Holdings", "").startswith("organization/"), got
    # the apposition does not close after the name: no role of the name's
    got = surfaces(registry, "The company fired a striker, Dorrow Tallis and Kelvo then struck.")
    assert not got.get("Dorrow Tallis", "").startswith("person/"), got


@pytest.mark.parametrize("sentence,name", [
    ("The new government of Hayate Ikemuro raised taxes.", "Hayate Ikemuro"),
    ("Protests brought down the cabinet of Yoshihide Dorrida in 1960.", "Yoshihide Dorrida"),
])
def test_a_government_of_a_name_is_its_head(registry, sentence, name):
    assert surfaces(registry, sentence).get(name, "").startswith("person/")


def test_a_government_of_a_country_or_a_place_stays_the_place(registry):
    got = surfaces(registry, "The government of South Korea raised taxes.")
    assert got.get("South Korea") == "country/south-korea", got
    got = surfaces(registry, "The government of Kelvo Province raised taxes.")
    assert not got.get("Kelvo Province", "").startswith("person/"), got


def test_a_word_inside_a_full_name_alone_is_that_person(registry):
    hits = found(registry, "Ana Beatriz Kelvo da Tessaro, a metalworker, spoke at the rally.",
                 "Kelvo, a former metalworker, led the strike in 1980.",
                 "Workers cheered Kelvo when she arrived.")
    full = dict(hits)["Ana Beatriz Kelvo da Tessaro"]
    assert full.startswith("person/"), hits
    assert [k for s, k in hits if s == "Kelvo"] == [full, full], hits


def test_an_inner_word_before_the_full_name_or_of_two_people_is_left_alone(registry):
    hits = found(registry, "Workers cheered Kelvo at the gate.",
                 "Ana Beatriz Kelvo da Tessaro, a metalworker, spoke at the rally.")
    assert dict(hits)["Kelvo"] != dict(hits)["Ana Beatriz Kelvo da Tessaro"], hits
    hits = found(registry, "Ana Kelvo Tessaro, a nurse, and Rosa Kelvo Dorrow, a cook, spoke.",
                 "Workers cheered Kelvo when she arrived.")
    assert not dict(hits).get("Kelvo", "").startswith("person/ana"), hits
    assert not dict(hits).get("Kelvo", "").startswith("person/rosa"), hits


def test_a_surname_with_its_particle_capitalised_by_position_is_that_person(registry):
    hits = found(registry, "Union president Marcos dos Tallares spoke too.",
                 "Dos Tallares led the march to the plant.")
    assert dict(hits)["Dos Tallares"] == dict(hits)["Marcos dos Tallares"], hits
    assert dict(hits)["Dos Tallares"].startswith("person/"), hits


# -- 2. firms named like people or places ------------------------------------------------------
def test_a_firm_named_for_its_founders_listed_with_a_firm_is_a_firm(registry):
    got = surfaces(registry, "Prices paid by ConAgra and Archer Dorrow Tallamy will fall.")
    assert got.get("ConAgra", "").startswith("organization/"), got
    assert got.get("Archer Dorrow Tallamy", "").startswith("organization/"), got


@pytest.mark.parametrize("sentence,name", [
    # a middle given name or an initial: a person's shape
    ("Prices paid by ConAgra and Mary Ann Dorrow will fall.", "Mary Ann Dorrow"),
    ("Prices paid by ConAgra and Jane F. Dorrow will fall.", "Jane F. Dorrow"),
    # two words: a person's shape too
    ("Prices paid by ConAgra and Jane Dorrow will fall.", "Jane Dorrow"),
])
def test_a_person_listed_with_a_firm_stays_a_person(registry, sentence, name):
    assert surfaces(registry, sentence).get(name, "").startswith("person/")


@pytest.mark.parametrize("sentence,name", [
    ("Kelmar AG said it would close the plant.", "Kelmar AG"),  # no person by the speech verb
    ("Dorvane SA said it would close the mill.", "Dorvane SA"),
    ("Kelvo Tallis NV said it would close the mill.", "Kelvo Tallis NV"),
    ("Shares of Dorrow Tallis plc fell.", "Dorrow Tallis plc"),
    ("Kelmar Holding owns the plant.", "Kelmar Holding"),
    ("She sewed shirts at the Lakemoor Sportswear shop.", "Lakemoor Sportswear"),
    ("Pickets gathered at the Dorrow Footwear shop.", "Dorrow Footwear"),  # no place by "at the"
])
def test_a_firms_legal_form_or_product_is_its_head(registry, sentence, name):
    assert surfaces(registry, sentence).get(name, "").startswith("organization/")


def test_a_lower_case_legal_form_joins_only_a_name(registry):
    assert surfaces(registry, "The plc sector is large.") == {}


def test_product_heads_inside_a_unions_name_and_two_firms(registry):
    got = surfaces(registry, "Members of the Amalgamated Clothing and Textile Workers Union struck.")
    assert list(got) == ["Amalgamated Clothing and Textile Workers Union"], got
    got = surfaces(registry, "Workers at Dorrow Fruit and Kelvo Plastics struck.")
    assert got.get("Dorrow Fruit", "").startswith("organization/"), got
    assert got.get("Kelvo Plastics", "").startswith("organization/"), got


@pytest.mark.parametrize("sentence,name", [
    ("Workers at the Swedish company Morgan Tallis struck on Monday.", "Morgan Tallis"),
    ("The Swedish company Morgan Tallis said it would close.", "Morgan Tallis"),
])
def test_a_firms_noun_with_its_trade_or_country_beats_a_given_name(registry, sentence, name):
    assert surfaces(registry, sentence).get(name, "").startswith("organization/")


def test_a_firms_noun_alone_before_a_given_name_leaves_the_person(registry):
    got = surfaces(registry, "The company Maria Ortiz founded is small.")
    assert got.get("Maria Ortiz", "").startswith("person/"), got
    # a body a person leads is no firm's noun
    got = surfaces(registry, "The striking union Maria Ortiz leads won.")
    assert got.get("Maria Ortiz", "").startswith("person/"), got


@pytest.mark.parametrize("sentence,name", [
    ("Tessaro, the world’s second-largest maker of tractors, laid off 4,000 workers.", "Tessaro"),
    # a weak place elsewhere ("at Tessaro") gives way to the apposition
    ("Pickets gathered at Tessaro. Tessaro, the world’s second-largest maker of tractors, hired scabs.",
     "Tessaro"),
    ("In Dorrow, Kelvane, Brazil’s biggest exporter of pulp, cut jobs.", "Kelvane"),
    ("Dorvani, a joint venture of Tallova and Kelmar Holding, hired workers.", "Dorvani"),
    ("Dorvani, a joint venture of Tallova and Kelmar Holding, hired workers.", "Tallova"),
])
def test_an_apposition_that_names_what_a_firm_makes_or_forms(registry, sentence, name):
    got = kinds_of(found(registry, sentence))
    assert got.get(name) == "organization", got


def test_a_persons_trade_in_apposition_makes_no_firm(registry):
    got = surfaces(registry, "Maria Ortiz, a sausage maker, said the line was too fast.")
    assert got.get("Maria Ortiz", "").startswith("person/"), got


@pytest.mark.parametrize("sentence,name", [
    ("Embravo, which competes with Dorrowjet of Sweden, laid off workers.", "Embravo"),
    ("Embravo, which competes with Dorrowjet of Sweden, laid off workers.", "Dorrowjet"),
    ("Layoffs at Embravo began. Embravo competes with Dorrowjet.", "Embravo"),
])
def test_firms_that_compete_are_firms(registry, sentence, name):
    got = kinds_of(found(registry, sentence))
    assert got.get(name) == "organization", got


def test_countries_and_people_that_compete_keep_their_kinds(registry):
    got = surfaces(registry, "Workers in Chile compete with Kelvin Dorrow for jobs.")
    assert got.get("Chile") == "country/chile", got
    assert not got.get("Kelvin Dorrow", "").startswith("organization/"), got


# -- 3. places named like bodies ---------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Thousands rallied at Camp Alliance by the gate.", "Camp Alliance"),
    ("Strikers set up Camp Justice by the gate.", "Camp Justice"),
])
def test_a_camp_is_a_place_whatever_word_follows(registry, sentence, name):
    assert surfaces(registry, sentence).get(name, "").startswith("place/")


def test_a_camp_with_a_bodys_name_of_three_words_is_the_body(registry):
    got = surfaces(registry, "Members of the Camp Fire Club met.")
    assert got.get("Camp Fire Club", "").startswith("organization/"), got


@pytest.mark.parametrize("sentence,name,kind", [
    ("Workers at the airport, known here as KJTA, struck.", "KJTA", "place"),
    ("Buses reached the main square, known locally as Kelvazo Dorrida.", "Kelvazo Dorrida", "place"),
    ("A striker known as Chino Tallamo spoke.", "Chino Tallamo", "person"),
    ("The union, known as Kelvowork, struck.", "Kelvowork", "organization"),
    ("They lived in a camp called Dorrovia.", "Dorrovia", "place"),
    ("They filled the square, named Kelvazo, by noon.", "Kelvazo", "place"),
])
def test_a_name_given_by_known_as_takes_the_nouns_kind(registry, sentence, name, kind):
    got = kinds_of(found(registry, sentence))
    assert got.get(name) == kind, got


def test_an_acronym_with_no_noun_before_known_as_stays_what_it_was(registry):
    got = surfaces(registry, "Workers at KJTA struck.")
    assert not got.get("KJTA", "").startswith("place/"), got
    # "called" as a verb of its own: no name given ("the camp called …" with no comma or "a")
    got = surfaces(registry, "The camp called Kiprono Tallamo back to work.")
    assert not got.get("Kiprono Tallamo", "").startswith("place/"), got


@pytest.mark.parametrize("sentence,name", [
    ("The company closed its Miikado mine in 1997.", "Miikado"),
    ("Dorvane’s Tallowby plant closed.", "Tallowby"),
    ("Workers at Kelvane said the firm’s Dorrimoto works would close.", "Dorrimoto"),
])
def test_an_owners_site_is_named_for_its_place(registry, sentence, name):
    assert surfaces(registry, sentence).get(name, "").startswith("place/")


def test_a_site_with_no_owner_before_it_is_left_to_the_employers_frame(registry):
    got = surfaces(registry, "Workers struck the Tallowby plant on Monday.")
    assert not got.get("Tallowby", "").startswith("place/"), got


def test_a_name_joined_to_a_known_city_after_a_preposition_is_a_place(registry):
    got = surfaces(registry, "The workers of Lisbon and Dorrig joined the strike.")
    assert got.get("Dorrig", "").startswith("place/"), got
    # no preposition opens the pair: nothing is said
    got = surfaces(registry, "Navajo and Lakota students marched.")
    assert not got.get("Navajo", "").startswith("place/"), got


def test_a_march_goes_to_a_place(registry):
    got = surfaces(registry, "Thousands marched to the Zocanda on Friday.")
    assert got.get("Zocanda", "").startswith("place/"), got


# -- 4. a school by a word of its name ---------------------------------------------------------
@pytest.mark.parametrize("later", [
    "Troops occupied the Polytechnic.",
    "Troops occupied the Kelvish Polytechnic.",
])
def test_a_school_by_a_word_of_its_name_is_the_school(registry, later):
    hits = found(registry, "Students at the Kelvo Polytechnic Institute struck.", later)
    full = dict(hits)["Kelvo Polytechnic Institute"]
    assert full.startswith("organization/"), hits
    assert [k for _s, k in hits].count(full) == 2, hits


def test_a_school_word_with_no_school_named_before_is_no_school(registry):
    hits = found(registry, "Troops occupied the Polytechnic.",
                 "Students at the Kelvo Polytechnic Institute struck.")
    assert dict(hits).get("Polytechnic") != dict(hits)["Kelvo Polytechnic Institute"], hits


def test_a_school_by_its_head_after_the_full_name(registry):
    hits = found(registry, "Students at Dorrow Community College struck.", "Police entered the College.")
    assert dict(hits).get("College") == dict(hits)["Dorrow Community College"], hits
    # two colleges: "the College" is left alone
    hits = found(registry, "Students at Dorrow Community College and Kelvo College struck.",
                 "Police entered the College.")
    assert "College" not in dict(hits), hits
