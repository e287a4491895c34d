"""Quotation speakers in shapes held-out sets EF–EK showed at their first measure (2026-12-07,
rdr46), on invented paragraphs: a memorial meeting's speaker retelling the dead one's advice in
straight single marks (1990s pages), a "she" for someone named before the outer quotation, a
subject pronoun before a coordinated predicate ("She would hand you a book and say"), a message
by its possessor ("his message said") or its signer ("A message from …, signed by …, said"), a
sign's or a slogan's words right after the thing, and a surname shared with a relative the page
names only as kin. The entities stage runs for real."""

from __future__ import annotations

import pytest
from nlp_support import article, mention
from nlp_support import speakers_by_opening as speakers

from kg.annotations import Agent
from kg.model import Span
from kg.nlp.quotations.nested import inner_marks
from kg.nlp.speakers import named_in_full
from kg.nlp.stages import annotate

RETOLD = (
    'Marta Kelvin joined the union in 1960. "She would give you a pamphlet and say, \'Come back '
    'when you\'re done and tell me what you think,\'" said Tom Dorrow, a young packer.',
    'Tom Dorrow spoke about Kelvin\'s years at the plant gate. "She sold more papers than anyone I '
    'know," he said. "She would tell a young worker, \'Read this, then come back and we\'ll talk.\'"',
    'Rosa Varga was at the gate every night. "She was 69 and on the line," said Lena Park, a '
    'driver. "She told the young ones, \'They\'ve got the guards, but we\'ve got the numbers.\'"',
    'The rally in the \'90s drew 300. "We marched in the rock \'n\' roll days," said Ada Moss.',
)

MESSAGES = (
    'Rosa Dorrow, consul of Kelvia in Varna, sent greetings. "Ana was among the first in this town '
    'to stand with us," her message said.',
    'A message from the Kelvo Miners Union, signed by Tomas Varga, its president, said, "We will '
    'never forget her."',
)

CARRIED = (
    '"A blockade of food is an act of war," said Tom Dorrow, a veteran who marched with a sign '
    'reading, "Vets say: Never again." He added, "I heard the same speech in 1968."',
    'Under the slogan "Kelvo First," Ana Kelvin calls for a wall along the river and an end to '
    'foreign aid.',
)


@pytest.fixture(scope="module")
def docs():
    return {"retold": annotate(article(*RETOLD)), "messages": annotate(article(*MESSAGES)),
            "carried": annotate(article(*CARRIED))}


@pytest.mark.parametrize("article_, opens, speaker", [
    ("retold", "She would give you a", ["Tom Dorrow"]),
    ("retold", "Come back when you'r", ["Marta Kelvin"]),   # she … and say, '…': named before
    ("retold", "Read this, then come", ["Marta Kelvin"]),    # she would tell a worker, '…'
    ("retold", "They've got the guar", ["Rosa Varga"]),      # he/she told them, '…': not the speaker
    ("retold", "We marched in the ro", ["Ada Moss"]),        # apostrophes open nothing
    ("messages", "Ana was among the fi", ["Rosa Dorrow"]),   # "…," her message said
    ("messages", "We will never forget", ["Tomas Varga"]),   # a message …, signed by X, said
    ("carried", "A blockade of food i", ["Tom Dorrow"]),
    ("carried", "Vets say: Never agai", []),                 # a sign reading, "…": nobody's
    ("carried", "I heard the same spe", ["Tom Dorrow"]),
    ("carried", "Kelvo First,", []),                         # under the slogan "…," X calls for
])
def test_speaker(docs, article_, opens, speaker):
    assert speakers(docs[article_])[opens] == speaker


def test_a_straight_single_mark_opens_only_after_a_comma_or_colon_before_a_capital():
    text = '"In the \'90s the workers\' union said, \'We won\'t go.\' It\'s ours," she said.'
    got = [text[c.begin:c.end] for _m, c in inner_marks(text, Span(1, text.rindex('"')))]
    assert got == ["We won't go."]


def test_a_surname_shared_with_a_relative_named_only_as_kin_is_the_other_ones():
    doc = article("Marta Kelvane died March 29. Her husband, Tomas Kelvane, worked in the mill. "
                  "Kelvane was arrested in 1973.")
    marta = mention(doc, "Marta Kelvane", "Marta Kelvane", "person")
    mention(doc, "Tomas Kelvane", "Tomas Kelvane", "person")
    alone = mention(doc, "Kelvane", "Kelvane", "thing")
    for key in (marta, alone):
        doc.annotations.entities[key].known = False
    assert named_in_full(doc, Agent("entity", alone)) == Agent("entity", marta)
