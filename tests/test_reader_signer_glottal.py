"""A letter's signer whose name has a word opening with the glottal stop's mark (the ʻokina of
Tongan, Samoan and Hawaiian names: "Sela ʻUluvalu") is a signer like any other: the letters
page keeps its items apart (set CD's letters page at its first measure, 2026-12-06, read two
letters as one). Invented page."""

from __future__ import annotations

from kg.reader import parse_article
from kg.reader.items import is_signer

PAGE = ("Letters\nFebruary 7, 2022\n\n"
        "After the storm\nFor a week we could not call our families on the island. The cable was "
        "down and the boats stayed in port.\n"
        "Sela ʻUluvalu\nDorrow, New Zealand\n\n"
        "Pickers organize\nThe pickers at the Kelvo orchard have joined the union this season.\n"
        "Tomasi Faʻaui\nKelvo, New Zealand\n")


def test_a_signer_with_an_okina_closes_the_letter():
    d = parse_article(PAGE, "militant-2022-02-07-v86n5-letters.txt")
    assert [(i.title.value, i.author.name, i.place.value) for i in d.items] == [
        ("After the storm", "Sela ʻUluvalu", "Dorrow, New Zealand"),
        ("Pickers organize", "Tomasi Faʻaui", "Kelvo, New Zealand")]


def test_the_okina_opens_a_capitalised_word_not_a_lower_case_one():
    assert is_signer("Sela ʻUluvalu")
    assert not is_signer("Sela ʻuluvalu")
