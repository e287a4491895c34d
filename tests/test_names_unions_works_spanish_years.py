"""Name boundaries and types of set L's kinds (issue 10; branch ent19): "and" inside a union's
name, two people or an author and a book after "by", a possessive inside a book's title,
Spanish firms and family names, a year or an infinitive inside a name, events named for a
season. Every sentence is made up for these tests in the shapes of the paper's pages (reports
on unions abroad, book notices, reports from Venezuela, anniversaries); no name of a held-out
set is used."""

from __future__ import annotations

import pytest
from nlp_support import found, surfaces


# -- "and" inside a union's or an association's name ------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    # an industry's product head ("Petroleum") in the "of" part is what the union organises
    ("Members of the National Union of Petroleum and Kelvian Gas Workers struck Monday.",
     "National Union of Petroleum and Kelvian Gas Workers"),
    ("The National Union of Steel and Metal Products Workers called a rally.",
     "National Union of Steel and Metal Products Workers"),
    # a union's head before its "of" part, an industry pair before it
    ("The Cement and Building Materials Senior Staff Association of Kelvia joined them.",
     "Cement and Building Materials Senior Staff Association of Kelvia"),
    ("He joined the Textile, Garment and Tailoring Workers Union of Dorrovia last year.",
     "Textile, Garment and Tailoring Workers Union of Dorrovia"),
])
def test_and_inside_a_unions_name_between_two_capitalised_runs(registry, sentence, name):
    got = surfaces(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert len(got) == 1, got  # no piece of it stands alone


def test_a_body_of_a_place_and_a_union_of_another_stay_two(registry):
    got = surfaces(registry, "They met the Bank of Kelvia and Steel Workers Union of Dorrovia.")
    assert "Bank of Kelvia" in got and "Steel Workers Union of Dorrovia" in got, got


# -- people and books after "by" --------------------------------------------------------------
def test_two_people_after_by_are_no_works_title(registry):
    got = surfaces(registry, "Read Rota Kelvia: Doctors Abroad, edited by Mary-Jane Dorrow and "
                             "Martín Kelvane, published by Pathfinder.")
    assert got.get("Mary-Jane Dorrow") == "person/mary-jane-dorrow", got
    assert got.get("Martín Kelvane") == "person/martin-kelvane", got
    assert not any(" and " in s for s in got), got


def test_an_author_and_a_book_after_by_are_a_person_and_a_work(registry):
    got = surfaces(registry, "Workers bought Labor’s Long March by Art Dorrow and Brindle Rebellion "
                             "by Farrell Tessaro.")
    assert got.get("Labor’s Long March", "").startswith("work/"), got  # the possessive inside
    assert got.get("Art Dorrow") == "person/art-dorrow", got  # a common word as a given name
    assert got.get("Brindle Rebellion", "").startswith("work/"), got
    assert "Long March" not in got, got


def test_a_common_given_name_before_a_place_head_after_by_is_no_author(registry):
    got = surfaces(registry, "They marched to Kelvin Square by Grant Park and stopped.")
    assert not got.get("Grant Park", "").startswith("person/"), got
    assert not any(v.startswith("work/") for v in got.values()), got


@pytest.mark.parametrize("word,given", [
    ("Mary-Jane", True), ("Anne-Claire", True), ("Mary-Kelvane", False), ("Al-Dorrow", False),
])
def test_a_double_given_name_joined_by_a_hyphen(word, given):
    from kg.nlp.entities.cues.gazetteer import gazetteer
    assert gazetteer().is_given_name(word) is given


# -- Spanish names ------------------------------------------------------------------------------
def test_a_spanish_firm_named_for_its_country_and_its_acronym(registry):
    got = found(registry, "Workers at Petróleos de Honduras (PEHSA) struck Monday. PEHSA said no.")
    assert ("Petróleos de Honduras", "organization/petroleos-de-honduras") in got, got
    assert [e for s, e in got if s == "PEHSA"] == ["organization/petroleos-de-honduras"] * 2, got
    assert "Honduras" not in dict(got) and "Petróleos" not in dict(got), got


def test_a_person_with_two_family_names_and_the_first_alone_later(registry):
    got = found(registry, "The opposition backed Edmundo Gómez Tessaro in the election. Gómez was "
                          "in exile. Later, said Gómez, the vote was stolen.")
    assert ("Edmundo Gómez Tessaro", "person/edmundo-gomez-tessaro") in got, got
    assert [e for s, e in got if s == "Gómez"] == ["person/edmundo-gomez-tessaro"] * 2, got


def test_a_three_word_name_whose_middle_is_a_given_name_is_not_read_so(registry):
    from kg.nlp.entities.cues.commonwords import common_words
    from kg.nlp.entities.cues.gazetteer import gazetteer
    from kg.nlp.entities.kinds.familynames import first_family_name
    g, c = gazetteer().is_given_name, common_words().common
    assert first_family_name("John Paul Dorrow", g, c) is None
    assert first_family_name("Kelvin Rising Dorrow", g, c) is None  # a common word
    assert first_family_name("Ramiro Gómez Urrieta", g, c) == "Gómez"


# -- a year or an infinitive inside a name ------------------------------------------------------
def test_a_year_inside_a_campaigns_name(registry):
    got = surfaces(registry, "Volunteers for the Kelvin Workers 2017 Campaign petitioned Saturday.")
    assert got.get("Kelvin Workers 2017 Campaign") == "organization/kelvin-workers-2017-campaign", got
    assert "Kelvin Workers" not in got and "Campaign" not in got, got


def test_a_year_before_a_lower_case_word_joins_nothing(registry):
    got = surfaces(registry, "Kelvin Workers 2017 campaign events drew crowds.")
    assert not any("2017" in s for s in got), got


@pytest.mark.parametrize("sentence,name", [
    ("The Kelvia Commission to Study the Brindle Riot of 1921 reported in 2001.",
     "Kelvia Commission to Study the Brindle Riot of 1921"),
    ("Lawmakers set up a Task Force to Review Kelvin Police Shootings.",
     "Task Force to Review Kelvin Police Shootings"),
])
def test_an_inquirys_purpose_after_to_is_its_names(registry, sentence, name):
    got = surfaces(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert len(got) == 1, got


# -- events named for a season --------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name,kind", [
    ("Lynchings rose during the Red Summer of 1919 across the country.", "Red Summer", "event"),
    ("The Kelvian Spring toppled the regime.", "Kelvian Spring", "event"),
    ("Fans heard Donna Summer sing.", "Donna Summer", "person"),
    ("They live in Silver Spring now.", "Silver Spring", "city"),
])
def test_an_event_named_for_a_season(registry, sentence, name, kind):
    got = surfaces(registry, sentence)
    assert got.get(name, "").startswith(kind + "/"), got


# -- a report's title with a colon after the name -------------------------------------------------
@pytest.mark.parametrize("sentence,title", [
    ("The state issued Brindle Riot: A Report by the Kelvia Commission in 2001.",
     "Brindle Riot: A Report by the Kelvia Commission"),
    ("The state issued its report, Brindle Riot: A Report by the Kelvia Commission, in 2001.",
     "Brindle Riot: A Report by the Kelvia Commission"),
])
def test_a_reports_subtitle_after_a_colon_is_its_titles(registry, sentence, title):
    got = surfaces(registry, sentence)
    assert got.get(title, "").startswith("work/"), got
    assert "Brindle Riot" not in got and "Kelvia Commission" not in got, got


def test_a_colon_before_a_lower_case_subtitle_or_at_a_sentences_start_makes_no_title(registry):
    got = surfaces(registry, "The Brindle Riot: A Report on the violence was read.")
    assert got.get("Brindle Riot", "").startswith("event/"), got
