"""Quotation speakers on pages shaped like the paper's news reports (kg.nlp.quotes, kg.nlp.speakers):
appositions after a name, titles with a full stop, "he said" after a name and a workplace, and
short questions followed by their speaker. The articles are made up; the entities stage runs for
real, so a workplace it types wrongly (a hotel taken for a person) is part of the test."""

from __future__ import annotations

import pytest
from nlp_support import article

from kg.nlp.stages import annotate

PARAGRAPHS = (
    "At a meeting in Denver on March 3, Rosa Delgado, a hospital cleaner whose parents came from "
    "Guatemala, said, “We never thought we would win this. Now we know we can.”",
    "In Gdansk, Tomasz Nowak, a welder at the shipyard, said, “The bosses want us to work for less.”",
    "“We kept the line going for nine weeks,” Carla Benning, a packer at Midland Foods, told the "
    "Militant. “Nobody crossed it.”",
    "“It is the first time I saw that,” one of them, Jorge Alcala, a truck driver, told me.",
    "“We came to help, not to take jobs,” said Dr. Luisa Ferrer, a surgeon from Santa Clara.",
    "“Fair for who?” asked Dale Hughes, a machinist.",
    "Marcus Webb, a cook at the Harbor View Hotel, said the company wants to cut hours. “They call you "
    "in for two hours and send you home,” he said.",
    "In Tulsa, Edna Folau, 52, a teacher at Lincoln High, said that the district lied to parents.",
)


@pytest.fixture(scope="module")
def doc():
    return annotate(article(*PARAGRAPHS))


def speakers(doc) -> dict[str, list[str]]:
    """Each quotation's first words -> the labels of its speakers."""
    ents = doc.annotations.entities
    return {q.content.of(doc.text)[:20]: [ents[a.key].label if a.key in ents else a.key for a in q.speakers]
            for q in doc.annotations.quotations if q.kind == "quotation"}


@pytest.mark.parametrize("opens, speaker", [
    ("We never thought we ", "Rosa Delgado"),     # X, a Y whose family came from PLACE, said, “…”
    ("The bosses want us t", "Tomasz Nowak"),     # In PLACE, X, a Y at Z, said, “…”
    ("We kept the line goi", "Carla Benning"),    # “…,” X, a Y at COMPANY, told the Militant.
    ("Nobody crossed it.", "Carla Benning"),      # the next quotation alone continues it
    ("It is the first time", "Jorge Alcala"),     # “…,” one of them, X, a Y, told me.
    ("We came to help, not", "Luisa Ferrer"),     # said Dr. X, …
    ("Fair for who?", "Dale Hughes"),             # a short question, then asked X: no scare quotes
    ("They call you in for", "Marcus Webb"),      # he = X, not the hotel X works at
])
def test_speaker(doc, opens, speaker):
    assert speakers(doc)[opens] == [speaker]


def test_a_place_or_workplace_in_an_apposition_never_speaks(doc):
    kinds = {doc.annotations.entities[a.key].kind for q in doc.annotations.quotations
             for a in q.speakers if a.key in doc.annotations.entities}
    assert kinds == {"person"}


def test_reported_speech_after_an_apposition_has_the_named_source(doc):
    sentence = next(s for s in doc.annotations.sentences if s.span.of(doc.text).startswith("In Tulsa"))
    (claim,) = [c for c in doc.annotations.claims if sentence.span.contains(c.span)]
    assert [doc.annotations.entities[a.key].label for a in claim.authors] == ["Edna Folau"]
    assert claim.voice == "reported"


def test_scare_quotes_followed_by_lower_case_words_stay_terms():
    doc = annotate(article("Hezbollah, the “party of God,” is said by many to be a movement of the poor."))
    assert [q.kind for q in doc.annotations.quotations] == ["term"]


NEARBY = (
    "The union has called a rally for Saturday. Hector Mba, a crane operator, said workers do not trust "
    "the inquiry. “They sent the guards with rifles. Who gave the order?”",
    "Lena Duarte, a packer on the night shift, joined the picket line on its second day. “Before the "
    "walkout we worked every Sunday.”",
    "“We were told to wait another year,” said Omar Haddad, a baggage handler.",
    "“Now we know that waiting gets us nothing.”",
    "“Nobody will cross this line.” Grace Obi has driven a forklift at the plant for 11 years.",
    "Workers at Delta Foods struck on Monday. “No contract, no work!”",
    "The company did not return calls.",
    "“We will be back here every morning until they sign.”",
)


@pytest.fixture(scope="module")
def nearby():
    return annotate(article(*NEARBY))


@pytest.mark.parametrize("opens, speaker", [
    ("They sent the guards", "Hector Mba"),    # the sentence before reports X's speech
    ("Before the walkout w", "Lena Duarte"),   # the sentence before introduces X, no verb of saying
    ("Now we know that wai", "Omar Haddad"),   # a paragraph that only goes on with X's words
    ("Nobody will cross th", "Grace Obi"),     # the next sentence opens with X's name
])
def test_speaker_from_the_sentences_around(nearby, opens, speaker):
    assert speakers(nearby)[opens] == [speaker]


def test_nobody_nearby_gives_no_speaker(nearby):
    got = speakers(nearby)
    assert got["No contract, no work"] == [], "a company named before a slogan does not say it"
    assert got["We will be back here"] == [], "a paragraph between: nobody's words go on"
