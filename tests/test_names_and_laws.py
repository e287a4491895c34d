"""Laws named with "and" inside, and ballot measures by an abbreviated head and their number
(set CA's junk at its first measure, 2026-12-06). Invented sentences only, other names."""

from __future__ import annotations

from nlp_support import check_names, surfaces


def test_an_acts_name_with_and_inside_is_one_work(registry):
    got = surfaces(registry, "Lawmakers passed the Kelvo Taxpayer and Citizen Protection Act in June.")
    check_names(got, {"Kelvo Taxpayer and Citizen Protection Act": "work",
                      "Kelvo Taxpayer": None, "Citizen Protection Act": None})


def test_an_article_after_and_keeps_two_names(registry):
    got = surfaces(registry, "The Senate and the Kelvo Act were named in the suit.")
    assert "Kelvo Act" in got and not any(" and " in s for s in got), got


def test_a_body_before_and_before_a_union_is_no_law(registry):
    got = surfaces(registry, "Members of the Dorrow Railway and Kelvo Bus Workers Union struck.")
    assert not any(" and " in s for s in got), got


def test_an_abbreviated_ballot_measure_keeps_its_number(registry):
    got = surfaces(registry, "Voters in Kelvo rejected Prop. 187 at the polls.")
    check_names(got, {"Prop. 187": "work", "Prop": None})
