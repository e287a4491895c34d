"""Where a name starts and ends on sets AD's and AE's kinds (issue 10, read by category after
their untuned measure; branch ent47): a surname's particle inside a person's name ("Van der",
"bin", "ur-", "wa") and the speaker it gives. Every sentence is made up for these tests; no text
or name of a held-out set is used."""

from __future__ import annotations

import pytest

from kg.nlp.stages import annotate
from tests.nlp_support import article, check_names, found


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
    doc = annotate(article(paragraph))
    ents = doc.annotations.entities
    got = [[ents[a.key].label for a in q.speakers if a.key in ents]
           for q in doc.annotations.quotations if q.kind == "quotation"]
    assert got == [[speaker]]
