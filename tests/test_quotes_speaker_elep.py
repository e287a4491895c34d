"""Quotation speakers held-out sets EL–EP showed at their first measure (2026-12-07, rdr47), on
invented text: a pronoun that a preposition governs at the end of a verb's subject ("a woman
behind me said") is no speaker, the one it places speaks unnamed; an aside on the quotation's
last words between the closing mark and "she said" leaves the pronoun its speaker. The stages run
for real."""

from __future__ import annotations

import pytest
from nlp_support import article, speakers_by_opening

from kg.nlp.stages import annotate


@pytest.mark.parametrize("sentence", [
    "Then a man beside me said, “They never told us any of this.”",
    "A driver behind them shouted, “They never told us any of this.”",
    "Later a woman next to us said, “They never told us any of this.”",
], ids=["beside-me", "behind-them", "next-to-us"])
def test_a_pronoun_a_preposition_governs_is_no_speaker(sentence):
    doc = annotate(article("I saw the film at a theater in Dorrow last month.", sentence))
    said = speakers_by_opening(doc, agent_kinds=True)["They never told us a"]
    assert said and all(kind == "unidentified" for kind, _ in said)


def test_the_writer_still_speaks_as_a_pronoun_alone():
    doc = annotate(article("I spoke at the meeting in Dorrow.", "“We will be back,” I said."))
    assert speakers_by_opening(doc)["We will be back,"] == ["Mary Martin"]


def test_an_aside_on_the_quotations_last_words_before_she_said():
    doc = annotate(article(
        "Rosalind Kettering of the Kelvo Youth League rode in from Dorrow on a chartered van. "
        "“Our chapter holds a teach-in before the picket on March 3,” the day the "
        "Kelvo v. Dorrow ruling came down, she said."))
    assert speakers_by_opening(doc)["Our chapter holds a "] == ["Rosalind Kettering"]


def test_an_aside_holding_a_verb_of_saying_is_no_aside():
    """"…,” the union said in a statement, she said.": the aside names a speaker of its own, which
    the earlier rules read; this rule leaves it."""
    doc = annotate(article(
        "Rosalind Kettering of the Kelvo Youth League spoke at the rally.",
        "“We will not go back,” the union said in a statement."))
    assert speakers_by_opening(doc)["We will not go back,"] != ["Rosalind Kettering"]
