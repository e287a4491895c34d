"""Where a name starts and ends on sets AD's and AE's kinds (issue 10, read by category after
their untuned measure; branch ent47): a surname's particle inside a person's name ("Van der",
"bin", "ur-", "wa") and the speaker it gives. Every sentence is made up for these tests; no text
or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, quoted_speakers


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a surname's particle inside a person's name ---------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a Flemish or Dutch particle capitalised inside running text
    ("“We stand together,” said Tomas Van der Kelvin, a machinist on the night shift.",
     {"Tomas Van der Kelvin": "person", "Tomas Van": None, "Kelvin": None}),
    ("Rain fell. Tomas Van den Kelvin, a machinist, said the union was strong.",
     {"Tomas Van den Kelvin": "person", "Tomas Van": None, "Kelvin": None}),
    # "bin" after a given name opening a sentence: the given name is no common noun
    ("The strike went on. Nadia bin Tallal, a nurse in Kelvo, said the union would win.",
     {"Nadia bin Tallal": "person", "Tallal": None}),
    # the Urdu "ur-" before a capital counts as a capitalised word
    ("Rain fell. Imran ur-Kelvani, a clerk, said his union gave out blankets.",
     {"Imran ur-Kelvani": "person", "Imran": None}),
    # the Swahili "wa" joins a given name to the father's
    ("“We dig for nothing,” said Jean-Pierre Mbuyi wa Kelenga, a miner.",
     {"Jean-Pierre Mbuyi wa Kelenga": "person", "Jean-Pierre Mbuyi": None, "Kelenga": None}),
    # a common noun opening a sentence before "of" is still dropped
    ("Members of the Kelvo Metal Workers Union joined.",
     {"Kelvo Metal Workers Union": "organization", "Members of the Kelvo Metal Workers Union": None}),
])
def test_a_surnames_particle_inside_a_persons_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("paragraph, speaker", [
    ("Pay was cut again. Nadia bin Tallal, a nurse in Kelvo, said, “We will not go back.”",
     "Nadia bin Tallal"),
    ("“We built these planes,” said Tomas Van der Kelvin, a machinist.", "Tomas Van der Kelvin"),
    ("Rain fell. Imran ur-Kelvani, a clerk, said, “The rulers look after themselves.”",
     "Imran ur-Kelvani"),
])
def test_the_speaker_is_the_whole_name(paragraph, speaker):
    assert quoted_speakers(paragraph) == [[speaker]]


# -- French bodies with lower-case inner words, an article opening the name ------------------------
@pytest.mark.parametrize("sentence, want", [
    # an article before the head; "et des" and "du" inside; a common English capital after "des"
    ("Miners at La Compagnie des Forges et des Mines du Kelvo struck.",
     {"La Compagnie des Forges et des Mines du Kelvo": "organization", "La Compagnie": None,
      "Forges": None, "Mines du Kelvo": None}),
    ("The state firm, La Générale des Forges et des Mines (Génfor), holds a stake.",
     {"La Générale des Forges et des Mines": "organization", "La Générale": None, "Forges": None}),
    ("The Organisation des Mineurs Libres du Kelvo (OMLK) called a strike.",
     {"Organisation des Mineurs Libres du Kelvo": "organization", "Organisation": None,
      "Mineurs Libres du Kelvo": None}),
    # an English word still ends such a name; an article alone opens none
    ("The Syndicat des travailleurs said, in a statement, it would strike.",
     {"Syndicat des travailleurs": "organization"}),
    ("Workers of the Kelvo Union and Dorrow Mines struck.", {"Kelvo Union and Dorrow Mines": None}),
])
def test_a_french_body_with_lower_case_inner_words(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- places: a region with "and" inside, a road's bend named with a possessive --------------------
@pytest.mark.parametrize("sentence, want", [
    # the gazetteer knows "Trinidad and Tobago": a word before it made a run that ended at "and"
    ("The storm hit Southern Trinidad and Tobago hardest.",
     {"Southern Trinidad and Tobago": "place", "Southern Trinidad": None, "Tobago": None}),
    # two people joined by "and" are no such place
    ("Tomas Kelvo and Maria Dorrow spoke.", {"Tomas Kelvo": "person", "Maria Dorrow": "person"}),
    ("Police fired on the blockade at Hangman’s Curve, on the highway near Kelvo.",
     {"Hangman’s Curve": "place", "Hangman": None, "Curve": None}),
    ("Police fired on the blockade at Kelvin's Bend.", {"Kelvin's Bend": "place", "Kelvin": None}),
])
def test_places_with_and_or_a_possessive(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- firms: a lower-case letter after "&", a firm and its town, an acronym after "known as" --------
@pytest.mark.parametrize("sentence, want", [
    ("The chain is owned by Kelvo & i Holdings, a retail group.",
     {"Kelvo & i Holdings": "organization", "Kelvo": None, "Holdings": None}),
    # the English article after "&" is no word of a name
    ("Workers at Kelvo & a Dorrow struck.", {"Kelvo & a Dorrow": None}),
    # a firm's head before "of" and a registry city: the firm, then where it sits
    ("The store was sold to Kelvo Investment Group of New York the next day.",
     {"Kelvo Investment Group": "organization", "New York": "city",
      "Kelvo Investment Group of New York": None}),
    # a body's "of" part that is no city stays its name
    ("The Contact Group of Nations met.", {"Contact Group of Nations": "organization"}),
    # a lone acronym after ", known as" right after a name is that name's short form
    ("The Kelvo and Dorrow Senior Staff Association of Nigeria, known as KELDOSSAN, joined the strike.",
     {"Kelvo and Dorrow Senior Staff Association of Nigeria": "organization", "KELDOSSAN": "organization"}),
    # … not after a noun
    ("The strikers, known as KELDOSSAN, marched.", {"KELDOSSAN": None}),
])
def test_firms_glued_or_cut(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
