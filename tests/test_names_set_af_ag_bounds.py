"""Where a name starts and ends on sets AF's and AG's kinds (issue 10, read by category after
their untuned measure; branch ent49): a given name joined to a surname by a lower-case particle
("ben-", "dit"). Every sentence is made up for these tests; no text or name of a held-out set is
used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found, quoted_speakers


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a lower-case particle between a given name and the rest -----------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # the Hebrew "ben-" ("son of") before a capital counts as a capitalised word
    ("Rain fell. Yosef ben-Kelvan, a teacher, said the union was strong.",
     {"Yosef ben-Kelvan": "person", "Yosef": None}),
    # "dit" ("called") between given names, as French and Senegalese usage writes them
    ("Rain fell. Amadou dit Moussa Kelvane, a farmer, said the price was too low.",
     {"Amadou dit Moussa Kelvane": "person", "Moussa Kelvane": None}),
    # a capitalised "Ben" is a given name as before
    ("Ben Kelvo spoke at the meeting.", {"Ben Kelvo": "person"}),
])
def test_a_particle_between_given_name_and_surname(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("paragraph, speaker", [
    ("“We will win,” said Yosef ben-Kelvan, a teacher.", "Yosef ben-Kelvan"),
    ("Rain fell. Amadou dit Moussa Kelvane, a farmer, said, “The price is too low.”",
     "Amadou dit Moussa Kelvane"),
])
def test_the_speaker_is_the_whole_name(paragraph, speaker):
    assert quoted_speakers(paragraph) == [[speaker]]


# -- a Scandinavian body named "… i <country in its own language>" -----------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The Kelvo Dockers i Danmark called a strike.",
     {"Kelvo Dockers i Danmark": "organization", "Kelvo Dockers": None, "Danmark": None}),
    ("Members of Kelvo Bryggeriarbejdere i Norge voted to strike.",
     {"Kelvo Bryggeriarbejdere i Norge": "organization", "Kelvo Bryggeriarbejdere": None}),
    # "i" before a word that is no country's own name joins nothing
    ("The Kelvo Dockers i Dorrow called a strike.", {"Kelvo Dockers i Dorrow": None}),
])
def test_a_body_in_its_own_languages_country(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a firm named for the continent it works in ----------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Crane drivers at Africa Container Terminals walked out.",
     {"Africa Container Terminals": "organization", "Africa": None, "Container Terminals": None}),
    ("Dockers at Asia Container Terminals walked out.",
     {"Asia Container Terminals": "organization", "Asia": None}),
])
def test_a_firm_named_for_its_continent(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a capitalised word made a common noun by a hyphen ----------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("They spoke against Kelvo-hatred at the rally.", {"Kelvo-hatred": None, "Kelvo": None}),
    ("Kelvo-hatred is on the rise, said Ana Dorrow.",
     {"Kelvo-hatred": None, "Kelvo": None, "Ana Dorrow": "person"}),
    # an adjective's hyphen still leaves the name before it
    ("The Chicago-based union struck.", {"Chicago": "city"}),
])
def test_a_hyphenated_common_noun(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a pact named for three countries joined by hyphens ---------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Under the Peru-Canada-Mexico Agreement, tariffs fell.",
     {"Peru-Canada-Mexico Agreement": NAMED, "Agreement": None}),
    ("Under the Canada-Chile-Mexico Agreement, tariffs fell.",
     {"Canada-Chile-Mexico Agreement": NAMED, "Chile-Mexico Agreement": None}),
    # two parties as before
    ("Under the Peru-Canada Pact, tariffs fell.", {"Peru-Canada Pact": NAMED}),
])
def test_a_pact_of_three_hyphenated_countries(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a Nordic street with its house number before it -------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The office at 11 Kelvagata was closed.", {"11 Kelvagata": "place", "Kelvagata": None}),
    ("They met at 7 Dorrastígur, near the port.", {"7 Dorrastígur": "place"}),
    # the number after it as before; a year or a count after an article is no house number
    ("The office at Kelvagata 11 was closed.", {"Kelvagata 11": "place"}),
    ("In 1998 Kelvagata flooded.", {"1998 Kelvagata": None}),
    ("The 7 Watergate burglars were jailed.", {"7 Watergate": None}),
])
def test_a_nordic_street_with_its_number_before(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
