"""A "he said" or "she said" after a sentence that opens with a person taking the floor is that
person's, not the last person the sentence names on the way: a book's author in a possessive, a
leader in a clause, a lawyer after "by", each of the speaker's gender, so that the pronoun tells
them apart from nobody (kg.nlp.speakingsubject, sets DV and DX at their first
measure, 2026-12-07, rdr44). The articles are made up; the entities stage runs for real."""

from __future__ import annotations

import pytest
from nlp_support import article, speakers_by_opening

from kg.nlp.stages import annotate

QUOTE = "“We passed that pamphlet from hand to hand on the night shift,” {pronoun} said."


@pytest.mark.parametrize("sentence,pronoun,speaker", [
    # an introductory phrase, an apposition, a verb of saying, a book's author in a possessive
    ("In the discussion, Marisol Quiñones-Bell, a nurse at the Harwick clinic, said her ward had "
     "read Ingrid Sorensen’s history of the 1919 strike.", "she", "Marisol Quiñones-Bell"),
    # a verb of speaking with no words of its own, a man named in a clause after it
    ("Rosalind Achterberg, of the Kelvo Labor Forum, spoke on the miners’ unions founded while "
     "Hedda Marlowe was alive.", "she", "Rosalind Achterberg"),
    # a surname alone the paragraph before named in full; a lawyer after "by"
    ("Okafor pointed to the transcript, read into the record by defense lawyer Tobias Wendt.",
     "he", "Emeka Okafor"),
], ids=["said-possessive", "spoke-clause", "pointed-to-by"])
def test_the_one_who_takes_the_floor_speaks_the_pronouns_quotation(sentence, pronoun, speaker):
    doc = annotate(article(
        "Emeka Okafor, a welder, chaired the meeting in Harwick.",
        sentence + " " + QUOTE.format(pronoun=pronoun)))
    assert speakers_by_opening(doc)["We passed that pamph"] == [speaker]


def test_a_person_named_in_the_pronouns_own_sentence_is_nearer():
    doc = annotate(article(
        "Dozens of workers came to the forum.",
        "Marisol Quiñones-Bell, a nurse, spoke on the strike. After her, Tobias Wendt told the "
        "meeting about the pamphlet, and “we passed it from hand to hand,” he said."))
    assert speakers_by_opening(doc)["we passed it from ha"] == ["Tobias Wendt"]


def test_a_sentence_opening_with_no_one_taking_the_floor_leaves_the_nearest_person():
    doc = annotate(article(
        "Dozens of workers came to the forum.",
        "Marisol Quiñones-Bell introduced Tobias Wendt, a welder from Harwick. "
        + QUOTE.format(pronoun="he")))
    assert speakers_by_opening(doc)["We passed that pamph"] == ["Tobias Wendt"]

