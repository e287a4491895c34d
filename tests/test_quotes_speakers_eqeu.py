"""Quotation speakers in three shapes the held-out sets showed (2026-12-07, rdr48): a speaker whose
given name is also a preposition that opens sentences ("Per", kg/data/nlp/boundaries.toml
`sentence_openers`), a surname alone after a namesake is named in full, and a quotation closing
its paragraph one sentence of the writer's after an attributed one. The articles are made up; the
entities stage runs for real."""

from __future__ import annotations

import re

import pytest
from nlp_support import article
from nlp_support import speakers_by_opening as speakers

from kg.annotations import Agent, Entity, Mention
from kg.model import Span
from kg.nlp.speakers import named_in_full
from kg.nlp.stages import annotate

GIVEN_OPENER = (
    "Dockworkers in Kelvo refused to unload the cars for a third week.",
    "Per Dorrsson, a crane driver in Kelvo, said his crew voted to back the blockade. “Nobody "
    "here wanted a fight with the company,” he said. “Now we have one.”",
)
GIVEN_OPENER_SAID = (
    "Per Dorrsson said the crew voted on Monday. “We will hold out,” he said.",
)
PREPOSITION = (
    "Per Kelvo Foods, the new rota starts in March, and the drivers want it dropped.",
)
NAMESAKES = (
    "Marcus Dorrell has driven a bus in Kelvo for 14 years.",
    "“They cut our breaks to ten minutes,” Dorrell said. “Then they cut the routes.”",
    "Leanne Dorrell, a cook at the county hospital, said the families back the strike. "
    "“We are all on this line,” she said.",
    "Dorrell said he wants other drivers to know. “The depot in Dorrow is next on their list.”",
)


ASIDE = ("“We carried the injured to the clinic ourselves,” said Karim Dorrani, a driver who "
         "marched in Kelvo in 2019. Police fired tear gas on the square every Saturday that "
         "winter. “Now the new law says we cannot film them.”")
ASIDE_BY_NAME = ("“We held the gate all night,” said Ana Dorrio, a packer. Dorrio has worked at "
                 "the Kelvo plant for 20 years. “Now we want our share.”")
OTHER_VOICES = ("“We held the gate all night,” said Ana Dorrio, a packer. Other strikers were "
                "angrier. “They will pay for this.”")
NOT_LAST = ("“We held the gate all night,” said Ana Dorrio, a packer. The plant closed in May. "
            "“They will pay for this.” The march went on to the county hall.")
NICKNAMED = ("“We fished these waters before the base came,” said Rafael “Chino” Dorrio, 58, a "
             "net mender from the north harbor of Kelvo. “Now they must clean it up.”")
RANKED = "“They sent me home and forgot me,” said Spc. Tomas Dorrio, 24. He lost a leg near Kelvo."
THEY = ("“We held the gate all night,” said Ana Dorrio, a packer. They marched to the county "
        "hall. “They will pay for this.”")


@pytest.fixture(scope="module")
def docs():
    return {"aside": annotate(article(ASIDE)), "aside_by_name": annotate(article(ASIDE_BY_NAME)),
            "other_voices": annotate(article(OTHER_VOICES)), "not_last": annotate(article(NOT_LAST)),
            "they": annotate(article(THEY)), "nicknamed": annotate(article(NICKNAMED)),
            "ranked": annotate(article(RANKED)),
            "given": annotate(article(*GIVEN_OPENER)),
            "given_said": annotate(article(*GIVEN_OPENER_SAID)),
            "preposition": annotate(article(*PREPOSITION)),
            "namesakes": annotate(article(*NAMESAKES))}


def _labels(doc) -> set[str]:
    return {e.label for e in doc.annotations.entities.values()}


def test_a_given_name_that_opens_sentences_is_kept_before_a_speakers_surname(docs):
    """"Per Dorrsson, a crane driver in Kelvo, said": the whole name is the speaker's; "Per" was
    cut as a sentence's preposition and the quotations given to "Dorrsson" alone."""
    assert "Per Dorrsson" in _labels(docs["given"])
    said = speakers(docs["given"])
    assert said["Nobody here wanted a"] == ["Per Dorrsson"]
    assert said["Now we have one."] == ["Per Dorrsson"]
    assert "Per Dorrsson" in _labels(docs["given_said"])


def test_the_preposition_before_a_name_that_says_nothing_stays_cut(docs):
    """"Per Kelvo Foods, the new rota …": no verb of saying after the name, no given name kept."""
    assert not any(label.startswith("Per ") for label in _labels(docs["preposition"]))


def test_a_surname_alone_after_a_namesake_is_the_one_already_called_by_it(docs):
    """"Marcus Dorrell … Dorrell said … Leanne Dorrell, a cook, … Dorrell said he …": the
    surname alone goes on naming the one the page called by it before she was named."""
    said = speakers(docs["namesakes"])
    assert said["They cut our breaks "] == ["Marcus Dorrell"]
    assert said["We are all on this l"] == ["Leanne Dorrell"]
    assert said["The depot in Dorrow "] == ["Marcus Dorrell"]


def _person(doc, key: str, label: str, kind: str, *surfaces: tuple[str, int]) -> str:
    """An entity new to the registry with a mention at each (surface, nth occurrence)."""
    doc.annotations.entities[key] = Entity(key=key, label=label, kind=kind, known=False)
    for surface, nth in surfaces:
        at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", doc.text)][nth]
        doc.annotations.mentions.append(Mention(Span(at, at + len(surface)), key))
    doc.annotations.mentions.sort(key=lambda x: x.span.begin)
    return key


def test_of_two_namesakes_the_one_called_by_the_surname_alone_is_chosen():
    """Each of two people of one surname is named in full; only one of them has a mention that
    reads the surname alone (the entities stage tied it so): that one is the surname's. Neither
    so called: as it was."""
    doc = article("Carl Ruud drives. Ruud spoke. Ingrid Ruud cooks. Ruud spoke again.")
    carl = _person(doc, "person/carl-ruud", "Carl Ruud", "person", ("Carl Ruud", 0), ("Ruud spoke", 0))
    _person(doc, "person/ingrid-ruud", "Ingrid Ruud", "person", ("Ingrid Ruud", 0))
    alone = Agent("entity", _person(doc, "thing/ruud", "Ruud", "thing", ("Ruud spoke", 1)))
    # "Ruud spoke" marks the surname's words: the mention reads the surname alone
    for m in doc.annotations.mentions:
        if doc.text[m.span.begin:m.span.end] == "Ruud spoke":
            m.span = Span(m.span.begin, m.span.begin + 4)
    assert named_in_full(doc, alone) == Agent("entity", carl)
    neither = article("Carl Ruud and Ingrid Ruud run the farm. Ruud spoke first.")
    _person(neither, "person/carl-ruud", "Carl Ruud", "person", ("Carl Ruud", 0))
    _person(neither, "person/ingrid-ruud", "Ingrid Ruud", "person", ("Ingrid Ruud", 0))
    still = Agent("entity", _person(neither, "thing/ruud", "Ruud", "thing", ("Ruud spoke", 0)))
    assert named_in_full(neither, still) == still


def test_a_quotation_closing_its_paragraph_after_the_writers_aside_is_the_speakers(docs):
    """One sentence naming nobody, or the speaker by name alone, between an attributed quotation
    and one closing the paragraph: the second is the first speaker's still."""
    assert speakers(docs["aside"])["Now the new law says"] == ["Karim Dorrani"]
    assert speakers(docs["aside_by_name"])["Now we want our shar"] == ["Ana Dorrio"]


@pytest.mark.parametrize("name", ["other_voices", "not_last", "they"])
def test_other_voices_a_paragraph_going_on_or_a_group_pronoun_leave_it_unattributed(docs, name):
    """"Other strikers were angrier." brings in more voices; a quotation the paragraph goes on
    after, and a sentence about "they", are no aside over one speaker's words."""
    assert speakers(docs[name])["They will pay for th"] == []


def test_the_second_piece_after_a_speaker_with_a_nickname_is_the_speakers(docs):
    """"“…,” said Rafael “Chino” Dorrio, 58, … “…”": the nickname's marks are the name's, no
    quotation standing between the two pieces."""
    said = speakers(docs["nicknamed"])
    assert said["We fished these wate"] == ["Rafael “Chino” Dorrio"]
    assert said["Now they must clean "] == ["Rafael “Chino” Dorrio"]


def test_a_soldiers_rank_before_the_speakers_name_ends_no_sentence(docs):
    """"said Spc. Tomas Dorrio, 24.": the rank's stop is no sentence's end (sentences.toml
    `no_break_after`), so the name after it speaks, not the rank."""
    assert speakers(docs["ranked"])["They sent me home an"] == ["Tomas Dorrio"]
