"""The junk left on sets AE and AG after their boundary and type passes (issue 10, branch
ent51): a public body named for two areas joined by "and". Every sentence is made up for these
tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest

from tests.nlp_support import check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a public body named by its service's initials and two areas -----------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a health board for a city's conurbation and a valley: one body, not two junk halves
    ("The porters work for NHS Greater Falkirk and Tay, the health board.",
     {"NHS Greater Falkirk and Tay": "organization", "NHS Greater Falkirk": None, "Tay": None}),
    ("Cleaners walked out at a hospital run by NHS Falkirk and Kelvside.",
     {"NHS Falkirk and Kelvside": "organization", "Kelvside": None}),
    # the part after "and" runs on into the sentence: no name's end, left as it was
    ("Cleaners at NHS Falkirk and Kelvside walked out.", {"NHS Falkirk and Kelvside": None}),
    # the initials alone, then "and" and another body: two names as before
    ("The NHS and Unison met on Monday.",
     {"NHS": "organization", "Unison": "organization", "NHS and Unison": None}),
    # initials that name no registry body open no such name
    ("Rain fell on KXQ Falkirk and Kelvside.", {"KXQ Falkirk and Kelvside": None}),
])
def test_a_body_named_for_two_areas(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
