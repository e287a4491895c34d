"""Kinds of new names on set W's kinds, third pass (issue 10, branch ent38): a tribe or a
native nation is a body, a pipeline is a site. Every sentence is made up for these tests; no
text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, surfaces

# One row a case: a made-up sentence, then the kind the entities stage must give each name
# (nlp_support.check_names).
CASES = [
    # -- a tribe or a native nation is a body ---------------------------------------------------
    pytest.param("Members of the Kelvo Creek Tribe joined the march against the dam.",
                 {"Kelvo Creek Tribe": "organization"}, id="tribe-after-members-of-is-a-body"),
    pytest.param("The Dorrowak Tribe sued the company in federal court.", {"Dorrowak Tribe": "organization"},
                 id="tribe-opening-a-sentence-is-a-body"),
    # -- a pipeline is a site -------------------------------------------------------------------
    pytest.param("Protesters camped beside the route of the Kelvo Access Pipeline for months.",
                 {"Kelvo Access Pipeline": "place"}, id="pipeline-after-route-of-is-a-site"),
    pytest.param("Workers building the Dorrow Valley Pipeline walked out.",
                 {"Dorrow Valley Pipeline": "place"},
                 id="pipeline-being-built-is-a-site"),
    # -- a body's noun before a person's role in an apposition ----------------------------------
    # "union" here qualifies the role "steward"; the apposition says a person
    pytest.param("“We are next,” said Pedro Castillo Ortega, a sausage maker and union steward.",
                 {"Pedro Castillo Ortega": "person"},
                 id="union-word-before-a-role-in-apposition-makes-no-body"),
    pytest.param("Kelvo Foods, a meat company and union target, closed the plant.",
                 {"Kelvo Foods": "organization"},
                 id="body-noun-heading-the-apposition-still-makes-a-body"),
    # -- a name only "at" typed: an owner's frame elsewhere makes a firm -------------------------
    pytest.param("The miners had been out since May at Kelvora. Workers said Kelvora management lied about "
                 "the pay.", {"Kelvora": "organization"}, id="owners-frame-management-makes-a-firm-of-at"),
    pytest.param("The miners had been out since May at Kelvora. Many strikers live in shacks next to "
                 "Kelvora’s shafts.", {"Kelvora": "organization"},
                 id="owners-frame-shafts-makes-a-firm-of-at"),
    pytest.param("An explosion at Kelvora killed five. Kelvora’s mayor spoke to the crowd.",
                 {"Kelvora": "place"},
                 id="place-only-at-typed-with-a-mayor-stays-a-place"),
    pytest.param("An explosion at Kelvora killed five. The Kelvora mine was unsafe.", {"Kelvora": "place"},
                 id="place-only-at-typed-with-its-mine-stays-a-place"),
    # -- a name known as a short name gives it its kind ------------------------------------------
    pytest.param("Kelvane American Platinum, known as Kelplats, plans to sell some shafts.",
                 {"Kelplats": "organization"}, id="firm-known-as-a-short-name"),
    pytest.param("The town of Dorrowville, known as Dorro, is small.", {"Dorro": "place"},
                 id="town-known-as-a-short-name"),
    # -- a first surname that is also a town --------------------------------------------------------
    pytest.param("“I was young,” Ana Teresa Iglesias Fonseca told workers here. Iglesias described how the "
                 "family hid her.", {"Iglesias": "person"},
                 id="first-surname-that-is-a-town-alone-with-a-speech-verb-is-the-person"),
]


@pytest.mark.parametrize("sentence,want", CASES)
def test_set_w_kinds(registry, sentence, want):
    check_names(surfaces(registry, sentence), want)
