"""Quotation speakers in shapes held-out sets EF–EK showed at their first measure (2026-12-07,
rdr46), on invented paragraphs: a memorial meeting's speaker retelling the dead one's advice in
straight single marks (1990s pages), a "she" for someone named before the outer quotation, a
subject pronoun before a coordinated predicate ("She used to lend us a pamphlet and tell us"), a message
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
    'Marta Kelvin ran the local\'s reading circle for years. "She used to lend us a pamphlet and '
    'tell us, \'Find the part you disagree with, then we\'ll argue,\'" said Tom Dorrow, a young packer.',
    'Tom Dorrow talked about Kelvin\'s decades on the education committee. "Nobody signed up more '
    'readers," he said. "She always told new hires, \'Take this home, then we can fight about it.\'"',
    'Rosa Varga walked the picket line every night. "At 70 she never missed a shift," said Lena '
    'Park, a driver. "She told the new pickets, \'The company has lawyers, but we\'ve got each other.\'"',
    'The rally in the \'90s drew 300. "We marched in the rock \'n\' roll days," said Ada Moss.',
)

MESSAGES = (
    'Rosa Dorrow, consul of Kelvia in Varna, sent greetings. "Ana stood by our country from the '
    'first day," her message said.',
    'A message from the Kelvo Miners Union, signed by Tomas Varga, its president, said, "We will '
    'never forget her."',
    'A statement from the Dorrow Tenants League, signed by the Kelvo Bakers Union and the Varna '
    'Teachers Federation, said, "Evictions must stop now."',
)

CARRIED = (
    '"Cutting off food is a way of making war," said Tom Dorrow, a retired sailor who carried a '
    'sign reading, "Sailors say: Bring them home." He added, "We heard the same promises in 1971."',
    'Under the slogan "Kelvo First," Ana Kelvin calls for a wall along the river and an end to '
    'foreign aid.',
)


@pytest.fixture(scope="module")
def docs():
    return {"retold": annotate(article(*RETOLD)), "messages": annotate(article(*MESSAGES)),
            "carried": annotate(article(*CARRIED))}


@pytest.mark.parametrize("article_, opens, speaker", [
    ("retold", "She used to lend us ", ["Tom Dorrow"]),
    ("retold", "Find the part you di", ["Marta Kelvin"]),   # she … and tell us, '…'
    ("retold", "Take this home, then", ["Marta Kelvin"]),    # she always told them, '…'
    ("retold", "The company has lawy", ["Rosa Varga"]),      # he/she told them, '…': not the speaker
    ("retold", "We marched in the ro", ["Ada Moss"]),        # apostrophes open nothing
    ("messages", "Ana stood by our cou", ["Rosa Dorrow"]),   # "…," her message said
    ("messages", "We will never forget", ["Tomas Varga"]),   # a message …, signed by X, said
    ("messages", "Evictions must stop ", []),                # signed by bodies: no signer speaks
    ("carried", "Cutting off food is ", ["Tom Dorrow"]),
    ("carried", "Sailors say: Bring t", []),                 # a sign reading, "…": nobody's
    ("carried", "We heard the same pr", ["Tom Dorrow"]),
    ("carried", "Kelvo First,", []),                         # under the slogan "…," X calls for
])
def test_speaker(docs, article_, opens, speaker):
    assert speakers(docs[article_])[opens] == speaker


def test_a_retold_she_with_two_women_named_before_is_nobodys():
    doc = annotate(article(
        'Rosa Varga and Nina Holt walked the line together. "She told the new pickets, \'The '
        'company has lawyers, but we\'ve got each other,\'" said Lena Park, a driver.'))
    assert speakers(doc)["The company has lawy"] == []


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
