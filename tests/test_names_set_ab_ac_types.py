"""Kinds on sets AB and AC (issue 10, read by category after their first measure; branch
ent46): an acronym after "<person> of the <body> (ACR)" is the body's; a name in a pair
"<A> in <P> and <B> in <Q>" stands in A's slot. Every sentence is made up for these tests; no
text or name of a held-out set is used."""

from __future__ import annotations

import pytest

from tests.nlp_support import check_names, found


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
    ("Forces loyal to Slobodan Milosevic in Belgrade and Dravko Tallis in Zagreb clashed.",
     {"Dravko Tallis": "person", "Belgrade": "city", "Zagreb": "city"}),
    # no pair: the name after "and" is listed with the place
    ("Strikes hit plants in Belgrade and Dravko in Zagreb.", {"Dravko": "place"}),
])
def test_a_name_paired_with_its_place_takes_the_first_pairs_kind(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
