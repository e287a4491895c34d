"""Where a name begins and ends on set CB's kinds (disasters and safety on the job; branch
ent113): a firm's national arm opening a table's row, an agency named "Centers for …" with a
purpose joined by "and", two fields joined by "and" before a body's or a law's head. Every
sentence is made up for these tests; no text or name of a held-out set is used (real states
stand only where the mechanism needs the registry to know one)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, Not, check_names, found


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


def test_a_firms_arm_opening_a_tables_row_is_the_arm_alone(registry):
    # the row's region begins at the initials, no space before them: the arm was read from the
    # page's first character, one name swallowing every name before it
    got = _labels(registry, "Marta Kelvane, a packer, said the line is too fast.",
                  "  KLV USA, Dorrowville, Kansas         410          3")
    check_names(got, {"Marta Kelvane": "person", "KLV USA": "organization"})
    assert all(len(surface) < 40 for surface in got), got


@pytest.mark.parametrize("sentence, want", [
    # a plural head ("Centers") before a purpose: the word after "and" is the purpose's too
    ("The Centers for Lung Ailments and Prevention issued advice on Monday.",
     {"Centers for Lung Ailments and Prevention": "organization", "Prevention": None,
      "Centers for Lung Ailments": None}),
])
def test_an_agencys_plural_head_keeps_its_purpose_whole(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # two fields joined by "and" before a law's head: one law (the two halves were junk)
    ("Under the Workplace Safety and Health Act, the inspectors came twice.",
     {"Workplace Safety and Health Act": "work", "Workplace Safety": None, "Health Act": None}),
    # before a body's head, a state's registry name glued before it opening the name
    ("The Oregon Mine Welfare and Safety Board opened an inquiry.",
     {"Oregon Mine Welfare and Safety Board": "organization", "Mine Welfare": None,
      "Safety Board": None}),
    # a part with a head of its own is a name of its own: no join
    ("Workers at Dorrow Foods and Safety Board officials met.",
     {"Dorrow Foods": "organization", "Dorrow Foods and Safety Board": None}),
])
def test_two_fields_joined_by_and_before_a_head_are_one_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


_DEAD = ("{frame} Tarvo Ilmen Kasdor Ruvane, from Peru; Bastio Kell Amarno, from Chile; and "
         "Orlen Vask Dimarr Tolle and Ilse Marr, from Spain.")


def test_the_dead_listed_after_their_frame_are_people(registry):
    # names of four words with given names no list holds, listed after "The dead were"
    got = _labels(registry, "A scaffold fell at the site on Friday.", _DEAD.format(frame="The dead were"))
    check_names(got, {"Tarvo Ilmen Kasdor Ruvane": "person", "Orlen Vask Dimarr Tolle": "person",
                      "Peru": "country", "Spain": "country"})


def test_names_listed_without_a_frame_of_the_dead_stay_untyped(registry):
    got = _labels(registry, "A scaffold fell at the site on Friday.",
                  _DEAD.format(frame="The site's owners were"))
    assert not (got.get("Tarvo Ilmen Kasdor Ruvane") or "").startswith("person"), got


def test_a_hospital_named_again_by_its_first_word_is_the_hospital(registry):
    # "at Dorvanek" is a locative frame: the short form was a place of its own
    got = _labels(registry, "Aides at Dorvanek Medical Center walked out on Monday.",
                  "At Dorvanek and two clinics, nurses held protests outside the doors.")
    assert got.get("Dorvanek", "").startswith("hospital/"), got
    assert got["Dorvanek"] == got["Dorvanek Medical Center"], got


def test_a_short_name_opening_no_hospitals_name_keeps_its_frame(registry):
    got = _labels(registry, "Aides at Dorvanek Medical Center walked out on Monday.",
                  "At Tessavo and two clinics, nurses held protests outside the doors.")
    assert not (got.get("Tessavo") or "").startswith(("hospital", "organization")), got


def test_a_builders_firm_is_an_organisation(registry):
    got = _labels(registry, "Six roofers for Tessavo Builders, a contractor from the suburbs, fell.")
    check_names(got, {"Tessavo Builders": "organization"})


@pytest.mark.parametrize("sentence, want", [
    # a saint's "of the" part inside a church's name: one name (the saint was a place, the
    # rest a church of its own)
    ("Families held a vigil at St. Orlen of the Holy Lantern Church on Sunday.",
     {"St. Orlen of the Holy Lantern Church": NAMED, "St. Orlen": None, "Holy Lantern Church": None}),
    # a university's unit after its place: one name
    ("She is treated at the University of Ohio Medical Branch in Dayton.",
     {"University of Ohio Medical Branch": NAMED, "Medical Branch": None}),
    # a unit after a body that is no university stays apart
    ("She banks at the Farmers Bank of Ohio Medical Branch in Dayton.",
     {"Farmers Bank of Ohio Medical Branch": None, "Farmers Bank of Ohio": "organization"}),
])
def test_a_saints_or_a_universitys_name_runs_on_past_of_or_its_place(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


def test_a_programs_name_apposed_to_an_agency_is_the_agency(registry):
    got = _labels(registry, "The Tallowa Mine Inspection Program, the state agency that checks the "
                            "pits, opened a case.")
    check_names(got, {"Tallowa Mine Inspection Program": "organization"})


def test_a_programs_name_without_a_bodys_apposition_stays_a_work(registry):
    got = _labels(registry, "The Tallowa Mine Inspection Program was cut by the legislature.")
    assert not (got.get("Tallowa Mine Inspection Program") or "").startswith("organization"), got


@pytest.mark.parametrize("sentence, want", [
    # a firm's name ending in a site's word, after a verb of making and "for": the buyer
    ("The plant makes soap for Tessavo & Rell Works and other retailers.",
     {"Tessavo & Rell Works": "organization"}),
    # no such frame: the site's head types it, as before
    ("Pickets stood outside Tessavo & Rell Works on Monday.",
     {"Tessavo & Rell Works": Not("organization")}),
])
def test_a_site_headed_firm_framed_as_a_buyer_is_a_firm(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # a hospital's burn unit named as one: a hospital (both a place and a body)
    ("Three men were flown to the Ada Q. Dorrow Burn Center in Kelvin.",
     {"Ada Q. Dorrow Burn Center": "hospital"}),
])
def test_a_burn_center_by_name_is_a_hospital(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
