"""A person named with two family names, then with the given name and the first family name
alone ("Osmany Kelvo Dorrado" … "Osmany Kelvo said"): one person, as the first family name
alone is ("Kelvo said"; kg.nlp.entities.kinds.familynames). The short form was a second,
untyped name and a quotation's speaker another entity (set BZ at its first measure,
2026-12-06). Invented sentences only."""

from __future__ import annotations

from nlp_support import surfaces


def test_the_given_name_and_the_first_family_name_are_the_person(registry):
    got = surfaces(registry, "“The water came in the night,” said Osmany Kelvo Dorrado, a rice "
                             "grower. Later Osmany Kelvo spoke again at the meeting.")
    assert got["Osmany Kelvo"] == got["Osmany Kelvo Dorrado"], got
    assert got["Osmany Kelvo"].startswith("person/"), got


def test_the_first_family_name_alone_still_is(registry):
    got = surfaces(registry, "“We stayed,” said Ana Ruiz García, a nurse. Ruiz said more later.")
    assert got["Ruiz"] == got["Ana Ruiz García"], got
