"""Quotation speakers named in six more ways (kg.nlp.quotations.quotes, kg.nlp.quotations.headline,
kg.nlp.speakers, kg.nlp.agents): a title's full stop before a long hyphenated name, "she" telling
apart two persons of one surname, a speaker described first and "named" after, a quotation after
a sentence that goes on about the last speaker by a pronoun, a predicate reported in a participle
phrase (", saying he “…”", ", finding that the contract “…”") with a title-led surname standing for
the person named in full, and a headline that quotes a body quotation's words. The articles are
made up; the entities stage runs for real."""

from __future__ import annotations

import pytest
from nlp_support import article
from nlp_support import speakers_by_opening as speakers

from kg.annotations import Agent
from kg.nlp.speakers import named_in_full
from kg.nlp.stages import annotate

TITLE = (
    "“The county wants this family to stay quiet,” said Rev. Darnell Okafor-Pryce of Mount Zion "
    "Baptist Church. “We will not be quiet.”",
)
SURNAME = (
    "“They beat my son in the street,” Loretta Vance told a rally here June 2. Her son, Darius "
    "Vance-Hill, 19, was beaten by police.",
    "Prosecutors charged his uncle, Curtis Vance, with obstruction.",
    "Vance said the family got no word for a week. “Two weeks went by before anyone came to our "
    "door,” she said. “They still have not apologized.”",
)
NAMED = (
    "Socialists joined picket lines at the Port of Mobile. “The port could not run a day without "
    "us, and the bosses know it,” a welder and member of Kelvo Local 12 named Tyrone "
    "Gaskins told us at the gate.",
)
GOES_ON = (
    "“The managers say the raise will send the plant to Cambodia,” said Wartini, a 31-year-old "
    "cutter at the mill. She has two children and rides a motorbike to work. “But the plant is "
    "still here, and so are we.”",
)
PARTICIPLE = (
    "The Dayton Police Officers’ Association has backed Brandt, saying he “did nothing wrong.”",
)
RULING = (
    "Circuit Judge Harlan Q. Bexley threw out the charges against four miners on Monday.",
    "County Attorney Dale Rusk wanted a trial. Judge Bexley sided with the defense, ruling that the "
    "state’s case \"fell far short of what the law requires.\"",
)
HEADLINE = (
    "GREELEY, Colorado — A jury acquitted Omar Haji Farah of all charges here May 4.",
    "“We filled the courtroom every day. For six months the union kept us standing,” said Omar "
    "Haji Farah, who works in the boning department.",
)
SLOGAN = (
    "Hundreds marched downtown May 1. “For six months the union kept us standing,” said Omar Haji "
    "Farah, a boner.",
)


@pytest.fixture(scope="module")
def docs():
    """The made-up articles of this module, each read and annotated once by the real stages."""
    out = {name: annotate(article(*paras)) for name, paras in {
        "title": TITLE, "surname": SURNAME, "named": NAMED, "goes_on": GOES_ON,
        "participle": PARTICIPLE, "ruling": RULING}.items()}
    out["headline"] = annotate(article(*HEADLINE, headline="‘Union kept us standing’"))
    out["short"] = annotate(article(*SLOGAN, headline="‘Union strong’"))
    return out


def test_a_long_name_after_a_titles_full_stop_speaks(docs):
    said = speakers(docs["title"])
    assert said["The county wants thi"] == ["Darnell Okafor-Pryce"]
    assert said["We will not be quiet"] == ["Darnell Okafor-Pryce"]


def test_she_tells_apart_two_persons_of_one_surname(docs):
    said = speakers(docs["surname"])
    assert said["Two weeks went by be"] == ["Loretta Vance"]
    assert said["They still have not "] == ["Loretta Vance"]


def test_a_described_speaker_named_after_the_description_speaks(docs):
    assert speakers(docs["named"])["The port could not r"] == ["Tyrone Gaskins"]


def test_a_quotation_after_a_sentence_about_the_speaker_is_theirs(docs):
    assert speakers(docs["goes_on"])["But the plant is sti"] == ["Wartini"]


def test_a_sentence_naming_someone_else_between_stops_the_carry_over():
    doc = annotate(article(
        "“The managers say the raise will send the plant to Cambodia,” said Wartini, a cutter at "
        "the mill. Her supervisor, Hendra Wijaya, says she talks too much. “But the plant is "
        "still here, and so are we.”"))
    assert speakers(doc)["But the plant is sti"] != ["Wartini"]


def test_a_predicate_after_saying_he_is_the_clauses_subjects(docs):
    said = speakers(docs["participle"])
    assert said["did nothing wrong."] == ["Dayton Police Officers’ Association"]


def test_a_ruling_reports_the_judge_named_in_full(docs):
    assert speakers(docs["ruling"])["fell far short of wh"] == ["Harlan Q. Bexley"]


def test_a_title_led_surname_names_the_person_in_full(docs):
    # the entities stage now cuts the ambiguous title off the surname of the one person named in
    # full and links the surname to that person (branch ent41); `named_in_full` still reads a
    # title-led surname entity that reaches it so
    doc = docs["ruling"]
    ents = doc.annotations.entities
    at = doc.text.index("Judge Bexley sided") + len("Judge ")
    bexley = next(m for m in doc.annotations.mentions if m.span.begin == at)
    assert ents[bexley.entity].label == "Harlan Q. Bexley"
    assert not any(e.label == "Judge Bexley" for e in ents.values())
    full = named_in_full(doc, Agent("entity", bexley.entity))
    assert ents[full.key].label == "Harlan Q. Bexley"


def test_a_headline_quoting_a_body_quotation_is_its_speakers(docs):
    assert speakers(docs["headline"])["Union kept us standi"] == ["Omar Haji Farah"]


def test_a_two_word_headline_quotes_nobody(docs):
    assert "Union strong" not in speakers(docs["short"])
