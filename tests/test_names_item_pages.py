"""Names on pages made of items (forum listings, calendars, book lists, short reports): the
shapes set BX's pass read (branch ent111). Invented sentences only, other names.

- the American Federation of Labor is a registry body: a union "of" it is two names;
- a volunteers' brigade counted by its ordinal is named without it
  (kg.nlp.entities.spans.contingents); an army's unit keeps its number;
- a suite's or a flat's code after an address is no name (kg.nlp.entities.spans.suites);
- a country before a plural common noun in a Title Case title is the country alone
  (kg.nlp.entities.spans.titlecountries);
- a title after "edition of" is one work, over a country's dotted initials inside it;
- a church right before its street address is the building (kg.nlp.entities.kinds.addressedchurches);
  a park's "Fieldhouse" is a place's head;
- a land after "colony of" is a place though ", who" follows (kg.nlp.entities.kinds.colonies);
  a place after "miners of" is one;
- a body right before "activist" is an organisation, a known town stays a place
  (kg.nlp.entities.kinds.activistbodies);
- the owners after "controlled by" and the firm before "is controlled by" are organisations
  (kg.nlp.entities.kinds.ownerfirms);
- a name that is the whole of a "by" line under a book's title is its author
  (kg.nlp.entities.kinds.authorlines);
- a house number with "1/2" typed out or a unit before it is one address;
- a dated body after a listing's field label ("Sponsor:") is one name (datednames).
"""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, surfaces


# -- 1. a union "of" a registry federation -------------------------------------------------------
def test_union_of_the_american_federation_of_labor_is_two_bodies(registry):
    got = surfaces(registry, "Israel sent arms. In 1931 the leaders of the United Bakers of the "
                             "American Federation of Labor called off the walkout in Dorrow.")
    check_names(got, {"United Bakers": "organization",
                      "American Federation of Labor": "organization/american-federation-of-labor",
                      "Labor": None, "United Bakers of the American Federation": None})


# -- 2. a brigade counted by its trips -----------------------------------------------------------
@pytest.mark.parametrize("sentence, name, whole", [
    ("Hear a report from the 31st Tessaroz Brigade after its month on the farms.",
     "Tessaroz Brigade", "31st Tessaroz Brigade"),
    ("Members of the 7th Dorrowna Brigade spoke at the hall on Friday.",
     "Dorrowna Brigade", "7th Dorrowna Brigade"),
])
def test_a_volunteers_brigade_is_named_without_its_ordinal(registry, sentence, name, whole):
    check_names(surfaces(registry, sentence), {name: "organization", whole: None})


@pytest.mark.parametrize("name", ["82nd Airborne Division", "15th International Brigade",
                                  "3rd Infantry Division", "4th Tessaroz Expeditionary Brigade",
                                  "5th Dorrowna Division"])
def test_an_army_unit_keeps_its_ordinal(registry, name):
    got = surfaces(registry, f"Soldiers of the {name} were sent to Kelvia last spring.")
    check_names(got, {name: "organization"})


# -- 3. a suite's code ---------------------------------------------------------------------------
@pytest.mark.parametrize("suite", ["Suite K-12A", "Suite B", "Apt. 4C"])
def test_a_suite_after_an_address_is_no_name(registry, suite):
    got = surfaces(registry, f"Sat., March 3, 6 p.m. 2210 N. Dorrow Ave., {suite}. "
                             "Tel.: (555) 555-0199.")
    check_names(got, {"2210 N. Dorrow Ave.": "place", suite: None, suite.split(".")[0]: None})


@pytest.mark.parametrize("street", ["2210 N. Dorrow Ave. NE", "2210 N. Dorrow Ave."])
def test_a_unit_right_after_an_address_is_no_name(registry, street):
    """"Unit" names a building's unit only right after an address and its comma (a calendar's
    address on today's site); elsewhere it may open a body's name, left to the runs."""
    for text in (f"Speaker: Ana Ruiz. {street}, Unit B. Tel: (555) 555-0199.",
                 f"Speaker: Ana Ruiz\n{street}, Unit B\nTel: (555) 555-0199\nDonation: $5"):
        got = surfaces(registry, text)
        assert street in got
        assert not any(s.startswith("Unit") for s in got)


def test_a_room_before_a_word_is_left_to_the_runs(registry):
    got = surfaces(registry, "The troupe staged Room Without Walls at the Kelvo Auditorium.")
    check_names(got, {"Kelvo Auditorium": "place"})


# -- 4. a country before a title's plural noun ---------------------------------------------------
def test_country_before_a_plural_noun_in_a_listing_title_is_the_country(registry):
    got = surfaces(registry, "Free the Dorrow Three! Nine Years in U.S. Jails. Speaker: Ana "
                             "Kelvane, Kelvo Party. Sat., May 4, 7 p.m. 410 W. 9th St.")
    check_names(got, {"U.S.": "country/united-states", "U.S. Jails": None})


def test_a_registry_firm_named_for_its_country_stays_whole(registry):
    got = surfaces(registry, "Strike at U.S. Steel Ends With a Contract for All. Speaker: Ana Kelvane.")
    check_names(got, {"U.S. Steel": "organization", "U.S.": None})


# -- 5. a title after "edition of" ---------------------------------------------------------------
def test_a_title_after_edition_of_runs_over_dotted_initials(registry):
    name = "The Long Shape of U.S. Docks: Harbor Politics and the Farm Unions"
    got = surfaces(registry, f"The French edition of {name}. On building a party of dockers.")
    check_names(got, {name: "book", "U.S. Docks": None, "Harbor Politics": None, "Farm Unions": None})


# -- 6. a church before its address, a fieldhouse ------------------------------------------------
@pytest.mark.parametrize("church", ["Tallowbrook Church", "Unitarian Church of the Hills"])
def test_a_church_before_its_street_address_is_a_place(registry, church):
    got = surfaces(registry, f"Fri., June 7, 7 p.m. {church}, 1450 Dorrow Blvd., Kelvin. "
                             "Donation: $5.")
    check_names(got, {church: "place"})


def test_a_denomination_with_no_address_stays_a_body(registry):
    got = surfaces(registry, "The Catholic Church, 40 bishops said, opposed the bill in Dorrow.")
    check_names(got, {"Catholic Church": "organization"})


def test_a_park_fieldhouse_is_a_place(registry):
    got = surfaces(registry, "The meeting moved to the Tallow Park Fieldhouse on Sunday.")
    check_names(got, {"Tallow Park Fieldhouse": "place"})


# -- 7. a colony's land, a mining place ----------------------------------------------------------
def test_a_land_after_colony_of_is_a_place_before_who(registry):
    got = surfaces(registry, "He led the revolution in the former Dorrish colony of Kelvo Alta, "
                             "who rose against the plunder of their land.")
    check_names(got, {"Kelvo Alta": "place"})


def test_a_place_after_miners_of_is_a_place(registry):
    got = surfaces(registry, "The book tells of the copper miners of Dorro XX in the 1950s.")
    check_names(got, {"Dorro XX": "place"})


# -- 8. a body before "activist" -----------------------------------------------------------------
def test_a_body_before_activist_is_an_organisation(registry):
    got = surfaces(registry, "Speakers: Jean Dorr, Kelvo Lavo activist; Ana Ruiz, Dorrow Now activists.")
    check_names(got, {"Kelvo Lavo": "organization", "Jean Dorr": "person"})


def test_a_town_before_activist_stays_a_place(registry):
    got = surfaces(registry, "She is a Portland activist who works nights.")
    check_names(got, {"Portland": "city"})


# -- 8b. owners and the firm owned ---------------------------------------------------------------
def test_owners_after_controlled_by_and_the_firm_owned_are_organisations(registry):
    got = surfaces(registry, "Tessaro Kelvane is controlled by Dorrow Partners and Ana Ruiz’s "
                             "Tallow Hathaway, which bought it in 2015.")
    check_names(got, {"Tessaro Kelvane": "organization", "Tallow Hathaway": "organization",
                      "Ana Ruiz": "person"})


def test_a_person_after_owned_by_stays_a_person(registry):
    got = surfaces(registry, "The paper is owned by Maria Dorrowitz and her brother.")
    check_names(got, {"Maria Dorrowitz": "person"})


# -- 8c. an author's line ------------------------------------------------------------------------
def test_a_by_line_under_a_title_is_its_author(registry):
    got = dict(found(registry, "Dock Giants: The First Years of the Union\nby Art Dorrowitz\n"
                               "How the dockers of Kelvo organized the port."))
    check_names(got, {"Art Dorrowitz": "person"})


def test_a_publisher_on_a_by_line_stays_a_body(registry):
    got = dict(found(registry, "Kelvo Nights\nby Tallow Press Books\nA story of the docks."))
    check_names(got, {"Tallow Press Books": "organization"})


# -- 9. addresses with a half or a unit ----------------------------------------------------------
@pytest.mark.parametrize("address", ["2417 1/2 W. Kelvin St.", "4/210 Dorrow Road"])
def test_an_address_with_a_half_or_a_unit_is_one_place(registry, address):
    got = surfaces(registry, f"Sun., April 6, 3 p.m. {address}. Tel.: (555) 555-0123.")
    check_names(got, {address: "place"})


# -- 10. a dated body after a field label --------------------------------------------------------
def test_a_dated_body_after_a_sponsor_label_is_one_name(registry):
    got = surfaces(registry, "Donation: $5. Sponsor: March 9 Coalition. Tel.: (555) 555-0144.")
    check_names(got, {"March 9 Coalition": "organization", "Coalition": None})
