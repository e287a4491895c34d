"""Types on sets AF and AG (issue 10, read by kind after their first measure; branch ent50):
firms a brewery, a shipyard or "state-owned" names; bodies a Spanish "Consorcio", a Dutch
"Federatie", a "Tribunal" or a "Lycée" opens; an acronym "known as" after a foreign name and
its translation in brackets. Every sentence is made up for these tests; no text or name of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- firms by what the text says they run or who owns them --------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("At the Dorvik brewery in Tallow, members of the union walked out.",
     {"Dorvik": "organization", "Tallow": "place"}),
    ("Workers at the Tallvane shipyard joined the action.", {"Tallvane": "organization"}),
    ("Unions marched to stop the planned sale of state-owned Dorrotex refineries.",
     {"Dorrotex": "organization"}),
    # a town the gazetteer knows keeps its kind before the same nouns
    ("Workers at the Glasgow shipyard struck.", {"Glasgow": "city"}),
])
def test_a_firm_by_its_brewery_shipyard_or_state_owner(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- bodies by a foreign head word opening the name ----------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("He has cut cane on the lands of the Consorcio Dorrano Velmar in the south.",
     {"Consorcio Dorrano Velmar": "organization"}),
    ("The protest was called by the largest union of the Federatie Kelvische Dorrowbond "
     "(Kelvish Union Federation).", {"Federatie Kelvische Dorrowbond": "organization"}),
    ("Since the ruling of the Tribunal Dorrano (Dorran Court), thousands lost their papers.",
     {"Tribunal Dorrano": "organization"}),
    # a given name inside the school's name makes no person of it
    ("Dorra Velmont, a teacher at Lycée Kelvin Dorrow, spoke.",
     {"Lycée Kelvin Dorrow": "organization", "Dorra Velmont": "person"}),
])
def test_a_body_by_a_foreign_head_word(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- an acronym "known as" after a foreign name and its translation ------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The Sindicato Nacional de Trabajadores de Kelvo (National Union of Kelvo Workers), known "
     "as SINKELVO, represents 500 workers. Workers have contacted SINKELVO for help.",
     {"SINKELVO": "organization"}),
    ("The Kelvish Workers Union, known as KEWOU, represents 500 workers.", {"KEWOU": "organization"}),
])
def test_an_acronym_known_as_after_a_translated_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
