"""A "she said" after a sentence whose subject is described by an apposition naming someone
else by a possessive ("Gail Dorrow, Marta’s sister-in-law, runs the food bank. “…,” she
said."): the speaker is the subject, not the possessor named on the way
(kg.nlp.agents.appositive_possessor, docs/claims.md); and a subject phrase opening with a
relative word that is its verb's object ("the plan, which the business press has dubbed “…”"):
the subject after it speaks, not the name "which" stands for (kg.nlp.agents.resolve). Made-up
sentences only; the entities stage runs for real."""

from __future__ import annotations

import pytest
from nlp_support import article, speakers_by_opening
from nlp_support import speakers_by_opening as speakers

from kg.nlp.stages import annotate


@pytest.mark.parametrize("apposition", ["Marta’s sister-in-law", "Robin's wife",
                                        "Marta Brindle’s neighbor"])
def test_she_after_a_subject_with_a_possessive_apposition_is_the_subject(apposition):
    # the possessor's given name takes "she" (Marta) or either pronoun (Robin): only the
    # apposition tells that the subject speaks
    doc = annotate(article(
        "“We will not go back under their terms,” said Marta Brindle, a locked-out mechanic "
        "with 19 years in the mill.",
        "Robin Brindle drives a truck for the co-op. Gail Brindle, " + apposition + ", keeps "
        "the strike kitchen going. “We figured the company would cave by spring,” "
        "she said."))
    got = speakers(doc)
    assert got["We figured the compa"] == ["Gail Brindle"]
    assert got["We will not go back "] == ["Marta Brindle"]


def test_a_possessor_with_no_name_before_it_is_still_the_antecedent():
    # "Marta Brindle’s daughter works …": no name in apposition, so "she" is Marta
    doc = annotate(article(
        "Marta Brindle’s daughter works at the mill too. “My girl has more years in than I do,” "
        "she said."))
    assert speakers(doc)["My girl has more yea"] == ["Marta Brindle"]


# -- a relative word as the verb's object: the words after it are the subject ------------------

@pytest.mark.parametrize("subject,want", [
    ("the business press has", "the business press"),
    ("Marta Brindle has", "Marta Brindle"),
])
def test_which_with_a_subject_of_its_own_gives_that_subject(subject, want):
    doc = annotate(article(
        "Managers of Dorrow Foods met the Kelvo Bakers Union on Monday. Under the new plan, "
        f"which {subject} dubbed “share the pain, share the gain,” night shifts would be cut "
        "to four."))
    got = speakers_by_opening(doc, agent_kinds=True)["share the pain, shar"]
    assert got == ([("unidentified", want)] if want.islower() else [want])
