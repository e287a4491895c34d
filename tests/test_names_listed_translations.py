"""Translations' titles listed after their language and a colon, each in its own language's
sentence case (kg.nlp.entities.spans.languagelists)."""

from __future__ import annotations

import pytest
from nlp_support import found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


@pytest.mark.parametrize("sentence, titles", [
    ("Also available in Spanish from Dorrow Books: Otra mirada a Kelvo and La larga noche de Tessaly.",
     ["Otra mirada a Kelvo", "La larga noche de Tessaly"]),
    ("Out now in French: Nos vies sont encore à écrire, Le long chemin and Les grèves de Dorrow.",
     ["Nos vies sont encore à écrire", "Le long chemin", "Les grèves de Dorrow"]),
])
def test_each_listed_translation_is_one_book(registry, sentence, titles):
    got = _labels(registry, sentence)
    for title in titles:
        assert got.get(title, "").startswith("book/"), got
    assert not {"Otra", "Nos"} & set(got), got


def test_title_case_or_english_parts_after_the_colon_are_no_listed_titles(registry):
    """A part in Title Case ("Dorrow Nights") or English ("the long road") is left to the other
    title rules, which find no cue here: no book."""
    got = _labels(registry, "Also available in Spanish: Dorrow Nights and The long road home.")
    assert not [label for label in got.values() if label.startswith("book/")], got
