"""Where a name starts and ends on sets AB's and AC's kinds (issue 10, read by category after
their untuned measure; branch ent45): a body named in its own language with lower-case words and
its English gloss, "of" after a body's head opening a sentence or a parenthesis. Every sentence
is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest

from tests.nlp_support import NAMED, check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a body named in its own language, its gloss after it -----------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # Tagalog: capitalised words joined by "ng mga" and "at", no head word, initials after
    ("The strike was called by the Samahang Kelan ng mga Doruno at Pelaso Nationwide (KELAN) on Monday.",
     {"Samahang Kelan ng mga Doruno at Pelaso Nationwide": "organization", "Samahang Kelan": None,
      "Doruno": None, "Pelaso Nationwide": None}),
    ("Drivers of the Samahang Kelan ng mga Doruno at Pelaso struck.",
     {"Samahang Kelan ng mga Doruno at Pelaso": "organization", "Doruno": None}),
    # "at" is Tagalog only after "ng" or "mga": an English "at" joins nothing
    ("Workers of the Kelvo Union at Dorrow Mills struck.", {"Kelvo Union at Dorrow Mills": None}),
    # French: "des" after a head English writes too, a capital after it, the gloss in parentheses
    ("It was the first demand of the Coordination des Dorvans (Coordination of Kelvo Committees).",
     {"Coordination des Dorvans": "organization", "Coordination of Kelvo Committees": "organization",
      "Dorvans": None, "Kelvo Committees": None, "Coordination": None}),
    # a word both languages write ends the name before its gloss in parentheses
    ("The Conseil présidentiel de transition (Transitional Kelvo Council) met on Monday.",
     {"Conseil présidentiel de transition": "organization", "Conseil présidentiel": None,
      "Transitional Kelvo Council": NAMED}),
    # and stays out before an English word, as before
    ("The Syndicat des travailleurs said, in a statement, it would strike.",
     {"Syndicat des travailleurs": "organization"}),
])
def test_a_body_named_in_its_own_language(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a body's head before "of" opening a sentence or a parenthesis --------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("He joined the Kelvo union (Union of Dorrow Workers), known as KUDW.",
     {"Union of Dorrow Workers": "organization", "Dorrow Workers": None}),
    ("Members of the Kelvo union (Confederation of National Dorrow Unions) joined the pickets.",
     {"Confederation of National Dorrow Unions": "organization", "National Dorrow Unions": None}),
    ("Confederation of National Dorrow Unions members joined the pickets.",
     {"Confederation of National Dorrow Unions": "organization", "National Dorrow Unions": None}),
    # a common noun opening the sentence is still dropped
    ("Members of the Kelvo Metal Workers Union joined.",
     {"Kelvo Metal Workers Union": "organization", "Members of the Kelvo Metal Workers Union": None}),
    # "Coordination" is a body's head in English too
    ("It was a demand of the Coordination of Kelvo Committees.",
     {"Coordination of Kelvo Committees": "organization", "Kelvo Committees": None}),
])
def test_a_bodys_head_before_of_opening_a_sentence_or_parenthesis(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
