"""Kinds of new names on sets Y's and Z's kinds (issue 10, branch ent42): a mine named alone
before its noun is the mine's place, a county's justice centre is a building, Israel's kibbutzim
and Hebrew towns are places, a holiday is an event, a road whose head is a surname is a road
after "on", a body in an apposition opened by a country's possessive is a body, a ruler's party
before "government" is a party, and the brands a factory makes goods for are firms. Every
sentence is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found, kinds_of


def _kinds(registry, *paragraphs) -> dict[str, str]:
    """Surface → kind of every mention found."""
    return kinds_of(found(registry, *paragraphs))


@pytest.mark.parametrize("paragraphs,want", [
    # a mine's own name before its noun, an ore between or none: the place
    (("Miners from the Kelvek mine in Dorrowitz sent a delegation.",),
     {"Kelvek": "place", "Dorrowitz": "place"}),
    (("Farmers fought the Kelvara gold mine of Dorrow Mining until work there stopped.",),
     {"Kelvara": "place", "Dorrow Mining": "organization"}),
    (("Strikers marched against the Tallowa copper project of Kelmont Copper Corp.",),
     {"Tallowa": "place"}),
    # a site's kind before the noun: a given name's spelling opening the name, a strike's frame
    # before it (the project's, not the owner's), say no person and no firm
    (("Farmers began a strike against the Tía Dorrina copper project of Kelvo Copper Corp.",),
     {"Tía Dorrina": "place", "Kelvo Copper Corp.": "organization"}),
    # a frame only a firm takes elsewhere: the owner's name, its mine
    (("Workers at the Kelvek mine struck.", "Kelvek management refused to talk."),
     {"Kelvek": "organization"}),
    # the mine by its name and nothing else: pinned as the owner before; the reading changed by
    # the lead's decision of 2026-12-05 (bench/quality/README.md: a mine by name is the required
    # Place by its bare name, whatever frame comes before it, as the sets' gold reads it)
    (("The Kelvek mine exploded in 2006, killing 12 miners.",),
     {"Kelvek": "place"}),
    # the plural is a firm's mines as often: nothing said by it
    (("Supporters came from the Dorrowby mines, where miners struck in 1990.",),
     {"Dorrowby": Not("place")}),
])
def test_a_mine_named_before_its_noun_is_a_place(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a county's justice centre is the courts' building; the two words alone are it too
    (("Families rallied outside the Tallow County Justice Center at 100 Main Street.",
      "They marched to Justice Center again the next day."),
     {"Tallow County Justice Center": "place", "Justice Center": "place"}),
    # a justice centre named for a cause, with no county's or city's word, stays a body
    (("The Kelvo Immigrant Justice Center filed the suit.",),
     {"Kelvo Immigrant Justice Center": "organization"}),
])
def test_a_county_justice_center_is_a_building(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a kibbutz, a moshav and a Hebrew town named so: places, whatever given name follows
    (("Ari Dorrim, who keeps bees near Kibbutz Nir Kelvo, said the harvest was late.",),
     {"Kibbutz Nir Kelvo": "place", "Ari Dorrim": "person"}),
    (("Rockets hit Kiryat Dorrow and Moshav Tallim in the north.",),
     {"Kiryat Dorrow": "place", "Moshav Tallim": "place"}),
])
def test_a_kibbutz_and_a_kiryat_are_places(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a holiday's name: an event, not the place "at" or "during" would make of it
    (("Workers were promised a bonus at Tet and never got it.",),
     {"Tet": "event"}),
    (("Nurses asked for shorter shifts during Ramadan.",),
     {"Ramadan": "event"}),
    # an event named with a holiday's word is its own name
    (("Veterans recalled the Tet Offensive.",),
     {"Tet Offensive": "event"}),
])
def test_a_holiday_is_an_event(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a road whose head is a surname too, after "on": the road
    (("Workers at the store on Kelvin Pike here voted to join the union.",),
     {"Kelvin Pike": "place"}),
    (("Supporters rallied along Dorrow Row on Saturday.",),
     {"Dorrow Row": "place"}),
    # the same surname in a person's name, with no road's word before it: the person
    (("Ana Pike said the union would fight.",),
     {"Ana Pike": "person"}),
])
def test_a_road_named_like_a_surname_after_on(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # an apposition opened by a country's possessive: the body its noun says
    (("The Kelvadrut, Israel’s main labor federation, negotiated for workers.",),
     {"Kelvadrut": "organization"}),
    # a role after the body's noun keeps the person
    (("Mira Dorrowitz, Israel’s union leader, spoke.",),
     {"Mira Dorrowitz": "person"}),
])
def test_a_body_in_an_apposition_opened_by_a_possessive(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a ruler in the possessive, a name, "government": the ruler's party
    (("Few at the meeting trusted Dorrow’s Kelvo Lavanas government.",),
     {"Kelvo Lavanas": "organization"}),
    # a country in the possessive: the name is its head of government, no party
    (("Protesters denounced Israel’s Dorrowitz government.",),
     {"Dorrowitz": Not("organization")}),
])
def test_a_rulers_party_before_government(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # goods a brand sells, made for a list of names: every name is a firm
    (("The plant, owned by a foreign company, makes soccer boots for Kelvike and Dorridas.",),
     {"Kelvike": "organization", "Dorridas": "organization"}),
    (("The factory sews jeans for Kelvike, Dorridas and Tallowa.",),
     {"Kelvike": "organization", "Dorridas": "organization", "Tallowa": "organization"}),
    # no goods: a person's meal, a phrase of its own
    (("She makes dinner for Maria Ortiz on Sundays.",),
     {"Maria Ortiz": "person"}),
    (("The decision makes sense for Kelvo and Dorrow.",),
     {"Kelvo": Not("organization"), "Dorrow": Not("organization")}),
])
def test_brands_a_factory_makes_goods_for(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a port named "Port" and its city, after an employer's frame: the port
    (("Campaigners joined picket lines at Port Kelvin and the Port of Dorrow.",),
     {"Port Kelvin": "place", "Port of Dorrow": "place"}),
    # a head word ending the name keeps its kind
    (("The Port Authority raised the fees.",),
     {"Port Authority": Not("place")}),
    # a port's terminal named alone before its noun
    (("A checker told us at the Kelvo Cut terminal.",),
     {"Kelvo Cut": "place"}),
])
def test_a_port_and_its_terminal_are_places(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a movement named as a time: the wave of protest, an event
    (("Some had taken their first steps in the Kelvo Movement, when dockers shut the ports.",),
     {"Kelvo Movement": "event"}),
    (("Hundreds were jailed during the Dorrow Movement.",),
     {"Dorrow Movement": "event"}),
    # a movement that acts is a body
    (("The Kelvo Movement called a strike for May 1.",),
     {"Kelvo Movement": "organization"}),
])
def test_a_movement_named_as_a_time_is_an_event(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a name after a place's leading head, and alone before an employer's noun: the place
    (("Workers at the Kelmiri printing plant returned.", "At Kibbutz Kelmiri, the plant reopened."),
     {"Kelmiri": "place", "Kibbutz Kelmiri": "place"}),
    # an Irish county by its leading head, then alone before a plant's noun
    (("Pickets stood at the plant in Tallowkenny, County Dorrogal.",
      "The closure of the Dorrogal plant hit hard."),
     {"Dorrogal": "place", "County Dorrogal": "place"}),
])
def test_a_name_after_a_leading_place_head_is_the_place_alone(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a province whose first word is spelled like a given name, paired with a known city
    (("Dock workers struck in Ho Chi Minh City and Binh Kelvo, the papers said.",),
     {"Binh Kelvo": "place"}),
    # a person after the pair's "and" who acts stays the person
    (("Delegations came from Havana and Maria Ortiz spoke.",),
     {"Maria Ortiz": "person"}),
    (("Letters from Chicago and Maria Ortiz arrived.",),
     {"Maria Ortiz": "person"}),
])
def test_a_given_names_spelling_paired_with_a_city(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # an owner's initials before a terminal's noun: the firm, no site's own name
    (("Dockers held a stoppage over rosters at the DP Kelvo terminal.",),
     {"DP Kelvo": "organization"}),
    # a Polish avenue named with its kind first
    (("Marchers stopped traffic on Aleje Kelvinskie for an hour.",),
     {"Aleje Kelvinskie": "place"}),
    # a province's own government
    (("The provincial government of Dorrowa froze the minimum wage.",),
     {"Dorrowa": "place"}),
    # a firm's picket lines
    (("Members joined the picket lines of Kelvaro bus drivers on Friday.",),
     {"Kelvaro": "organization"}),
])
def test_initials_avenues_provinces_and_picket_lines(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)
