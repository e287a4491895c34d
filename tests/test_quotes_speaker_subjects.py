"""Quotation speakers read from a subject's place (branch qs6): a name in a verb of saying's subject
place speaks whatever kind the entities stage gave it (kg.nlp.quotations.anykindname); a "they"
inside a quotation that passes words on is nobody the outer speaker is (kg.nlp.quotations.quotes
`_passed_on`); a slogan that a pronoun's relative clause describes is nobody's words
(kg.nlp.speakers `inscribed`); a paragraph opening with the subject of a verb of saying gives
the "he" of the next paragraph (kg.nlp.agents `_reporting_opener`). The articles are made up;
the entities stage runs for real."""

from __future__ import annotations

import pytest
from nlp_support import article, speakers_by_opening

from kg.nlp import agents
from kg.nlp.stages import NAMES, annotate


# Given names the gazetteer lacks: with a known one ("Dwayne Battle") the name rule
# kinds/quotedspeakers.py (ent103) types the name a person first, and this rule is not needed.
@pytest.mark.parametrize("name", ["Odwell Battle", "Tavish Fort", "Belvin March"])
@pytest.mark.parametrize("shape", [
    '"The bank kept every paper we signed," said {name}, who grew soybeans near Kinston until 1991. '
    '"We never saw them again."',
    '{name}, who grew soybeans near Kinston until 1991, said, "The bank kept every paper we signed. '
    'We never saw them again."',
], ids=["said-before-the-name", "the-name-before-said"])
def test_a_name_of_no_agents_kind_speaks(name, shape):
    # the rules alone (no learned typer, which may read "said Tavish Fort" as a person): the shape
    # the rule is for
    doc = annotate(article("Farmers from three states spoke at the hearing.", shape.format(name=name)),
                   only=[n for n in NAMES if n != "types"])
    ent = next(e for e in doc.annotations.entities.values() if e.label == name)
    assert not agents.is_agentive(doc, ent.key)  # the shape the rule is for: typed no agent
    # the entity, not an unidentified agent described by the same words
    assert speakers_by_opening(doc, agent_kinds=True)["The bank kept every "] == [name]


def test_they_inside_a_passed_on_quotation_is_not_the_outer_speaker():
    doc = annotate(article(
        "Dozens of tenants came to the hearing.",
        "“We have asked for repairs for three winters,” said Marisol Quiñones-Bell, a home health aide. "
        "“Each time we call the office they say, ‘Wait until spring.’ We are done waiting.”"))
    said = speakers_by_opening(doc)
    assert said["We have asked for re"] == ["Marisol Quiñones-Bell"]
    assert said["Wait until spring."] == []


def test_they_inside_a_passed_on_quotation_is_a_body_named_there():
    doc = annotate(article(
        "Dozens of tenants came to the hearing.",
        "“We wrote to the Harwick Housing Authority in May, and they told us, ‘The boiler is fine.’ It "
        "never worked,” said Marisol Quiñones-Bell."))
    assert speakers_by_opening(doc)["The boiler is fine."] == ["Harwick Housing Authority"]


@pytest.mark.parametrize("sentence", [
    'The slogan we chanted that night still holds: "Land to those who work it!"',
    'The banner they carried said it plainly: "Land to those who work it!"',
], ids=["we-chanted", "they-carried"])
def test_a_slogan_a_relative_clause_describes_is_nobodys(sentence):
    doc = annotate(article("Thousands marched to the capital in 1984.", sentence, byline=None))
    assert speakers_by_opening(doc)["Land to those who wo"] == []


def test_our_banner_still_opens_the_head():
    doc = annotate(article("Thousands marched to the capital in 1984.",
                           'Our banner at the march said "Land to those who work it!"'))
    assert speakers_by_opening(doc)["Land to those who wo"] == []


@pytest.mark.parametrize(("paragraph", "speaker"), [
    pytest.param("Tobias Okonkwo-Lind described how the packers broke the walkout. Magistrate Harold Pruitt "
                 "of Swift and Co. refused to hear the union's case, and deputies guarded the gates.",
                 "Tobias Okonkwo-Lind", id="the-reporting-subject-speaks"),
    pytest.param("Tobias Okonkwo-Lind chaired the meeting. Harold Pruitt, a retired packer from Omaha, has "
                 "worked on the kill floor for 30 years.",
                 "Harold Pruitt", id="no-reporting-subject-the-last-named-speaks"),
])
def test_a_he_in_the_next_paragraph(paragraph, speaker):
    doc = annotate(article(
        "Dozens came to the forum on the 1946 packinghouse strike.", paragraph,
        "“The old craft unions let the packers fight alone,” he said.",
    ))
    assert speakers_by_opening(doc)["The old craft unions"] == [speaker]
