"""Works and bodies set W's junk showed cut apart (issue 10; branch ent37): a numbered resolution
with the body that passed it, an accord named by its subject ("on … and … in <Country>"), an
international body's force in a country, a book's subtitled title after "excerpt from".
Every sentence is made up for these tests; no text of a held-out set is used (registry names
stand only where the mechanism needs a known one)."""

from __future__ import annotations

from tests.nlp_support import found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a numbered resolution and its body ----------------------------------------------------------
def test_a_registry_body_and_a_numbered_resolution_are_one_work(registry):
    got = _labels(registry, "The militia broke United Nations Security Council Resolution 1559, "
                  "which ended the fighting.")
    assert got == {"United Nations Security Council Resolution 1559":
                   "work/united-nations-security-council-resolution-1559"}, got


def test_a_resolution_without_a_number_is_unchanged(registry):
    got = _labels(registry, "Delegates at the United Nations debated the Security Council Resolution.")
    assert got.get("United Nations", "").startswith("organization/"), got
    assert "United Nations Security Council Resolution" not in got, got


# -- an accord named by its subject -------------------------------------------------------------
def test_an_accord_on_a_subject_in_a_country_is_one_work(registry):
    got = _labels(registry, "Retailers have signed an Accord on Wages and Road Safety in Bangladesh. "
                  "Walmart refused.")
    assert got.get("Accord on Wages and Road Safety in Bangladesh", "").startswith("work/"), got
    assert "Accord" not in got and "Road Safety" not in got, got
    assert got.get("Walmart", "").startswith("organization/"), got


def test_an_accord_on_a_subject_without_a_place_is_one_work(registry):
    got = _labels(registry, "The Agreement on Dock Labor stands, Kelvin Dorrow said.")
    assert got.get("Agreement on Dock Labor", "").startswith("work/"), got


def test_an_accord_before_lower_case_on_is_unchanged(registry):
    got = _labels(registry, "They voted on the Accord on time, Kelvin Dorrow said.")
    assert not any(s.startswith("Accord on") for s in got), got


# -- an international body's force in a country -------------------------------------------------
def test_an_international_force_in_a_country_is_one_organisation(registry):
    got = _labels(registry, "UN Peace Force in Angola troops stood by, Kelvin Dorrow said.")
    assert got.get("UN Peace Force in Angola", "").startswith("organization/"), got
    assert "UN Peace Force" not in got and "Angola" not in got, got


def test_a_national_army_in_a_country_stays_apart_from_it(registry):
    got = _labels(registry, "The Kelvia Defense Forces in Angola fought, Kelvin Dorrow said.")
    assert got.get("Angola", "").startswith("country/"), got
    assert not any(s.endswith("in Angola") for s in got), got


def test_an_office_in_a_city_stays_apart_from_it(registry):
    got = _labels(registry, "She worked for the UN Labor Office in Boston.")
    assert got.get("Boston", "").startswith("city/"), got


# -- a book's title with its subtitle after "excerpt from" --------------------------------------
def test_a_subtitled_title_after_excerpt_from_with_a_book_cue_is_one_book(registry):
    got = _labels(registry, "Below is an excerpt from Kelvin Nights: Dockers Tell Their Story, one of "
                  "the books of the month. The book collects accounts by dockers.")
    assert got == {"Kelvin Nights: Dockers Tell Their Story":
                   "book/kelvin-nights-dockers-tell-their-story"}, got


def test_an_excerpted_talk_with_no_book_cue_is_no_book(registry):
    got = _labels(registry, "Below are excerpts from Kelvin Dorrow: Fighting for Our Future, a talk "
                  "given in May. She spoke to 200 workers.")
    assert not any(k.startswith("book/") for k in got.values()), got

