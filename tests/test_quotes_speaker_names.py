"""Quotation speakers named in four more ways (kg.nlp.quotations.quotes, kg.nlp.agents,
kg.nlp.speakers): an apposition holding an abbreviation's full stop ("the candidate for U.S.
Senate"), a Spanish speaker named later by the first of two surnames, "he"/"she" after a disease
or a thing a preposition governs, and "he said" after a quotation that names a public figure.
The articles are made up; the entities stage runs for real."""

from __future__ import annotations

import pytest
from nlp_support import article
from nlp_support import speakers_by_opening as speakers

from kg.annotations import Agent
from kg.model import Span
from kg.nlp import agents
from kg.nlp.speakers import named_in_full
from kg.nlp.stages import annotate

ABBREVIATION = (
    "“The bosses want one-person crews and fewer inspections,” Dana Kelwick-Ross, the Socialist "
    "Workers Party candidate for U.S. Senate from Ohio, told bus drivers at the depot gate here Nov. 8.",
)
TWO_SURNAMES = (
    "“We carried lanterns and primers into the hills,” Luisa María Cardenal Ortega told a union "
    "delegation here March 4.",
    "Cardenal, now a retired nurse, joined the literacy brigades at 15.",
    "Cardenal described how a farm family near Jinotega hid her when the bands came. “They had "
    "taken the mules, and they thought we would go home,” she said.",
    "These days she chairs a tenants' committee in León. “The revolution gave us the "
    "right to decide,” she said.",
)
DISEASE = (
    "Marisol Quintanar-Pike has worked as an aide at Riverbend Medical Center for 11 years. "
    "“We kept this place open,” she told the Militant.",
    "In April workers had one mask a week, she said. Three people on her shift came down with COVID-19. "
    "“Nobody from the office phoned us,” she said.",
)
PUBLIC_FIGURE = (
    "Mykola Hrytsenko, a miner at the Pivdenna shaft, said he opposes any deal that hands over "
    "the land. “Putin believes we will run out of patience. He is wrong,” he said.",
)


@pytest.fixture(scope="module")
def docs():
    """The made-up articles of this module, each read and annotated once by the real stages."""
    return {name: annotate(article(*paras)) for name, paras in {
        "abbreviation": ABBREVIATION, "surnames": TWO_SURNAMES, "disease": DISEASE,
        "figure": PUBLIC_FIGURE}.items()}


def test_an_apposition_may_hold_an_abbreviations_full_stop(docs):
    assert speakers(docs["abbreviation"])["The bosses want one-"] == ["Dana Kelwick-Ross"]


def test_she_after_the_first_of_two_surnames_is_the_person_named_in_full(docs):
    got = speakers(docs["surnames"])
    assert got["They had taken the m"] == ["Luisa María Cardenal Ortega"]
    # no name in its own paragraph: the surname in the paragraph before
    assert got["The revolution gave "] == ["Luisa María Cardenal Ortega"]


def test_she_never_stands_for_a_thing_a_preposition_governs(docs):
    got = speakers(docs["disease"])
    assert got["Nobody from the offi"] == ["Marisol Quintanar-Pike"]


def test_he_after_a_quotation_never_stands_for_a_name_inside_it(docs):
    assert speakers(docs["figure"])["Putin believes we wi"] == ["Mykola Hrytsenko"]


def test_surnames_are_the_last_word_and_the_first_of_two():
    assert agents.surnames("Luisa María Cardenal Ortega") == ["ortega", "cardenal"]
    assert agents.surnames("Raúl Castro Ruz") == ["ruz", "castro"]
    assert agents.surnames("Lyle K. Brandvold") == ["brandvold"]  # an initial is no surname
    assert agents.surnames("Henry Ford II") == ["ford"]  # nor is a suffix, nor a given name
    assert agents.surnames("Ana Ruiz") == ["ruiz"]


def test_a_first_surname_standing_alone_names_the_person_by_name(docs):
    doc = docs["surnames"]
    full = next(k for k, e in doc.annotations.entities.items() if e.label == "Luisa María Cardenal Ortega")
    assert agents.by_name(doc, "Cardenal") == Agent("entity", full)
    assert agents.by_name(doc, "Ortega") == Agent("entity", full)
    # a surname of nobody named in full is a person by that name alone
    assert agents.by_name(doc, "Kelwick") == Agent("person", "Kelwick")


def _unlinked(doc, surname: str):
    """The document as the entities stage may leave it: the surname standing alone linked to
    nobody (no mention, no alias of the full name)."""
    for e in doc.annotations.entities.values():
        e.aliases = [a for a in e.aliases if a != surname]
    doc.annotations.mentions = [m for m in doc.annotations.mentions if m.span.of(doc.text) != surname]
    return doc


def test_a_first_surname_left_unlinked_still_names_the_speaker():
    from kg.nlp.quotations import quotes

    doc = _unlinked(annotate(article(*TWO_SURNAMES)), "Cardenal")
    quotes.annotate(doc)
    got = speakers(doc)
    assert got["They had taken the m"] == ["Luisa María Cardenal Ortega"]
    assert got["The revolution gave "] == ["Luisa María Cardenal Ortega"]
    full = next(k for k, e in doc.annotations.entities.items() if e.label == "Luisa María Cardenal Ortega")
    assert agents.by_name(doc, "Cardenal") == Agent("entity", full)


def test_a_first_surname_left_an_entity_of_its_own_is_the_person_named_in_full():
    from kg.annotations import Entity, Mention

    doc = _unlinked(annotate(article(*TWO_SURNAMES)), "Cardenal")
    lone = Entity("thing/cardenal", "Cardenal", "thing", known=False)
    doc.annotations.entities[lone.key] = lone
    at = doc.text.index("Cardenal described")
    doc.annotations.mentions.append(Mention(Span(at, at + len("Cardenal")), lone.key))
    full = next(k for k, e in doc.annotations.entities.items() if e.label == "Luisa María Cardenal Ortega")
    assert named_in_full(doc, Agent("entity", lone.key)) == Agent("entity", full)


ROLE_BEFORE_NAME = (
    "Supporters in Dorrville collected $210 from co-workers. Welder Maria Kelvey sent a "
    "letter with her check: “For the truth about the strikes.”",
    "Police shot Rolf Danner at the gate. The report read: “No one was hurt.”",
)


def test_a_role_before_the_name_opening_a_clause_before_a_colon_gives_the_speaker():
    doc = annotate(article(*ROLE_BEFORE_NAME))
    got = speakers(doc)
    assert got["For the truth about "] == ["Maria Kelvey"]
    assert got.get("No one was hurt.", []) == []  # the one a verb names is no speaker


def test_a_name_before_a_verb_and_its_object_modifies_nothing():
    doc = annotate(article("Maria Kelvey sent a letter to the union. The Kelvo company cut wages."))
    def heads(words: str) -> set[str]:
        at = doc.text.index(words)
        return {m.span.of(doc.text) for m in agents.head_mentions(doc, Span(at, at + len(words)))}
    assert heads("Maria Kelvey sent a letter") == {"Maria Kelvey"}
    assert heads("The Kelvo company cut wages") == set()  # "Kelvo" modifies "company"
