"""The one walk over a name's words against its acronym's letters (kg.nlp.entities.spans.
acronymwalk), on invented names: each direction, each thing a reading lets stand between the
letters (small words, a comma, a hyphen, a spare capitalised word, words glued on after the
last letter) and the ways a walk misses. The rules built on it (andinitials, spelledacronyms,
initials) keep their own tests (test_names_set_au, _ay, _bc, test_names_set_aw)."""

from __future__ import annotations

import re

from kg.nlp.entities.spans.acronymwalk import BRACKETED, CLOSED, PIECE, SPACE, WHOLE_WORD, Spelling, spell

SMALL = frozenset({"of", "and", "the", "in", "des", "du"})
STRICT = Spelling(gap=SPACE, small=SMALL)


def back(text: str, how: Spelling = STRICT, word: re.Pattern[str] = WHOLE_WORD) -> str | None:
    """The name the walk reads back from the bracketed acronym in `text`, as printed."""
    a = BRACKETED.search(text)
    assert a is not None
    picked = spell(text, list(word.finditer(text, 0, a.start())), a.start() + 1, a.group(1), how,
                   forward=False)
    return None if picked is None else text[picked[0].start():picked[-1].end()]


def forward(text: str, letters: str, how: Spelling = STRICT,
            word: re.Pattern[str] = WHOLE_WORD) -> str | None:
    """The name the walk reads forward from ", the " in `text`, as printed."""
    begin = text.index(", the ") + len(", the ")
    picked = spell(text, list(word.finditer(text, begin)), begin - 1, letters, how, forward=True)
    return None if picked is None else text[picked[0].start():picked[-1].end()]


# -- back from a bracket ----------------------------------------------------------------------------

def test_back_reads_the_words_that_spell_the_letters_and_stops_there():
    assert back("Members of the Brenholt Tenants Guild (BTG) marched.") == "Brenholt Tenants Guild"


def test_back_takes_of_and_and_between_the_letters():
    assert back("the League of Ferrymen and Porters (LFP) voted") == "League of Ferrymen and Porters"


def test_back_never_opens_the_name_with_a_small_word():
    # "of" right before the bracket spells no letter and may not end the name
    assert back("the Guild Porters of (GP) met") is None


def test_back_misses_at_a_word_that_spells_no_letter():
    assert back("the Ostrava Quarry Drivers (OTD) met") is None


def test_back_misses_when_the_words_run_out_before_the_letters():
    assert back("Quarry Drivers (OQD) met") is None


def test_back_stops_at_a_gap_the_reading_does_not_allow():
    assert back("Ostrava, Quarry Drivers (OQD) met") is None
    assert back("the Quarry  Drivers (QD) met") is None  # two spaces


def test_back_from_the_bracket_needs_the_space_before_it():
    text = "the Quarry Drivers(QD) met"
    a = re.search(r"\((QD)\)", text)
    words = list(WHOLE_WORD.finditer(text, 0, a.start()))
    assert spell(text, words, a.start(), "QD", STRICT, forward=False) is None


def test_back_any_white_space_and_folded_letters_read_another_language():
    how = Spelling(gap=re.compile(r"\s+"), small=SMALL, folded=True)
    text = "la Fédération des\nmineurs unis (FMU) a dit"
    a = re.search(r"\((FMU)\)", text)
    picked = spell(text, list(WHOLE_WORD.finditer(text, 0, a.start())), a.start(), "FMU", how, forward=False)
    assert picked is not None and [t.group(0) for t in picked] == ["Fédération", "des", "mineurs", "unis"]
    assert spell(text, list(WHOLE_WORD.finditer(text, 0, a.start())), a.start(), "FMU", STRICT,
                 forward=False) is None  # unfolded, "mineurs" spells m, no M


def test_back_hyphen_gap_with_pieces():
    how = Spelling(gap=re.compile(r"[ -]"), small=SMALL, small_lower=True)
    assert back("the Brenholt Guild-Ferry Porters (BGFP) met", how, PIECE) == "Brenholt Guild-Ferry Porters"
    # whole words keep "Guild-Ferry" one word: it spells G alone
    assert back("the Brenholt Guild-Ferry Porters (BGFP) met", how) is None


def test_back_small_words_only_in_lower_case_when_the_reading_says_so():
    lower = Spelling(gap=SPACE, small=SMALL, small_lower=True)
    assert back("the League Of Porters (LOP) met", lower) == "League Of Porters"  # "Of" spells O
    assert back("the League Of Porters (LP) met", lower) is None
    assert back("the League Of Porters (LP) met") == "League Of Porters"  # any case: "Of" skipped


def test_back_a_stop_word_ends_the_name_as_a_miss():
    how = Spelling(gap=SPACE, small=SMALL, small_lower=True, stops=frozenset({"in"}))
    assert back("the Tenants Rights in the Orla Valley (TROV) met", how) is None
    assert back("the Tenants Rights in the Orla Valley (TROV) met",
                Spelling(gap=SPACE, small=SMALL)) == "Tenants Rights in the Orla Valley"


# -- forward from ", the " ---------------------------------------------------------------------------

def test_forward_reads_the_words_after_the_and_stops_at_the_last_letter():
    text = "BTG, the Brenholt Tenants Guild and others, marched."
    assert forward(text, "BTG") == "Brenholt Tenants Guild"


def test_forward_takes_of_and_and_between_the_letters():
    text = "LFP, the League of Ferrymen and Porters, voted"
    assert forward(text, "LFP") == "League of Ferrymen and Porters"


def test_forward_misses_at_a_word_that_spells_no_letter():
    assert forward("OQD, the Ostrava Tram Drivers, met", "OQD") is None


def test_forward_needs_the_first_word_right_after_the():
    assert forward("BT, the  Brenholt Tenants, met", "BT") is None


LONG = Spelling(gap=re.compile(r"[ -]|, "), small=SMALL, small_lower=True, small_after=" ",
                spare_every=3, glued=True)


def test_forward_a_comma_parts_words_only_while_letters_are_left():
    text = "BRFT, the Brenholt Riggers, Ferrymen and Tug Crews, struck"
    assert forward(text, "BRFT", LONG, PIECE) == "Brenholt Riggers, Ferrymen and Tug Crews"
    assert forward(text, "BRFT", STRICT, PIECE) is None  # no comma in a strict reading


def test_forward_a_comma_after_the_last_letter_ends_the_name():
    text = "BRF, the Brenholt Riggers Ferrymen, Tug Crews went"
    assert forward(text, "BRF", LONG, PIECE) == "Brenholt Riggers Ferrymen"


def test_forward_a_hyphen_parts_two_bodies_names():
    text = "OTG-BFU, the Orla Tenants Guild-Brenholt Ferry Union, voted"
    assert forward(text, "OTGBFU", LONG, PIECE) == "Orla Tenants Guild-Brenholt Ferry Union"


def test_forward_a_spare_capitalised_word_one_for_every_three_letters():
    assert forward("ORF, the Orla Riggers Workers Federation, met", "ORF", LONG, PIECE) \
        == "Orla Riggers Workers Federation"
    # two spare words for three letters are too many
    assert forward("ORF, the Orla Riggers Workers Dock Federation, met", "ORF", LONG, PIECE) is None


def test_forward_the_first_word_must_spell_the_first_letter():
    assert forward("ORF, the Kelmar Orla Riggers Federation, met", "ORF", LONG, PIECE) is None


def test_forward_glued_capitalised_words_after_the_last_letter():
    text = "ORF, the Orla Riggers Federation North Branch went"
    assert forward(text, "ORF", LONG, PIECE) == "Orla Riggers Federation North Branch"
    assert forward(text, "ORF", STRICT, PIECE) == "Orla Riggers Federation"


def test_forward_a_small_word_only_after_a_space():
    text = "ORF, the Orla Riggers-of Federation, met"
    assert forward(text, "ORF", LONG, PIECE) is None
    text = "ORF, the Orla Riggers of Federation, met"
    assert forward(text, "ORF", LONG, PIECE) == "Orla Riggers of Federation"


def test_closed_says_what_ends_a_name_read_forward():
    assert CLOSED.match("Union, went", 5) and CLOSED.match("Union went", 5)
    assert not CLOSED.match("Union North", 5)
