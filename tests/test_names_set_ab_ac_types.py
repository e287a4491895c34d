"""Kinds on sets AB and AC (issue 10, read by category after their first measure; branch
ent46): an acronym after "<person> of the <body> (ACR)" is the body's; a name in a pair
"<A> in <P> and <B> in <Q>" stands in A's slot; sites and buildings (a mine its owner runs, a
refining center, fairgrounds, a saint's church, a district named "Cité", towns in a newer
transliteration); bodies (a firm or a movement by its foreign head word, a coalition before its
noun, a short name in apposition to a body's full name); a surname two people share in a heading. Every
sentence is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, run_entities


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- an acronym after "<person> of the <body>" ------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Kelvin Dorrow of the Tallish Unionist Party (TUP) spoke. The TUP walked out.",
     {"Kelvin Dorrow": "person", "Tallish Unionist Party": "organization", "TUP": "organization"}),
    ("Jorge Malvo of the Nationalist Kelvish Alliance (NKA) won the vote.",
     {"Jorge Malvo": "person", "NKA": "organization"}),
    # where the name is before its acronym: still the name's (the older rule)
    ("The UN Stabilization Force in Kelvia (MINKEL) left.",
     {"UN Stabilization Force": "organization", "MINKEL": "organization"}),
])
def test_an_acronym_after_a_person_of_a_body_is_the_bodys(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a name in a pair of a name and its place --------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Supporters of Marta Kelvo in Lisbon and Dravko Tallis in Porto marched on Sunday.",
     {"Dravko Tallis": "person", "Lisbon": "city", "Porto": "city"}),
    # no pair: the name after "and" is listed with the place
    ("Strikes hit plants in Lisbon and Dravko in Porto.", {"Dravko": "place"}),
])
def test_a_name_paired_with_its_place_takes_the_first_pairs_kind(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- places: sites, grounds, buildings, districts, respelled towns -----------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a mine the text names before its noun, then after a verb of running it: the site
    ("Gold miners at the Kelvo Reefs mine here formed a union. Owners such as Dorrow Corp., "
     "which runs Kelvo Reefs, fear unrest if demands are pressed.",
     {"Kelvo Reefs": "place", "Dorrow Corp.": "organization"}),
    # no verb of running, no other frame: pinned as the employer (the older reading); the reading
    # changed by the lead's decision of 2026-12-05 (bench/quality/README.md: a mine by name is
    # the required Place by its bare name, whatever frame comes before it, as the sets' gold reads
    # it), so the mine's name is the place here too
    ("Gold miners at the Kelvo Reefs mine here formed a union.", {"Kelvo Reefs": "place"}),
    ("Output at the Kelvana Refining Center dropped last year.", {"Kelvana Refining Center": "place"}),
    ("They were taken to the Kelvin Cattle Congress fairgrounds in Waterloo.",
     {"Kelvin Cattle Congress": "place"}),
    ("The Kelvin Cattle Congress met.", {"Kelvin Cattle Congress": "organization"}),
    ("Some 1,000 people marched from St. Dorrow’s Catholic Church to the plant.",
     {"St. Dorrow’s Catholic Church": "place"}),
    ("They met at Saint Kelvin Cathedral.", {"Saint Kelvin Cathedral": "place"}),
    # a church named otherwise is the body
    ("The Kelvish Orthodox Church backed the war.", {"Kelvish Orthodox Church": "organization"}),
    ("Working people in the neighborhood of Cité Dorrel organized a march.", {"Cité Dorrel": "place"}),
    # towns GeoNames spells by an older transliteration, in a list
    ("Troops were driven out of Sloviansk, Berdiansk and Koziatyn last month.",
     {"Sloviansk": "city", "Berdiansk": "city", "Koziatyn": "city"}),
    # alone, with no place's frame, nothing says a town
    ("Sloviansk fell.", {"Sloviansk": None}),
])
def test_places_by_their_site_grounds_building_or_spelling(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- bodies -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Forty women fired from Confecciones del Kelvo, a maquiladora making shirts, protested.",
     {"Confecciones del Kelvo": "organization"}),
    ("The march was backed by Kilusang Kelvo Uno, the labor center.",
     {"Kilusang Kelvo Uno": "organization"}),
    ("The Kelvo Dorrow coalition of gangs controls most of the city.", {"Kelvo Dorrow": "organization"}),
    # a name in apposition to a body's full name: the body
    ("Growers are organized in Asokelva, the Sugar Cane Growers Association of Kelvia.",
     {"Asokelva": "organization", "Sugar Cane Growers Association of Kelvia": "organization"}),
    # a body's name describing the place ("… stronghold") leaves the place a place
    ("He lives in Kelvtown, the Kelvish Union Party stronghold.", {"Kelvtown": "place"}),
])
def test_bodies_by_foreign_head_noun_or_apposition(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a surname two people share, in a heading --------------------------------------------------------
def _all_labels(registry, headline: str, *paragraphs: str) -> dict[str, str]:
    """Each mention's surface → its entity key, the headline's too."""
    d = run_entities(registry, *paragraphs, headline=headline)
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions}


TWO_OF_ONE_SURNAME = ("Workers demanded the resignation of President Gotava Kelvapaksa. Prime "
                      "Minister Mahinda Kelvapaksa resigned.")


def test_a_surname_two_people_share_in_a_heading_is_a_person(registry):
    got = _all_labels(registry, "Workers demand Kelvapaksa go", TWO_OF_ONE_SURNAME)
    check_names(got, {"Kelvapaksa": "person", "Gotava Kelvapaksa": "person",
                      "Mahinda Kelvapaksa": "person"})


def test_a_surname_two_people_share_in_the_text_is_a_person_linked_to_neither(registry):
    # no sentence around says which of the two: a person of the family, linked to neither
    # (kinds/sharedsurnames, set BL, branch ent97; it was left untyped before)
    got = _all_labels(registry, "Workers demand new elections",
                      TWO_OF_ONE_SURNAME + " They said Kelvapaksa must go.")
    assert got.get("Kelvapaksa", "").startswith("person/"), got
    assert got["Kelvapaksa"] not in (got["Gotava Kelvapaksa"], got["Mahinda Kelvapaksa"]), got
    # one person of that surname: that person's mention (the older reading)
    check_names(_labels(registry, "Workers met Ana Dorrow in Kelvia. They said Dorrow must go."),
                {"Dorrow": "person/ana-dorrow"})
