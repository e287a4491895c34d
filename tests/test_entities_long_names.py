"""Long names and their kinds on sentences written for them (issue 10 §3, set E's kinds of
misses): names cut at "of", "and" or a lower-case word in another language, a registry body
opening another body's name, candidates, firms and units named by their head word, prisons,
places listed after a locative word, court cases, laws and a registry person's surname after
"Jr.". Each rule where it must fire and where it must not."""

from __future__ import annotations

import pytest

from kg.nlp.entities.mentions import annotate
from kg.nlp.entities.registry.registry import Registry
from kg.reader import parse_article


def found(registry: Registry, paragraph: str, date: str = "August 15, 2016") -> set[tuple[str, str]]:
    parts = ["The Militant (logo)", f"   Vol. 80/No. 31           {date}", "", "",
             "A test article about long names", "(news article)", "", "BY MARY MARTIN", "",
             paragraph, ""]
    d = parse_article("\n".join(parts) + "\n", "<test>")
    annotate(d, registry)
    body = d.paragraphs[0].span.begin
    return {(m.span.of(d.text), m.entity) for m in d.annotations.mentions if m.span.begin >= body}


def kinds(registry: Registry, paragraph: str, date: str = "August 15, 2016") -> set[tuple[str, str]]:
    return {(s, k.split("/")[0]) for s, k in found(registry, paragraph, date)}


def surfaces(registry: Registry, paragraph: str) -> set[str]:
    return {s for s, _k in found(registry, paragraph)}


# -- "of" after a bloc's head, "and" in a "for" part ------------------------------------------
def test_a_bloc_of_states_is_one_organisation(registry):
    got = kinds(registry, "Troops acting for the Economic Community of Kelvish States crossed the border.")
    assert ("Economic Community of Kelvish States", "organization") in got
    assert not {s for s, _k in got} & {"Economic Community", "Kelvish States"}
    got = kinds(registry, "Delegates of the Caribbean Community met in Lima.")
    assert ("Caribbean Community", "organization") in got


@pytest.mark.parametrize("sentence,name", [
    ("The ruling Movement for Justice and Development still holds a majority.",
     "Movement for Justice and Development"),
    ("Jammeh’s party, the Alliance for Patriotic Renewal and Construction, lost.",
     "Alliance for Patriotic Renewal and Construction"),
    ("Members of the Coalition for Peace and Democracy marched.", "Coalition for Peace and Democracy"),
])
def test_the_fields_of_a_purpose_joined_by_and_stay_in_the_name(registry, sentence, name):
    got = kinds(registry, sentence)
    assert (name, "organization") in got
    assert len([s for s, _k in got if s in name]) == 1


def test_a_name_after_a_purpose_and_and_is_another_name(registry):
    got = surfaces(registry, "The Committee for Peace and Maria Ortiz spoke at the rally.")
    assert {"Committee for Peace", "Maria Ortiz"} <= got
    # a capitalised word glued after the last field: the list names something longer
    got = surfaces(registry, "The Movement for Justice and Development Bank was founded.")
    assert "Movement for Justice and Development" not in got


# -- a name in another language before its acronym ------------------------------------------
@pytest.mark.parametrize("sentence,name,acronym", [
    ("Members of the Fédération des travailleurs du Kelvin (FTK) rallied.",
     "Fédération des travailleurs du Kelvin", "FTK"),
    ("Hotel workers of the Confédération des syndicats dorrois (CSD) rallied outside.",
     "Confédération des syndicats dorrois", "CSD"),
    ("The Central Única dos Trabalhadores (CUT) called a strike.", "Central Única dos Trabalhadores", "CUT"),
])
def test_a_foreign_name_runs_to_its_acronym(registry, sentence, name, acronym):
    got = found(registry, sentence)
    keys = {k for s, k in got if s == name}
    assert len(keys) == 1 and next(iter(keys)).startswith("organization/")
    assert (acronym, next(iter(keys))) in got  # the acronym is a mention of the same name
    assert not any(s != name and s in name for s, _k in got)  # no piece ("Confédération")


def test_an_english_lower_case_noun_before_an_acronym_is_no_part_of_a_name(registry):
    got = surfaces(registry, "Members of the Kelvin union (KU) met on Monday.")
    assert "Kelvin union" not in got


# -- a registry body glued after another word ---------------------------------------------
def test_another_body_of_a_registry_party_name_is_a_new_name(registry):
    got = found(registry, "Musa Kelby, a youth organizer of the United Democratic Party, was jailed.")
    assert ("United Democratic Party", "organization/united-democratic-party") in got
    assert not any(k == "organization/democratic-party" for _s, k in got)
    # a place before it, a sentence opening with it, the party alone: as before
    got = found(registry, "The Iowa Democratic Party met. The Democratic Party lost.")
    assert ("Democratic Party", "organization/democratic-party") in got
    got = found(registry, "Leaders of the Democratic Party met in Ohio.")
    assert ("Democratic Party", "organization/democratic-party") in got


# -- candidates, firms, units, prisons --------------------------------------------------------
def test_a_candidate_for_an_office_is_a_person(registry):
    got = kinds(registry, "The Socialist Workers Party campaign of Dana Kelvo for president and "
                          "Tarrin Quell for vice president is on the ballot. Quell joined picket lines.")
    assert {("Dana Kelvo", "person"), ("Tarrin Quell", "person"), ("Quell", "person")} <= got


@pytest.mark.parametrize("sentence,name,kind", [
    ("Farmworkers from Kelmont Farms joined the march.", "Kelmont Farms", "organization"),
    ("Mary Ortiz, who drove for Castor Fleet Systems, said the bosses lie.", "Castor Fleet Systems",
     "organization"),
    ("Dozens more were thrown into Kelvin Ridge prison.", "Kelvin Ridge", "place"),
    ("Plants run by KVX took part.", "KVX", "organization"),
])
def test_a_head_word_or_a_noun_after_types_the_name(registry, sentence, name, kind):
    assert (name, kind) in kinds(registry, sentence)


def test_a_unit_named_for_a_person_is_an_organisation_and_the_person_stays_one(registry):
    got = kinds(registry, "The first all-woman unit was the Ana Beltrán Platoon, named after Ana Beltrán.")
    assert {("Ana Beltrán Platoon", "organization"), ("Ana Beltrán", "person")} <= got


def test_a_day_abbreviation_without_its_stop_opens_a_firms_name(registry):
    got = kinds(registry, "Farmworkers from Kelmont Farms and Sun World, both growers, joined the march.")
    assert {("Kelmont Farms", "organization"), ("Sun World", "organization")} <= got
    assert "World" not in {s for s, _k in got}


# -- places listed after a locative word ----------------------------------------------------
def test_names_listed_after_a_place_that_a_locative_word_opens_are_places(registry):
    got = kinds(registry, "Walkouts began at Dorrow, Feyzel and La Brève, and spread to fuel depots.")
    assert {("Dorrow", "place"), ("Feyzel", "place"), ("La Brève", "place")} <= got


def test_a_list_without_a_locative_word_says_no_place(registry):
    got = kinds(registry, "Kelvane, Feyzel and Dorrow Foods signed the contract.")
    assert ("Feyzel", "place") not in got


# -- court cases, laws ----------------------------------------------------------------------
def test_a_court_case_is_one_name(registry):
    got = kinds(registry, "Two years after the settlement of Dorrow v. Kelvane, farmers have not been paid.")
    assert ("Dorrow v. Kelvane", "event") in got
    assert not {s for s, _k in got} & {"Dorrow", "Kelvane"}


def test_laws_are_works(registry):
    got = found(registry, "Both voted for the USA PATRIOT Act. The Taft-Hartley Act was passed in 1947. "
                          "The Kelvin Labor Act followed.")
    assert ("USA PATRIOT Act", "work/usa-patriot-act") in got
    assert ("Taft-Hartley Act", "work/taft-hartley-act") in got
    assert ("Kelvin Labor Act", "work/kelvin-labor-act") in got
    assert not any(s in ("USA", "PATRIOT Act") for s, _k in got)


def test_a_registry_person_s_surname_skips_jr(registry):
    got = found(registry, "Rev. Martin Luther King Jr. was convicted last week. King was fined $500.",
                "March 26, 1956")
    assert ("King", "person/martin-luther-king-jr") in got
    assert not any(s == "Jr." for s, _k in got)


def test_a_news_network_of_the_registry(registry):
    got = found(registry, "They read it in the New York Times or saw it on CNN.")
    assert ("CNN", "organization/cnn") in got


# -- a seat, a region of a registry country, hyphenated firms, lists of organisations -------
def test_a_seat_in_parliament_is_one_place(registry):
    got = kinds(registry, "After Tom Kelby, the member of Parliament for Dorrow and South Kelvin, resigned, "
                          "the strikers backed a candidate. Ana Ruiz, MP for Tallow West, spoke.",
                "March 27, 2006")
    assert {("Dorrow and South Kelvin", "place"), ("Tallow West", "place")} <= got
    assert not {s for s, _k in got} & {"Parliament for Dorrow", "South Kelvin", "Parliament"}


def test_northern_ireland_is_no_mention_of_ireland(registry):
    got = found(registry, "BELFAST, Northern Ireland—Thousands marched. Ireland was partitioned in 1921.",
                "March 27, 2006")
    assert ("Northern Ireland", "place/northern-ireland") in got
    assert [s for s, k in got if k == "country/ireland"] == ["Ireland"]


def test_a_firm_joined_to_a_registry_firm_by_a_hyphen_is_one_name(registry):
    got = found(registry, "At the two refineries of Esso-ExxonMobil, workers struck for a week.")
    assert got == {("Esso-ExxonMobil", "organization/esso-exxonmobil")}
    # two registry parties joined by a hyphen, two places: each its own
    got = found(registry, "Workers crossed the U.S.-Mexico border.")
    assert {("U.S.", "country/united-states"), ("Mexico", "country/mexico")} <= got


def test_a_list_of_organisations_runs_on_over_untyped_names(registry):
    got = kinds(registry, "In France the CGT, Force Ouvrière, Solidaires and the FSU teachers’ union "
                          "marched together against the pension law.", "March 27, 2022")
    assert {("CGT", "organization"), ("Force Ouvrière", "organization"),
            ("Solidaires", "organization")} <= got


def test_cgt_alone_needs_france(registry):
    assert ("CGT", "organization/cgt-france") in found(registry, "The CGT struck in Paris.")
    got = found(registry, "The CGT struck in Buenos Aires.")
    assert not any(k == "organization/cgt-france" for _s, k in got)


def test_a_free_press_is_a_daily(registry):
    got = kinds(registry, "Strikers from the Kelvin Free Press joined. Pathfinder Press published it.")
    assert {("Kelvin Free Press", "periodical"), ("Pathfinder Press", "organization")} <= got


def test_the_white_house_is_the_us_executive(registry):
    got = found(registry, "Tom Homan, the White House border czar, spoke.", "March 17, 2025")
    assert ("White House", "organization/white-house") in got


# -- titles: a review's header without a city, a publisher's possessive --------------------
def test_a_review_header_with_publisher_and_year_names_its_book(registry):
    got = kinds(registry, "Kelvin Nights: Tarra Quell and the Women’s Brigade in Kelvia’s Civil War 1936-39 "
                          "by Tarra Quell. Pathfinder, 2003. 98 pages. $10.", "May 25, 2009")
    title = "Kelvin Nights: Tarra Quell and the Women’s Brigade in Kelvia’s Civil War 1936-39"
    assert (title, "book") in got and ("Tarra Quell", "person") in got
    assert not {s for s, _k in got} & {"Civil War", "Women’s Brigade", "Kelvia"}


def test_a_publishers_possessive_is_no_part_of_the_title(registry):
    got = kinds(registry, "Read it together with Pathfinder’s Harvest of Steel: Voices from the "
                          "Mills by Ana Kelby.")
    assert ("Harvest of Steel: Voices from the Mills", "work") in got
    assert ("Pathfinder", "organization") in got


def test_a_countrys_adjective_by_its_spelling_names_nothing(registry):
    got = found(registry, "Protesters rallied at the Gambian embassy. Gambians abroad joined. "
                          "The Gambia is small. The Nigerian Labour Congress called a strike.",
                "March 27, 2017")
    assert {s for s, _k in got} == {"Gambia", "Nigerian Labour Congress"}


def test_a_first_name_alone_that_only_the_gazetteer_types_is_the_person(registry):
    got = found(registry, "Chino Ramírez, 52, drove a truck for years. Men like Chino kept the strike going.")
    assert ("Chino", "person/chino-ramirez") in got
    # a locative word before it: the town
    got = found(registry, "Chino Ramírez, 52, drove a truck. The drivers met in Chino.")
    assert ("Chino", "city/chino") in got
