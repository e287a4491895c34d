"""Parts of one name joined by "and" that the lists cut in two (issue 10, sets DL's and DM's
kinds, branch passL43): a union's trades before "and" and kin trades after it ("… Meat Workers
and Related Trades Union"), a charter's list of what it guarantees ("Charter of Rights and
Freedoms"), a union of unions ("Union of Kelvan and … Trade Unions"), a board's second field
with its place after it ("… Board of Health and Social Services of Dorrow Bay"), a nation's
adjective opening a body's name before "and" ("the Kelvish
and International Pilots Association"). Every sentence and name is made up for these tests;
registry countries and nations' adjectives stand only where the mechanism needs them."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # kin trades after "and": the part before joins the union's name though a firm's head
    # ("Dock", "Meat") is in it
    pytest.param(("Members of the Kelvo Dock Workers and Related Trades Union struck on Monday.",),
                 {"Kelvo Dock Workers and Related Trades Union": "organization",
                  "Kelvo Dock Workers": None, "Related Trades Union": None},
                 id="kin-trades-after-and"),
    pytest.param(("The Dorrow Meat Workers and Allied Trades Union filed claims in March.",),
                 {"Dorrow Meat Workers and Allied Trades Union": "organization"},
                 id="allied-trades-after-and"),
    # a body's own head before "and": two bodies, kin word or not
    pytest.param(("The Teamsters Union and Allied Trades Union marched together.",),
                 {"Teamsters Union": "organization", "Allied Trades Union": "organization"},
                 id="a-union-head-before-and-two-bodies"),
    # a charter's "of" list ending in a plural common noun: one work
    pytest.param(("The law breaks the Kelvian Charter of Rights and Freedoms, lawyers said.",),
                 {"Kelvian Charter of Rights and Freedoms": "work", "Freedoms": None},
                 id="charter-of-rights-and-freedoms"),
    pytest.param(("Delegates signed the Dorrow Declaration of Rights and Duties in 1948.",),
                 {"Dorrow Declaration of Rights and Duties": "work"},
                 id="declaration-of-rights-and-duties"),
    # a board's second field with its place after "of": one body
    pytest.param(("Workers at the Kelvo Board of Health and Social Services of Dorrow Bay rallied.",),
                 {"Kelvo Board of Health and Social Services of Dorrow Bay": "organization",
                  "Kelvo Board of Health": None, "Social Services of Dorrow Bay": None},
                 id="board-two-fields-of-a-place"),
    # a name of its own after "and": two
    pytest.param(("She left the Department of Health and Kelvo Industries of Dorrow last year.",),
                 {"Department of Health": "organization"},
                 id="no-field-after-and-two-names"),
    # a union of unions: the "of" part's list closed by the union head's plural
    pytest.param(("She belongs to the Union of Kelvan and Exploited Workers Trade Unions (UKETU).",),
                 {"Union of Kelvan and Exploited Workers Trade Unions": "organization",
                  "Union of Kelvan": None, "Exploited Workers Trade Unions": None},
                 id="union-of-unions"),
    # "the" after "and": another body
    pytest.param(("The Union of Kelvo and the Dorrow Trade Unions met on Monday.",),
                 {"Union of Kelvo": "organization", "Dorrow Trade Unions": "organization"},
                 id="the-after-and-two-bodies"),
    # a nation's adjective before "and" opening a body's name
    pytest.param(("Pilots in the Australian and International Pilots Association held stoppages.",),
                 {"Australian and International Pilots Association": "organization",
                  "International Pilots Association": None},
                 id="nation-adjective-and-body"),
    # two nations' adjectives: each country's party, no one name
    pytest.param(("Talks between the Chinese and Vietnamese Communist Party ended in May.",),
                 {"Chinese and Vietnamese Communist Party": None},
                 id="two-nations-no-join"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_and_parts(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
