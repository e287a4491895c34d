"""Quotation speakers in four shapes of the paper's print-era pages (kg.nlp.quotations.quotes,
kg.nlp.quotations.headline, kg.nlp.speakers): a role named by whose it is, then the speaker's
name ("said his wife, Florence."); a speaker's name followed by a long place phrase ("said Tomás
Ibarra-Quintero on the picket line outside …"); a surname alone after a name given in full with
a middle initial ("“…,” Brandvold writes" in a review of a book by Lyle K. Brandvold); and a
statement's quoted headline, the words of whoever issued the statement. The articles are made
up; the entities stage runs for real."""

from __future__ import annotations

import pytest
from nlp_support import article, mention
from nlp_support import speakers_by_opening as speakers

from kg.annotations import Agent
from kg.nlp.speakers import named_in_full
from kg.nlp.stages import annotate

ROLES = (
    "“They cut our hours and then they cut the pay,” said packer Howard Lindqvist, who has worked at "
    "the plant for 11 years. “The line never stops,” said his wife, Florence.",
    "Lindqvist spoke outside the union hall. “We need a contract we can live on,” said Pruitt’s "
    "daughter, Mary Beth.",
    "Dale Pruitt has driven a truck for the company since 1988.",
)
LONG_PLACE = (
    "“Eleven weeks on the line and nobody has crossed,” said Tomás Ibarra-Quintero on the picket "
    "line at the gate of the Redfield Packing plant here March 4. More than 600 workers walked out.",
)
REVIEW = (
    "Harvest of Dust: A Farmer’s Story by Lyle K. Brandvold. Prairie Press, 2004. 240 pages.",
    "Lyle Brandvold farmed wheat near Minot, North Dakota, for thirty years.",
    "Brandvold describes the fight against the foreclosures of 1985. “The bank took the land but "
    "not the neighbors,” Brandvold writes.",
)
STATEMENT_BY = (
    "The following statement was released March 2 by Carla Ostrowski, Socialist Workers Party "
    "candidate for mayor of Duluth.",
    "The dockworkers are right to refuse to load the ore ships until the company fixes the cranes.",
)
STATEMENT_SIGNED = (
    "HALIFAX — The Communist League is running Pierre Aubin-Leclerc for city council. Below is the "
    "statement he released Jan. 9.",
    "The fishermen of the South Shore need a union that answers to them.",
    "— Pierre Aubin-Leclerc",
)
REPORT = (
    "HALIFAX — More than 300 fishermen rallied at the wharf Jan. 9 against the new quotas.",
    "The union issued a statement calling for the quotas to be dropped.",
)


@pytest.fixture(scope="module")
def docs():
    """The made-up articles of this module, each read and annotated once by the real stages."""
    return {
        "roles": annotate(article(*ROLES)),
        "long_place": annotate(article(*LONG_PLACE)),
        "review": annotate(article(*REVIEW, byline="ANNA KOVAC")),
        "by": annotate(article(*STATEMENT_BY, byline=None,
                               headline="‘Stand with the dockworkers of the Twin Ports’")),
        "signed": annotate(article(*STATEMENT_SIGNED, byline=None,
                                   headline="Nova Scotia: ‘Fishermen need a union of their own’")),
        "report": annotate(article(*REPORT, headline="Halifax: ‘Drop the quotas!’")),
    }


def test_a_name_after_a_role_named_by_a_possessive_pronoun_speaks(docs):
    """"said his wife, Florence.": the wife speaks, not the man "his" stands for, even though
    the entities stage may take her name for a city."""
    said = speakers(docs["roles"])
    assert said["They cut our hours a"] == ["Howard Lindqvist"]
    assert said["The line never stops"] == ["Florence"]


def test_a_name_after_a_role_named_by_a_possessive_name_speaks(docs):
    """"said Pruitt’s daughter, Mary Beth.": the daughter, not Pruitt."""
    assert speakers(docs["roles"])["We need a contract w"] == ["Mary Beth"]


def test_a_speakers_name_followed_by_a_long_place_phrase_speaks(docs):
    assert speakers(docs["long_place"])["Eleven weeks on the "] == ["Tomás Ibarra-Quintero"]


def test_a_surname_alone_speaks_for_the_name_given_in_full_with_its_middle_initial(docs):
    assert speakers(docs["review"])["The bank took the la"] == ["Lyle K. Brandvold"]


def found(doc, surface: str, kind: str) -> str:
    """Mark surface as a mention of a new name (not in the registry), as the entities stage does."""
    key = mention(doc, surface, surface, kind)
    doc.annotations.entities[key].known = False
    return key


def test_a_surname_shared_by_two_people_stays_as_it_was():
    """Two people of one surname ("Carl Ruud", "Ingrid Ruud"): the surname alone names neither;
    one man named with and without his middle initial: the fuller name."""
    doc = article("Carl Ruud and Ingrid Ruud run the farm. Ruud spoke first.")
    found(doc, "Carl Ruud", "person")
    found(doc, "Ingrid Ruud", "person")
    alone = Agent("entity", found(doc, "Ruud", "thing"))
    assert named_in_full(doc, alone) == alone
    one = article("Carl Ruud and Carl J. Ruud are one man. Ruud spoke first.")
    full = found(one, "Carl J. Ruud", "person")
    found(one, "Carl Ruud", "person")
    assert named_in_full(one, Agent("entity", found(one, "Ruud", "thing"))) == Agent("entity", full)


def test_a_surname_that_ends_a_name_outranks_a_first_of_two_surnames():
    """"Ruiz" after "Ana Ruiz" and "Pedro Ruiz Soto": the name the surname ends is the person;
    the first of two surnames counts only when no name ends with it."""
    doc = article("Ana Ruiz met Pedro Ruiz Soto at the plant gate. Ruiz spoke first.")
    ana = found(doc, "Ana Ruiz", "person")
    found(doc, "Pedro Ruiz Soto", "person")
    assert named_in_full(doc, Agent("entity", found(doc, "Ruiz", "thing"))) == Agent("entity", ana)
    alone = article("Pedro Ruiz Soto spoke at the plant gate. Ruiz spoke first.")
    pedro = found(alone, "Pedro Ruiz Soto", "person")
    assert named_in_full(alone, Agent("entity", found(alone, "Ruiz", "thing"))) == Agent("entity", pedro)


def test_a_one_word_name_the_registry_knows_stays_itself():
    """"Lenin" in the registry is somebody already, whoever else of that name the page holds."""
    doc = article("Lenin wrote to Anna Lenin. Lenin spoke first.")
    found(doc, "Anna Lenin", "person")
    known = Agent("entity", mention(doc, "Lenin", "Lenin", "person"))
    assert named_in_full(doc, known) == known


def test_a_statements_headline_quotation_is_whoever_issued_it(docs):
    assert speakers(docs["by"])["Stand with the dockw"] == ["Carla Ostrowski"]
    assert speakers(docs["signed"])["Fishermen need a uni"] == ["Pierre Aubin-Leclerc"]


def test_a_quoted_headline_over_a_report_naming_a_statement_is_left_alone(docs):
    assert "Drop the quotas!" not in speakers(docs["report"])
