"""Long names kept whole, names with numbers and abbreviations, and kinds a head word or an
opening article says: an agency or political current named by two words joined by "and", a
union's lettered local, a numbered road, a compass word before a numbered street, a state's
spaced abbreviation, firms named by their trade, passes and gaps, names opened by a Spanish
article, the carmaker's one-word name where cars are the subject, and a quoted sentence that is
no title. Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from nlp_support import found


# -- "and" inside one name ------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Officers of Customs and Border Protection stopped the bus.", "Customs and Border Protection"),
    ("Inspectors of Wage and Hour Enforcement visited the farm.", "Wage and Hour Enforcement"),
    ("Members of the Radical and Combative Current marched.", "Radical and Combative Current"),
])
def test_an_agency_or_current_named_by_two_joined_words_is_one_name(registry, sentence, name):
    assert found(registry, sentence) == [(name, "organization/" + name.lower().replace(" ", "-"))]


def test_places_joined_by_and_stay_two_names(registry):
    hits = found(registry, "Teachers from Ohio and Michigan marched.")
    assert [s for s, _k in hits] == ["Ohio", "Michigan"]


# -- numbers and abbreviations --------------------------------------------------------------
def test_a_lettered_local_after_a_union_joined_by_and_is_one_name(registry):
    name = "United Bread and Pastry Workers Local P-12"
    assert found(registry, f"Members of the {name} struck.") == [
        (name, "organization/united-bread-and-pastry-workers-local-p-12")]


@pytest.mark.parametrize("sentence,name", [
    ("Cars were stopped on Route 7 outside the town.", "Route 7"),
    ("Trucks blocked Highway 61 near the plant.", "Highway 61"),
    ("Miners at Shaft 4 walked out.", "Shaft 4"),
    ("The rally marched down North 14th Street to the plant.", "North 14th Street"),
])
def test_a_numbered_road_or_street_is_one_place(registry, sentence, name):
    assert found(registry, sentence) == [(name, "place/" + name.lower().replace(" ", "-"))]


def test_a_local_number_stays_an_organisation(registry):
    assert ("Local 44", "organization/local-44") in found(registry, "Members of Local 44 struck.")


def test_a_states_spaced_abbreviation_is_the_state(registry):
    hits = found(registry, "She was born in Kelton, W. Va., in 1921.")
    assert ("W. Va.", "place/west-virginia") in hits
    assert not any(s == "Va." for s, _k in hits)


# -- kinds ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name,key", [
    ("Dorrow Poultry fired 30 workers.", "Dorrow Poultry", "organization/dorrow-poultry"),
    ("Kelvane Stevedores fired 30 workers.", "Kelvane Stevedores", "organization/kelvane-stevedores"),
    ("Migrants crossed the Tessaro Gap on foot.", "Tessaro Gap", "place/tessaro-gap"),
    ("Migrants waited at El Mirador for days.", "El Mirador", "place/el-mirador"),
    ("Students joined the Kelvin Moratorium against the war.", "Kelvin Moratorium",
     "event/kelvin-moratorium"),
])
def test_a_head_word_or_an_opening_article_types_the_name(registry, sentence, name, key):
    assert (name, key) in found(registry, sentence)


@pytest.mark.parametrize("sentence", ["El Mirador is a shelter on the border.",
                                      "Workers read El Tiempo every day."])
def test_a_name_an_article_opens_is_no_persons(registry, sentence):
    hits = found(registry, sentence)
    assert len(hits) == 1 and not hits[0][1].startswith("person/")


def test_ford_alone_is_the_carmaker_where_cars_are_the_subject(registry):
    hits = found(registry, "Ford workers struck. The UAW local backed them.")
    assert ("Ford", "organization/ford-motor-company") in hits
    # elsewhere "Ford" is a person's name, or nothing the registry says
    assert found(registry, "Henry Ford hated unions.") == [("Henry Ford", "person/henry-ford")]
    assert not any(k == "organization/ford-motor-company"
                   for _s, k in found(registry, "The union struck Ford in 1998."))


# -- quotations -----------------------------------------------------------------------------
def test_a_quoted_sentence_after_a_work_noun_is_no_title(registry):
    assert found(registry, "Her pamphlet “The bosses never handed us anything we did not "
                           "fight for” sold well.") == []
    assert found(registry, "Her pamphlet “The Bosses Never Handed Us Anything” sold well.") == [
        ("The Bosses Never Handed Us Anything", "book/the-bosses-never-handed-us-anything")]
