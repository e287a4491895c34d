"""Where a name begins and ends on sets Y's and Z's kinds (issue 10, read by category after their
untuned measure; branch ent41): a title before a person, a body's name that runs on past its
head ("and", "of" a town, a country before it, a firm's country after it), brands listed before
a plural noun, a fund named for its owner, places in a table's rows. Every sentence is made up
for these tests; no text or name of a held-out set is used (real towns and countries stand only
where the mechanism needs the gazetteer to know one)."""

from __future__ import annotations

import pytest

from tests.nlp_support import check_names, found


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


# -- a title before a person ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a county prosecutor's title: no part of the name (it was glued on, the person missed)
    ("The case was argued by Assistant Prosecuting Attorney Dale Kemper on Monday.",
     {"Dale Kemper": "person", "Assistant Prosecuting Attorney Dale Kemper": None,
      "Prosecuting Attorney Dale Kemper": None}),
    ("Prosecuting Attorney Ana Tessaro dropped the charges.",
     {"Ana Tessaro": "person", "Prosecuting Attorney Ana Tessaro": None}),
])
def test_a_prosecutors_title_is_no_part_of_the_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


def test_an_ambiguous_title_before_a_surname_named_in_full_is_cut_off(registry):
    # "Judge" is a title only before two capitalised words ("Judge Advocate General"); before
    # the surname of the one person the article names in full it is the title of that person
    got = found(registry, "The trial opened before Eustace P. Kelvor, a county judge.",
                "Judge Kelvor told the jury to disregard the testimony.")
    check_names(dict(got), {"Kelvor": "person", "Judge Kelvor": None})
    assert {key for surface, key in got if "Kelvor" in surface} == {"person/eustace-p-kelvor"}, got


def test_an_ambiguous_title_before_a_word_nobody_bears_stays_one_name(registry):
    # no person of that surname in the article: the finder's reading is left alone
    got = _labels(registry, "General Kelvorex makes engines.")
    assert "Kelvorex" not in got, got
