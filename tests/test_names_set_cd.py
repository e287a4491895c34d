"""Names of the Pacific and a university's (sets CD and CE at their first measure, 2026-12-06),
on invented text: a letter's signer whose name has a word opening with the glottal stop's mark
(the ʻokina of Tongan, Samoan and Hawaiian names: "Sela ʻUluvalu") is a signer like any other,
so the letters page keeps its items apart (CD's read two letters as one); the peoples'
adjectives ("Māori and Pākehā workers", `group_words`) are no names; a naval rank and a
university's "Rector" are titles; a seat after "for" ends at its sentence's stop; a land named
for a person's possessive ("Kelvin’s Bush") is one place; a name typed a
person only by a given name inside it, between "the" and a building's noun ("the Al Kelvari
mosque"), is the building."""

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


def test_the_peoples_adjectives_of_the_pacific_are_no_names(registry):
    from nlp_support import surfaces

    got = surfaces(registry, "Māori and Pākehā workers marched with Pasifika youth and Aboriginal "
                             "families in Kelvo, where Indo-Fijian cane farmers joined them.")
    assert set(got) == {"Kelvo"}, got
    # a body the word opens keeps it
    assert "Māori Party" in surfaces(registry, "The Māori Party met in Kelvo.")


def test_a_naval_rank_before_a_name_is_a_title(registry):
    from nlp_support import surfaces

    got = surfaces(registry, "Commodore Tevita Dorrow took power in Kelvo after the vote.")
    assert got.get("Tevita Dorrow", "").startswith("person/"), got
    assert "Commodore Tevita Dorrow" not in got


def test_a_name_after_the_and_before_a_mosque_is_the_building(registry):
    from nlp_support import surfaces

    got = surfaces(registry, "The gunman attacked the Al Kelvari mosque on Dorrow Avenue.")
    assert got.get("Al Kelvari", "").startswith("place/"), got
    # a person named and quoted keeps being a person
    got = surfaces(registry, "“We will rebuild,” said Noor Kelvari, a worshipper.")
    assert got.get("Noor Kelvari", "").startswith("person/"), got


def test_a_universitys_rector_is_a_title(registry):
    from nlp_support import surfaces

    got = surfaces(registry, "Students marched on the offices of Rector Ana Dorrow de Kelvo in June.")
    assert got.get("Ana Dorrow de Kelvo", "").startswith("person/"), got


def test_a_seat_after_for_ends_at_its_sentences_stop(registry):
    from nlp_support import surfaces

    got = surfaces(registry, "Ana Dorrow, the member of parliament for Kelvo. The Tallow Union won.")
    assert got.get("Kelvo", "").startswith("place/"), got
    assert "Tallow Union" in got and not any(". " in s for s in got), got
    got = surfaces(registry, "Ana Dorrow, the MP for St. Kelvins and Dorrow West, spoke.")
    assert got.get("St. Kelvins and Dorrow West", "").startswith("place/"), got


def test_a_land_named_for_a_persons_possessive_is_one_place(registry):
    from nlp_support import surfaces

    got = surfaces(registry, "The green bans began at Kelvin’s Bush near Dorrow in 1971.")
    assert got.get("Kelvin’s Bush", "").startswith("place/"), got
    assert "Kelvin" not in got and "Bush" not in got, got


def test_a_cemetery_named_for_a_man_is_a_place(registry):
    from nlp_support import surfaces

    got = surfaces(registry, "The fighters were shot against a wall of the Pere Kelvaise cemetery.")
    assert got.get("Pere Kelvaise", "").startswith("place/"), got
