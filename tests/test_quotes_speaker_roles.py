"""Quotation speakers in three more shapes (kg.nlp.quotations.quotes, kg.nlp.speakers): an
occupation printed between the verb and the name ("said guard Ana Ruiz-Toledo on the picket
line …"), an apposition holding an abbreviation in parentheses ("…, a member of the Strike
Council (SC), told this reporter"), and a slogan that a banner or placard "says", which nobody
speaks. The articles are made up; the entities stage runs for real."""

from __future__ import annotations

import pytest
from nlp_support import article
from nlp_support import speakers_by_opening as speakers

from kg.nlp.quotations.saying import role_words
from kg.nlp.stages import annotate

OCCUPATION = (
    "“Who will lift the crates at the depot if nobody is hired?” said conductor Tobias "
    "Warrick-Lund on the picket line at the Central Yard gate. Drivers have refused overtime.",
    "“We are not going back without a contract,” said retired welder Edna Prowse outside the "
    "union hall on Saturday morning after the vote.",
)
PARENTHESES = (
    "“They want to break us before the summit opens,” Rosa Marín de la Vega, a member of the "
    "Student Coordinating Committee (SCC), told this reporter. Officials claim the students "
    "started it.",
    "“The bosses locked the gates at dawn,” Olek Brandt, a steward of the Harbor Workers Union "
    "(HWU), told the Militant.",
)
INTERVIEW = (
    "Militant: What is happening in your town?",
    "Dochartaigh: The mills are gone. My brother worked at Kerrigan & Sons until it shut. Our "
    "placard at the march next month will say “Jobs and homes for the Glen.”",
    "Militant: What comes next?",
    "Dochartaigh: We keep on organizing.",
)
SIGNS = (
    "Hundreds of nurses rallied outside Mercy Hospital in Dorrville. The signs carried by "
    "strikers said “Safe staffing saves lives.”",
    "Sign painter Lucia Ferrante said, “We made two hundred of them in one night.”",
)


@pytest.fixture(scope="module")
def docs():
    """The made-up articles of this module, each read and annotated once by the real stages."""
    return {name: annotate(article(*paras)) for name, paras in {
        "occupation": OCCUPATION, "parentheses": PARENTHESES, "interview": INTERVIEW,
        "signs": SIGNS}.items()}


def test_an_occupation_between_the_verb_and_the_name_gives_the_name(docs):
    got = speakers(docs["occupation"])
    assert got["Who will lift the cr"] == ["Tobias Warrick-Lund"]
    assert got["We are not going bac"] == ["Edna Prowse"]


def test_role_words_are_lower_case_words_that_are_no_function_words():
    assert role_words("guard Ana Ruiz on the line") == len("guard ")
    assert role_words("retired welder Ana Ruiz") == len("retired welder ")
    assert role_words("Ana Ruiz on the line") == 0  # no role printed
    assert role_words("to the crowd Ana Ruiz") == 0  # a preposition, a determiner: no role
    assert role_words("that Ana Ruiz") == 0  # a bridge


def test_an_abbreviation_in_parentheses_stays_inside_the_apposition(docs):
    got = speakers(docs["parentheses"])
    assert got["They want to break u"] == ["Rosa Marín de la Vega"]
    assert got["The bosses locked th"] == ["Olek Brandt"]


def test_a_slogan_a_placard_will_say_is_nobodys_words(docs):
    # not the writer ("Our"), not the interviewee whose answer holds it
    assert speakers(docs["interview"])["Jobs and homes for t"] == []


def test_a_slogan_signs_say_is_nobodys_words_but_a_sign_painter_speaks(docs):
    got = speakers(docs["signs"])
    assert got["Safe staffing saves "] == []
    assert got["We made two hundred "] == ["Lucia Ferrante"]
