"""The kinds held-out set AX (print, 2003–2014) showed read wrong, in made-up pages and sentences
in the paper's shapes: a listing of forums set straight under its head, each title wrapped over
two lines, speakers over two lines (kg.reader.header, kg.reader.items); a letter signed by a
name with a hyphened particle (kg.reader.items.is_signer); a known town after "in" in a title
set in Title Case (kg.nlp.entities.spans.titleplaces); a mine's section by its direction
(kg.nlp.entities.spans.minesections); a registry firm with its legal form
(kg.nlp.entities.spans.registryforms); a Montreal street with a hyphened saint
(kg.nlp.entities.spans.addresses). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

from kg.nlp.entities.spans.addresses import find_addresses
from kg.reader import parse_article

# A forum listing set straight under its head, no blank line between (2014 print). Every name,
# title and number is made up.
LISTING = """The Militant (logo)

Vol. 77/No. 9      March 4, 2013

Militant Labor Forums
OREGON
Portland
Dockers Against the Lockout:
What the Port Fight Teaches Workers
Speaker: Hilde Marrow-Quist, Socialist Workers Party
Fri., March 8, 7:30 p.m.
2215 Halsey Ave., Suite 4
Tel.: (503) 555-0111

Why Farmers and Workers Need
an Alliance Against the Banks
Speakers: Teodor Brannick, member of ILWU Local 88;
Carla Wend, Socialist Workers Party
Sat., March 9, 6:30 p.m., a meal before the talk
2215 Halsey Ave., Suite 4
Tel.: (503) 555-0111

ONTARIO
Hamilton
The Steel Lockout and the Road Ahead
Speaker: Lise Armand, Communist League
Fri., March 8, 7:30 p.m.
812 Kelvin St. East
Tel.: (905) 555-0123
"""


def _listing():
    return parse_article(LISTING, "listing.txt")


def test_a_listing_set_straight_under_its_head_has_no_deck():
    d = _listing()
    assert d.page_kind == "events" and d.headline.value == "Militant Labor Forums"
    assert d.deck is None
    assert len(d.items) == 3


def test_a_title_wrapped_over_two_lines_under_its_city_is_one_title():
    d = _listing()
    first = d.items[0]
    assert first.title.value == ("Dockers Against the Lockout: What the Port Fight Teaches "
                                 "Workers")
    assert first.title.span.of(d.text) == ("Dockers Against the Lockout:\nWhat the Port Fight "
                                           "Teaches Workers")
    assert (first.date.value, first.place.value) == ("2013-03-08", "Portland")
    assert "Dockers" not in d.items[1].span.of(d.text)


def test_a_second_event_in_the_city_and_speakers_over_two_lines():
    d = _listing()
    second = d.items[1]
    # the title's two lines under a blank line after the last event; the speakers' second
    # line, under a line closed by ";", is no title
    assert second.title.value == "Why Farmers and Workers Need an Alliance Against the Banks"
    assert (second.date.value, second.place.value) == ("2013-03-09", "Portland")
    assert "Carla Wend" in second.span.of(d.text)
    third = d.items[2]
    assert (third.title.value, third.date.value, third.place.value) == (
        "The Steel Lockout and the Road Ahead", "2013-03-08", "Hamilton")


def test_a_title_line_under_the_last_events_lines_keeps_its_one_line():
    # no city and no blank line over it: the line above is the last event's, not the title's
    text = LISTING.replace("Tel.: (503) 555-0111\n\nWhy", "Tel.: (503) 555-0111\nWhy")
    d = parse_article(text, "listing.txt")
    assert d.items[1].title.value == "an Alliance Against the Banks"


def test_a_listing_with_a_blank_line_under_its_head_reads_as_before():
    text = LISTING.replace("Militant Labor Forums\nOREGON", "Militant Labor Forums\n\nOREGON")
    d = parse_article(text, "listing.txt")
    assert d.deck is None and [i.place.value for i in d.items] == ["Portland", "Portland",
                                                                    "Hamilton"]


def test_a_letter_signed_by_a_name_with_a_hyphened_particle():
    text = ("The Militant (logo)\n   Vol. 76/No. 20           May 21, 2012\n\nLetters\n\n"
            "Bakers at the union hall\n"
            "The bakers at our plant read every issue of the paper and pass it around.\n\n"
            "Omar al-Kelvi\nDearborn, Michigan\n\n"
            "Rent strike\n"
            "Tenants in our building held out for six weeks and won the repairs.\n\n"
            "Jo Tarrant\nBy e-mail\n")
    d = parse_article(text, "letters.txt")
    assert [a.name for a in d.items[0].authors] == ["Omar al-Kelvi"]
    assert [a.name for a in d.items[1].authors] == ["Jo Tarrant"]


def _head_names(registry, headline: str) -> dict[str, str]:
    """Surface → entity key of the mentions in the headline of a one-paragraph article."""
    from nlp_support import names_article

    from kg.nlp.entities.mentions import annotate

    d = names_article("Workers met on Monday.", headline=headline)
    annotate(d, registry)
    head = d.headline.span
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions
            if head.begin <= m.span.begin < head.end}


@pytest.mark.parametrize(("headline", "want"), [
    # a town the gazetteer knows, after "in" in a Title Case headline
    ("Packers Win a Union at Delmar Meats in Ottumwa", {"Ottumwa": "city", "Delmar Meats": None}),
    # an unknown word after "in" is no name there: Title Case says nothing
    ("Women in Struggle Against the Bosses Today", {"Struggle": None, "Struggle Against": None}),
])
def test_a_known_town_after_in_in_a_title_case_headline(registry, headline, want):
    check_names(_head_names(registry, headline), want)


def test_a_mines_section_named_by_its_direction(registry):
    got = dict(found(registry, "The roof fell in the Ninth West section of the Kelvo mine, and "
                               "the crew pulled back to the Main North panel."))
    check_names(got, {"Ninth West section": "place", "Main North panel": "place",
                      "Ninth West": None, "Main North": None})


def test_no_section_without_a_direction(registry):
    got = dict(found(registry, "Members of the Dorrow Hills section of the club met Monday."))
    check_names(got, {"Dorrow Hills section": None})


def test_a_registry_firm_with_its_legal_form_keeps_its_link(registry):
    got = dict(found(registry, "Workers at Tyson Foods Inc. voted on the contract Monday."))
    assert got.get("Tyson Foods Inc.") == "organization/tyson-foods"
    assert "Tyson Foods" not in got and "Inc." not in got


def test_a_registry_firm_without_a_form_is_as_before(registry):
    got = dict(found(registry, "Workers at Tyson Foods voted on the contract Monday."))
    assert got.get("Tyson Foods") == "organization/tyson-foods"


@pytest.mark.parametrize(("line", "address"), [
    ("Fri., 7 p.m. 4120 St-Kelvin, Room 5. Tel.: 555-0100", "4120 St-Kelvin"),
    ("Meet at 88 Ste-Dorrow (corner of the park).", "88 Ste-Dorrow"),
    ("Meet at 310 St. Kelvin, upstairs.", "310 St. Kelvin"),  # as before
])
def test_a_house_number_before_a_hyphened_saint(line, address):
    found_at = [line[a.begin:a.end] for a in find_addresses(line, 0, len(line))]
    assert found_at == [address]


# -- names with particles, stations, squares and districts, a chain's hotels ----------------------
CASES = [
    # given names ending in a particle's compound, then a registry ruler's surname: one person
    pytest.param("Rebels said Tariq al-Hamid Qaddafi left the port by boat on Monday.",
                 {"Tariq al-Hamid Qaddafi": "person", "Tariq al-Hamid": None, "Qaddafi": None},
                 id="given-names-with-a-particle-and-a-registry-surname"),
    # a square or a compound by its apposition
    pytest.param("Guards fled Bab al-Kelva, the old army compound from where orders came.",
                 {"Bab al-Kelva": "place"}, id="a-compound-by-its-apposition"),
    pytest.param("Families pitched tents in the Champ de Kelva, the square beside the old market, "
                 "after the quake.", {"Champ de Kelva": "place"}, id="a-square-by-its-apposition"),
    # a city's districts listed by name
    pytest.param("Youth in the districts of Souq al-Darra and Zaroura set up barricades.",
                 {"Souq al-Darra": "place", "Zaroura": "place"}, id="districts-of-a-city"),
    # stations by their medium first, and by their channel's number
    pytest.param("The junta closed Radio Kelva and Channel 44, two stations that covered the "
                 "strike.", {"Radio Kelva": "organization", "Channel 44": "organization",
                             "Channel": None}, id="stations-by-medium-and-number"),
    # a chain's hotels in the plural, though "at" before the name alone says a place
    pytest.param("Housekeepers rallied at Dorvell on Friday. Workers at Dorvell hotels in three "
                 "cities joined them.", {"Dorvell": "organization"}, id="a-chains-hotels"),
]


@pytest.mark.parametrize(("sentence", "want"), CASES)
def test_set_ax_kinds(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)
