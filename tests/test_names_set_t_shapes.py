"""Set T's kinds left after ent32 (issue 10, read by category; branch ent33): a party's hyphenated
name after a registry country, trades joined by commas inside a union's "of" part, a works named
by its owner and its own name, a history's subtitle, a play's title before who wrote it, a
translation's title, a numbered transit line. Every sentence is made up for these tests; no
text or name of a held-out set is used (registry countries and towns stand only where the
mechanism needs a known one)."""

from __future__ import annotations

import pytest
from nlp_support import found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a party's hyphenated name after a registry country -------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Leaders of the Pakistan Tehreek-e-Adalat marched on Monday.", "Pakistan Tehreek-e-Adalat"),
    ("The India Jamaat-ul-Kisan called a strike.", "India Jamaat-ul-Kisan"),
    # a faction's name after the party's head
    ("The Pakistan Muslim League-Kazmi won the seat.", "Pakistan Muslim League-Kazmi"),
])
def test_a_country_before_a_partys_hyphenated_name_opens_it(registry, sentence, name):
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert not any(k != name and k in name for k in got), got


def test_the_acronym_after_a_hyphenated_party_is_the_party(registry):
    got = _labels(registry, "The Pakistan Tehreek-e-Adalat (PTA) marched on Monday.")
    assert got.get("PTA") == got.get("Pakistan Tehreek-e-Adalat"), got
    assert got["PTA"].startswith("organization/"), got


def test_a_city_before_a_hyphenated_word_opens_no_party(registry):
    # "Masjid-e-…" after a town may be a building: no party's name is said
    got = _labels(registry, "Crowds filled the Lahore Masjid-e-Kelvan on Friday.")
    assert not any(v.startswith("organization/") for v in got.values()), got


def test_a_plain_hyphenated_surname_after_a_country_stays_apart(registry):
    # no particle and no head before the hyphen: a person, as before
    got = _labels(registry, "In Pakistan Kelvane-Dorrow spoke to the crowd.")
    assert got.get("Pakistan") == "country/pakistan", got


# -- trades joined by commas inside a union's "of" part -------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Leaders of the National Federation of Mining, Metallurgical and Steel Workers of Chile spoke.",
     "National Federation of Mining, Metallurgical and Steel Workers of Chile"),
    ("The National Union of Mining, Hydraulic, Dredging and Steel Workers of Bolivia struck.",
     "National Union of Mining, Hydraulic, Dredging and Steel Workers of Bolivia"),
    # no comma: the body's trade is a field
    ("The National Union of Mining and Steel Workers of Chile struck.",
     "National Union of Mining and Steel Workers of Chile"),
])
def test_trades_in_a_unions_of_part_are_one_name(registry, sentence, name):
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    assert not any(k != name and k in name for k in got), got


def test_a_firm_among_the_trades_breaks_the_list(registry):
    got = _labels(registry, "The Federation of Mining, Kelvane Foods and Steel Workers of Chile struck.")
    assert "Kelvane Foods" in got and not any(k.startswith("Federation of Mining,") for k in got), got


# -- a works named by its owner and its own name --------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    # a word the gazetteer lists as a town: the town is said after, so it is the works' site
    ("He went to work at the Ford Hudson plant in Dearborn, Michigan, in 1941.", "Ford Hudson"),
    ("Workers at the Kelvane Dorrow complex struck.", "Kelvane Dorrow"),
])
def test_an_owner_and_a_sites_name_before_a_works_noun_are_one_place(registry, sentence, name):
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("place/"), got
    assert not any(k != name and k in name for k in got), got


def test_an_unknown_word_after_the_owner_is_the_firms_own(registry):
    # "Ford Otomar": a joint venture's name, the firm that runs the plant
    got = _labels(registry, "Workers at the Ford Otomar plant in Gary struck.")
    assert got.get("Ford Otomar", "").startswith("organization/"), got


def test_an_owner_and_its_town_stay_two_names(registry):
    got = _labels(registry, "Workers at the Ford Omaha plant struck.")
    assert got.get("Omaha") == "city/omaha" and "Ford Omaha" not in got, got
    got = _labels(registry, "Workers at the Kelvane Foods plant in Omaha struck.")
    assert got.get("Kelvane Foods", "").startswith("organization/"), got


# -- titles: a history's subtitle, a play before who wrote it, a translation ----------------------
@pytest.mark.parametrize("sentence,name", [
    ("The story is told in The Kelvane Miners Union: Its First Fifty Years.",
     "The Kelvane Miners Union: Its First Fifty Years"),
    # a registry body before the colon
    ("The story is told in The IWW: Its First Ninety Years.", "The IWW: Its First Ninety Years"),
])
def test_a_historys_subtitle_after_a_colon_is_one_title(registry, sentence, name):
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("work/"), got
    assert not any(k != name and k in name for k in got), got


def test_a_historys_title_begins_after_the_list_before_it(registry):
    # "by" an author "and in" a second book: the body's name before the colon holds no list
    got = _labels(registry, "Read it in Harvest Days by Ana Dorrow and in The IWW: Its First Fifty Years.")
    assert got.get("The IWW: Its First Fifty Years", "").startswith("work/"), got
    assert got.get("Harvest Days", "").startswith("work/"), got


def test_a_possessive_before_lower_case_words_after_a_colon_is_no_subtitle(registry):
    got = _labels(registry, "He told the Dorrow Federation: Its members will strike.")
    assert not any(v.startswith("work/") for v in got.values()), got


def test_a_plays_title_before_who_wrote_it(registry):
    got = _labels(registry, "A new play opened here. Bread and Kelvin Street, written by Ana Dorrow "
                            "and staged by a workers theater company, follows a family.")
    assert got.get("Bread and Kelvin Street", "").startswith("work/"), got
    assert "Kelvin Street" not in got, got


@pytest.mark.parametrize("sentence,name", [
    ("A translation is out in Spanish as El camino largo.", "El camino largo"),
    ("Its Spanish-language edition, La huelga de Kelvin, sold well.", "La huelga de Kelvin"),
    ("It came out in a Spanish edition, El camino a la fábrica, in 1992.", "El camino a la fábrica"),
])
def test_a_translations_title_after_its_language(registry, sentence, name):
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("book/"), got
    assert "El" not in got and "La" not in got, got


def test_a_country_after_the_language_is_no_title(registry):
    got = _labels(registry, "He spoke in Spanish as El Salvador's workers listened.")
    assert got.get("El Salvador") == "country/el-salvador", got


# -- a numbered transit line ----------------------------------------------------------------------
def test_a_numbered_line_is_a_place(registry):
    got = _labels(registry, "Ana Dorrow, a station worker on Line 4, said so.")
    assert got.get("Line 4", "").startswith("place/"), got
    assert "Line" not in got, got


# -- types: an industrial park named by an acronym, a theater's company ---------------------------
def test_an_acronym_before_an_industrial_park_is_a_place(registry):
    got = _labels(registry, "Workers marched out of the KELVAPI industrial park on Monday. "
                            "KELVAPI bosses refused.")
    assert got.get("KELVAPI", "").startswith("place/"), got


def test_a_theaters_company_is_an_organisation_and_its_hall_a_place(registry):
    got = _labels(registry, "The play was staged by the Dorrow Workers Theater company in May.")
    assert got.get("Dorrow Workers Theater", "").startswith("organization/"), got
    got = _labels(registry, "She saw a show at the Dorrow Theater in May.")
    assert got.get("Dorrow Theater", "").startswith("place/"), got
