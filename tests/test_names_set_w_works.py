"""Works and bodies set W's junk showed cut apart (issue 10; branch ent37): a numbered resolution
with the body that passed it, an accord named by its subject ("on … and … in <Country>"), an
international body's force in a country, a book's subtitled title after "excerpt from".
Every sentence is made up for these tests; no text of a held-out set is used (registry names
stand only where the mechanism needs a known one)."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, surfaces


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# One row a case: a made-up sentence, then what the entities stage must say of each name (a
# kind, or None: not named; nlp_support.check_names). The cases that ask more of a
# sentence (the names found and no other, no name of a shape) are tests below.
CASES = [
    # -- a numbered resolution and its body -----------------------------------------------------
    pytest.param("Delegates at the United Nations debated the Security Council Resolution.",
                 {"United Nations": "organization", "United Nations Security Council Resolution": None},
                 id="resolution-without-a-number-is-unchanged"),
    # -- an accord named by its subject ---------------------------------------------------------
    pytest.param("Retailers have signed an Accord on Wages and Road Safety in Bangladesh. Walmart refused.",
                 {"Accord on Wages and Road Safety in Bangladesh": "work", "Accord": None,
                  "Road Safety": None, "Walmart": "organization"},
                 id="accord-on-a-subject-in-a-country-is-one-work"),
    pytest.param("The Agreement on Dock Labor stands, Kelvin Dorrow said.",
                 {"Agreement on Dock Labor": "work"},
                 id="accord-on-a-subject-without-a-place-is-one-work"),
    # -- an international body's force in a country ---------------------------------------------
    pytest.param("UN Peace Force in Angola troops stood by, Kelvin Dorrow said.",
                 {"UN Peace Force in Angola": "organization", "UN Peace Force": None, "Angola": None},
                 id="international-force-in-a-country-is-one-organisation"),
    pytest.param("She worked for the UN Labor Office in Boston.", {"Boston": "city"},
                 id="office-in-a-city-stays-apart-from-it"),
]


@pytest.mark.parametrize("sentence,want", CASES)
def test_set_w_works(registry, sentence, want):
    check_names(surfaces(registry, sentence), want)


def test_a_registry_body_and_a_numbered_resolution_are_one_work(registry):
    got = _labels(registry, "The militia broke United Nations Security Council Resolution 1559, "
                  "which ended the fighting.")
    assert got == {"United Nations Security Council Resolution 1559":
                   "work/united-nations-security-council-resolution-1559"}, got


def test_an_accord_before_lower_case_on_is_unchanged(registry):
    got = _labels(registry, "They voted on the Accord on time, Kelvin Dorrow said.")
    assert not any(s.startswith("Accord on") for s in got), got


def test_a_national_army_in_a_country_stays_apart_from_it(registry):
    got = _labels(registry, "The Kelvia Defense Forces in Angola fought, Kelvin Dorrow said.")
    assert got.get("Angola", "").startswith("country/"), got
    assert not any(s.endswith("in Angola") for s in got), got


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
