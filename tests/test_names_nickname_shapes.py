"""A quoted nickname inside a person's name in three more shapes (branch passJ42,
kg.nlp.entities.spans.nicknames, titlednicknames): a nickname of two capitalised parts joined
by a hyphen, a first and a middle given name before the nickname, and a surname that is also a
town's name after a known given name. Each left the given name a person or untyped junk and the
surname a place. Every name is made up; no name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, quoted_speakers

CASES = [
    pytest.param(("“The pay is late again,” said Odile “Ti-Paul” Kelvane, a stitcher at the plant.",),
                 {"Odile “Ti-Paul” Kelvane": "person", "Odile": None, "Kelvane": None},
                 id="a-hyphened-nickname"),
    pytest.param(("The 1950 strike was led by Tobal Uriel “Buzz” Dorrance in the cane fields.",),
                 {"Tobal Uriel “Buzz” Dorrance": "person", "Tobal Uriel": None, "Dorrance": None},
                 id="a-first-and-a-middle-given-name-before-the-nickname"),
    pytest.param(("“We cannot live on this,” said Marisol “La Nena” Toledo, a market vendor.",),
                 {"Marisol “La Nena” Toledo": "person", "Marisol": None, "Toledo": None},
                 id="a-surname-that-is-a-town-after-a-known-given-name"),
    pytest.param(("Buses left Kelvo “Red” Toledo for the march.",),
                 {"Kelvo “Red” Toledo": None},
                 id="a-town-after-an-unknown-word-and-a-quoted-word-joins-nothing"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_nickname_shapes(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_a_hyphened_nickname_keeps_the_speaker():
    paragraph = "The steward, Odile “Ti-Paul” Kelvane, said, “Nobody crosses this line.”"
    assert quoted_speakers(paragraph) == [["Odile “Ti-Paul” Kelvane"]]


@pytest.mark.parametrize("paragraph, speaker", [
    ('"The pay is late again," said Odile "Ti-Paul" Kelvane, a cutter on the Dorrow line since spring.',
     'Odile "Ti-Paul" Kelvane'),
    ('"The pay is late again," said Odile "Paul" Kelvane, a cutter on the Dorrow line since spring.',
     'Odile "Paul" Kelvane'),
])
def test_a_verb_before_a_name_with_a_nickname_in_straight_marks_gives_the_whole_name(paragraph, speaker):
    """The straight mark before the nickname ends the words read after "said" as a middle
    initial's full stop does (kg.nlp.quotations.saying `whole_name`): the whole name speaks,
    not the given name alone."""
    assert quoted_speakers(paragraph) == [[speaker]]
